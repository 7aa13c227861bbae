import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/db/values.ts
var OID = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184 };
var UTC_TIMESTAMPTZ = /^([1-9]\d{3}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/;
function parseTimestamptz(v) {
  const m = UTC_TIMESTAMPTZ.exec(v);
  if (!m) return new Date(v).toISOString();
  const fraction = m[3] ? m[3].length >= 3 ? m[3].slice(0, 3) : m[3].padEnd(3, "0") : "000";
  return `${m[1]}T${m[2]}.${fraction}Z`;
}
__name(parseTimestamptz, "parseTimestamptz");
var toIso = /* @__PURE__ */ __name((v) => new Date(v.includes("T") || v.includes("+") || v.endsWith("Z") ? v : `${v}Z`).toISOString(), "toIso");
var parsers = {
  [OID.int8]: (v) => Number(v),
  [OID.numeric]: (v) => Number(v),
  [OID.date]: (v) => v,
  [OID.timestamp]: (v) => toIso(v.replace(" ", "T")),
  [OID.timestamptz]: parseTimestamptz
};

export {
  parsers
};
//# sourceMappingURL=chunk-EL6XNUTQ.mjs.map
