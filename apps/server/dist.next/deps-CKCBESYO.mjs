import {
  createPoolingRunner
} from "./chunk-OYUDEUZA.mjs";
import {
  createLoginSessionCache
} from "./chunk-BGY2DUO2.mjs";
import "./chunk-DHZEEJPS.mjs";
import "./chunk-UP7KH2ZN.mjs";
import "./chunk-CECXGVCG.mjs";
import "./chunk-KNC77P3G.mjs";
import "./chunk-HFS7U24M.mjs";
import "./chunk-YGYWNK2I.mjs";
import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/mail/transport.ts
import nodemailer from "nodemailer";
function smtpTransportFromConfig(config) {
  if (!config.SMTP_HOST) return null;
  const transporter = nodemailer.createTransport({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? "" } : void 0,
    connectionTimeout: 15e3,
    greetingTimeout: 15e3,
    socketTimeout: 3e4
  });
  return {
    async send(mail) {
      await transporter.sendMail(mail);
    },
    close: /* @__PURE__ */ __name(() => transporter.close(), "close")
  };
}
__name(smtpTransportFromConfig, "smtpTransportFromConfig");

// apps/server/src/deps.ts
function createDeps(options) {
  const deps = {
    db: options.db,
    config: options.config,
    now: options.now ?? (() => /* @__PURE__ */ new Date()),
    mailer: options.mailer === void 0 ? smtpTransportFromConfig(options.config) : options.mailer,
    loginSessions: createLoginSessionCache()
  };
  deps.poolingRuns = createPoolingRunner(deps);
  return deps;
}
__name(createDeps, "createDeps");
export {
  createDeps
};
//# sourceMappingURL=deps-CKCBESYO.mjs.map
