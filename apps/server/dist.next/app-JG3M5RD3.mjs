import {
  NOC_BROAD_CATEGORIES,
  TEER_LEVELS,
  isValidNoc,
  neqProblem,
  normalizeNeq,
  teerOfNoc
} from "./chunk-KVCLKWSA.mjs";
import {
  changeNeedStatus,
  compareQuoteAnswers,
  courseRepository,
  courseTermIssues,
  needRepository,
  presentNeeds,
  providerRepository,
  providerScopeOf,
  registerAttendanceRoutes,
  registerAttestationRoutes,
  registerCalendarRoutes,
  registerCourseRoutes,
  registerDemandRoutes,
  registerEnrolmentRoutes,
  registerEvaluationRoutes,
  registerNeedRoutes,
  registerPoolingRoutes,
  registerProviderRoutes,
  registerRegisterRoutes,
  registerSessionRoutes
} from "./chunk-OYUDEUZA.mjs";
import {
  CURRENT_MEMBER_STATUSES,
  EDUCATION_LEVELS,
  END_REASONS,
  LANGUAGES,
  MEMBER_CONTACT_DETAIL_FIELDS,
  MEMBER_RECORD_ROLES,
  MEMBER_STATUSES,
  MEMBER_STATUS_LABELS,
  PROVIDER_RECORD_ROLES,
  QUOTE_EVENTS_SHOWN_TO_EVERY_PROVIDER,
  TRAINING_MODES,
  allowedNextStatuses,
  auditRepository,
  canTransitionDiagnostic,
  cellText,
  changeMemberStatus,
  contentTypes,
  dashboardEndpoints,
  diagnosticConstraintsSchema,
  diagnosticEndpoints,
  diagnosticIsEditable,
  employeeEndpoints,
  employeeImportEndpoints,
  emulationEndpoints,
  enqueueEmail,
  healthEndpoints,
  importCommitRefusal,
  inTransaction,
  memberContactEndpoints,
  memberEndpoints,
  memberIsCurrent,
  memberScopeOf,
  modeUsesRegions,
  mutualOf,
  mutualRepository,
  pageOf,
  quoteEndpoints,
  quoteRequestIsOpen,
  quoteResponseIsCompared,
  readTableFile,
  referenceEndpoints,
  registerAccountRoutes,
  registerAuditRoutes,
  registerAuthRoutes,
  registerGovernanceRoutes,
  registerMutualRoutes,
  registerObservatoryRoutes,
  registerOpenApi,
  registerOutboxRoutes,
  registerTopicRoutes,
  registerUserRoutes,
  requireActiveTopic,
  scopeIncludesMember,
  serve,
  servePublic,
  sessionMiddleware,
  todayInMontreal,
  topicRepository,
  topicWithDescendants,
  unstorableReason,
  wageEndpoints,
  writeTable
} from "./chunk-BGY2DUO2.mjs";
import "./chunk-DHZEEJPS.mjs";
import "./chunk-UP7KH2ZN.mjs";
import {
  DEFAULT_EMULATION_ASSUMPTIONS,
  membersNeededToBeViable,
  participationLevels
} from "./chunk-G25H5M32.mjs";
import "./chunk-CECXGVCG.mjs";
import {
  SIZE_CLASSES,
  SIZE_CLASS_CODES,
  headcountRangeOf,
  sizeClassOf
} from "./chunk-KNC77P3G.mjs";
import {
  startWorkerThread
} from "./chunk-HFS7U24M.mjs";
import {
  admission,
  errorToResponse,
  problem,
  zodFieldErrors
} from "./chunk-BDZYE73J.mjs";
import {
  AppError,
  forbidden,
  invalid,
  notFound
} from "./chunk-YGYWNK2I.mjs";
import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/app.ts
import path2 from "node:path";
import { fileURLToPath } from "node:url";
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";

// apps/server/src/http/compression.ts
import { promisify } from "node:util";
import zlib from "node:zlib";
var brotli = promisify(zlib.brotliCompress);
var gzip = promisify(zlib.gzip);
function acceptedEncoding(header) {
  if (!header) return null;
  const q = {};
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q[name] = Number.isFinite(value) ? value : 0;
  }
  const of = /* @__PURE__ */ __name((name) => q[name] ?? q["*"] ?? 0, "of");
  if (of("br") > 0 && of("br") >= of("gzip")) return "br";
  if (of("gzip") > 0) return "gzip";
  return of("br") > 0 ? "br" : null;
}
__name(acceptedEncoding, "acceptedEncoding");
var COMPRESSIBLE_TYPE = /^(text\/|application\/(json|problem\+json|xml|javascript|x-ndjson|yaml)|image\/svg\+xml|[^;]+\+json)/i;
function compressAnswers(options = {}) {
  const threshold = options.threshold ?? 1024;
  const quality = options.brotliQuality ?? 4;
  return async (c, next) => {
    await next();
    const res = c.res;
    if (c.req.method === "HEAD" || res.status === 204 || res.status === 206 || res.status === 304 || !res.body) return;
    if (res.headers.has("content-encoding")) return;
    const type = res.headers.get("content-type") ?? "";
    if (!COMPRESSIBLE_TYPE.test(type)) return;
    if (/(^|,)\s*no-transform\s*(,|$)/i.test(res.headers.get("cache-control") ?? "")) return;
    const vary = res.headers.get("vary");
    const varyValue = vary && !/accept-encoding/i.test(vary) ? `${vary}, Accept-Encoding` : vary ?? "Accept-Encoding";
    const encoding = acceptedEncoding(c.req.header("accept-encoding"));
    const length = Number(res.headers.get("content-length") ?? Number.NaN);
    if (!encoding || length < threshold) {
      res.headers.set("vary", varyValue);
      return;
    }
    const raw = Buffer.from(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    headers.set("vary", varyValue);
    if (raw.length < threshold) {
      headers.set("content-length", String(raw.length));
      c.res = new Response(raw, { status: res.status, statusText: res.statusText, headers });
      return;
    }
    const body = encoding === "br" ? await brotli(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        // a window no larger than the answer: the default (4 MB) is set up on this thread for each answer
        [zlib.constants.BROTLI_PARAM_LGWIN]: Math.max(10, Math.min(24, Math.ceil(Math.log2(raw.length))))
      }
    }) : await gzip(raw, { level: 6 });
    headers.set("content-encoding", encoding);
    headers.set("content-length", String(body.length));
    const etag = headers.get("etag");
    if (etag && !etag.startsWith("W/")) headers.set("etag", `W/${etag}`);
    c.res = void 0;
    c.res = new Response(body, { status: res.status, statusText: res.statusText, headers });
  };
}
__name(compressAnswers, "compressAnswers");

// apps/server/src/http/input-guard.ts
var ESCAPED = /\\u(?:0000|d[89a-f][0-9a-f]{2})/i;
var JSON_TYPE = /^application\/([a-z-.]+\+)?json/i;
function walk(value, path3, out) {
  if (out.length >= 20) return;
  if (typeof value === "string") {
    const message = unstorableReason(value);
    if (message) out.push({ field: path3.join(".") || "(body)", message });
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, [...path3, String(i)], out);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const message = unstorableReason(key);
      if (message) out.push({ field: [...path3, key].join("."), message: `its name ${message}` });
      walk(item, [...path3, key], out);
    }
  }
}
__name(walk, "walk");
function rejectUnstorableText() {
  return async (c, next) => {
    const fields = [];
    for (const [name, values] of Object.entries(c.req.queries())) {
      const message = values.map(unstorableReason).find(Boolean);
      if (message) fields.push({ field: `query.${name}`, message });
    }
    if (JSON_TYPE.test(c.req.header("content-type") ?? "") && c.req.method !== "GET" && c.req.method !== "HEAD") {
      const text2 = await c.req.text();
      if (ESCAPED.test(text2)) {
        let body;
        try {
          body = JSON.parse(text2);
        } catch {
          body = void 0;
        }
        walk(body, [], fields);
      }
    }
    if (fields.length > 0) {
      throw new AppError("validation_failed", fields.map((f) => `${f.field}: ${f.message}`).join("; "), { fields });
    }
    return next();
  };
}
__name(rejectUnstorableText, "rejectUnstorableText");

// packages/domain/src/reference/regions.ts
var REGIONS = [
  { code: "01", fr: "Bas-Saint-Laurent", en: "Bas-Saint-Laurent" },
  { code: "02", fr: "Saguenay\u2013Lac-Saint-Jean", en: "Saguenay\u2013Lac-Saint-Jean" },
  { code: "03", fr: "Capitale-Nationale", en: "Capitale-Nationale" },
  { code: "04", fr: "Mauricie", en: "Mauricie" },
  { code: "05", fr: "Estrie", en: "Estrie" },
  { code: "06", fr: "Montr\xE9al", en: "Montr\xE9al" },
  { code: "07", fr: "Outaouais", en: "Outaouais" },
  { code: "08", fr: "Abitibi-T\xE9miscamingue", en: "Abitibi-T\xE9miscamingue" },
  { code: "09", fr: "C\xF4te-Nord", en: "C\xF4te-Nord" },
  { code: "10", fr: "Nord-du-Qu\xE9bec", en: "Nord-du-Qu\xE9bec" },
  { code: "11", fr: "Gasp\xE9sie\u2013\xCEles-de-la-Madeleine", en: "Gasp\xE9sie\u2013\xCEles-de-la-Madeleine" },
  { code: "12", fr: "Chaudi\xE8re-Appalaches", en: "Chaudi\xE8re-Appalaches" },
  { code: "13", fr: "Laval", en: "Laval" },
  { code: "14", fr: "Lanaudi\xE8re", en: "Lanaudi\xE8re" },
  { code: "15", fr: "Laurentides", en: "Laurentides" },
  { code: "16", fr: "Mont\xE9r\xE9gie", en: "Mont\xE9r\xE9gie" },
  { code: "17", fr: "Centre-du-Qu\xE9bec", en: "Centre-du-Qu\xE9bec" }
];
var regionCodes = new Set(REGIONS.map((r) => r.code));
function isValidRegion(code) {
  return regionCodes.has(code);
}
__name(isValidRegion, "isValidRegion");

// packages/domain/src/reference/scian.ts
var sector = /* @__PURE__ */ __name((code, fr, en) => {
  const [from, to = from] = code.split("-");
  const prefixes = [];
  for (let p = Number(from); p <= Number(to); p++) prefixes.push(String(p));
  return { code, fr, en, prefixes };
}, "sector");
var SCIAN_SECTORS = [
  sector("11", "Agriculture, foresterie, p\xEAche et chasse", "Agriculture, forestry, fishing and hunting"),
  sector("21", "Extraction mini\xE8re, exploitation en carri\xE8re, et extraction de p\xE9trole et de gaz", "Mining, quarrying, and oil and gas extraction"),
  sector("22", "Services publics", "Utilities"),
  sector("23", "Construction", "Construction"),
  sector("31-33", "Fabrication", "Manufacturing"),
  sector("41", "Commerce de gros", "Wholesale trade"),
  sector("44-45", "Commerce de d\xE9tail", "Retail trade"),
  sector("48-49", "Transport et entreposage", "Transportation and warehousing"),
  sector("51", "Industrie de l'information et industrie culturelle", "Information and cultural industries"),
  sector("52", "Finance et assurances", "Finance and insurance"),
  sector("53", "Services immobiliers et services de location et de location \xE0 bail", "Real estate and rental and leasing"),
  sector("54", "Services professionnels, scientifiques et techniques", "Professional, scientific and technical services"),
  sector("55", "Gestion de soci\xE9t\xE9s et d'entreprises", "Management of companies and enterprises"),
  sector(
    "56",
    "Services administratifs, services de soutien, services de gestion des d\xE9chets et services d'assainissement",
    "Administrative and support, waste management and remediation services"
  ),
  sector("61", "Services d'enseignement", "Educational services"),
  sector("62", "Soins de sant\xE9 et assistance sociale", "Health care and social assistance"),
  sector("71", "Arts, spectacles et loisirs", "Arts, entertainment and recreation"),
  sector("72", "Services d'h\xE9bergement et de restauration", "Accommodation and food services"),
  sector("81", "Autres services (sauf les administrations publiques)", "Other services (except public administration)"),
  sector("91", "Administrations publiques", "Public administration")
];
var sub = /* @__PURE__ */ __name((code, fr, en) => ({ code, fr, en }), "sub");
var SUBSECTOR_LIST = [
  sub("111", "Cultures agricoles", "Crop production"),
  sub("112", "\xC9levage et aquaculture", "Animal production and aquaculture"),
  sub("113", "Foresterie et exploitation foresti\xE8re", "Forestry and logging"),
  sub("114", "P\xEAche, chasse et pi\xE9geage", "Fishing, hunting and trapping"),
  sub("115", "Activit\xE9s de soutien \xE0 l'agriculture et \xE0 la foresterie", "Support activities for agriculture and forestry"),
  sub("211", "Extraction de p\xE9trole et de gaz", "Oil and gas extraction"),
  sub("212", "Extraction mini\xE8re et exploitation en carri\xE8re (sauf l'extraction de p\xE9trole et de gaz)", "Mining and quarrying (except oil and gas)"),
  sub("213", "Activit\xE9s de soutien \xE0 l'extraction mini\xE8re, et \xE0 l'extraction de p\xE9trole et de gaz", "Support activities for mining, and oil and gas extraction"),
  sub("221", "Services publics", "Utilities"),
  sub("236", "Construction de b\xE2timents", "Construction of buildings"),
  sub("237", "Travaux de g\xE9nie civil", "Heavy and civil engineering construction"),
  sub("238", "Entrepreneurs sp\xE9cialis\xE9s", "Specialty trade contractors"),
  sub("311", "Fabrication d'aliments", "Food manufacturing"),
  sub("312", "Fabrication de boissons et de produits du tabac", "Beverage and tobacco product manufacturing"),
  sub("313", "Usines de textiles", "Textile mills"),
  sub("314", "Usines de produits textiles", "Textile product mills"),
  sub("315", "Fabrication de v\xEAtements", "Clothing manufacturing"),
  sub("316", "Fabrication de produits en cuir et de produits analogues", "Leather and allied product manufacturing"),
  sub("321", "Fabrication de produits en bois", "Wood product manufacturing"),
  sub("322", "Fabrication du papier", "Paper manufacturing"),
  sub("323", "Impression et activit\xE9s connexes de soutien", "Printing and related support activities"),
  sub("324", "Fabrication de produits du p\xE9trole et du charbon", "Petroleum and coal product manufacturing"),
  sub("325", "Fabrication de produits chimiques", "Chemical manufacturing"),
  sub("326", "Fabrication de produits en plastique et en caoutchouc", "Plastics and rubber products manufacturing"),
  sub("327", "Fabrication de produits min\xE9raux non m\xE9talliques", "Non-metallic mineral product manufacturing"),
  sub("331", "Premi\xE8re transformation des m\xE9taux", "Primary metal manufacturing"),
  sub("332", "Fabrication de produits m\xE9talliques", "Fabricated metal product manufacturing"),
  sub("333", "Fabrication de machines", "Machinery manufacturing"),
  sub("334", "Fabrication de produits informatiques et \xE9lectroniques", "Computer and electronic product manufacturing"),
  sub("335", "Fabrication de mat\xE9riel, d'appareils et de composants \xE9lectriques", "Electrical equipment, appliance and component manufacturing"),
  sub("336", "Fabrication de mat\xE9riel de transport", "Transportation equipment manufacturing"),
  sub("337", "Fabrication de meubles et de produits connexes", "Furniture and related product manufacturing"),
  sub("339", "Activit\xE9s diverses de fabrication", "Miscellaneous manufacturing"),
  sub("411", "Grossistes-marchands de produits agricoles", "Farm product merchant wholesalers"),
  sub("412", "Grossistes-marchands de produits p\xE9troliers", "Petroleum and petroleum products merchant wholesalers"),
  sub("413", "Grossistes-marchands de produits alimentaires, de boissons et de tabac", "Food, beverage and tobacco merchant wholesalers"),
  sub("414", "Grossistes-marchands d'articles personnels et m\xE9nagers", "Personal and household goods merchant wholesalers"),
  sub(
    "415",
    "Grossistes-marchands de v\xE9hicules automobiles et de leurs pi\xE8ces et accessoires",
    "Motor vehicle and motor vehicle parts and accessories merchant wholesalers"
  ),
  sub("416", "Grossistes-marchands de mat\xE9riaux et fournitures de construction", "Building material and supplies merchant wholesalers"),
  sub("417", "Grossistes-marchands de machines, de mat\xE9riel et de fournitures", "Machinery, equipment and supplies merchant wholesalers"),
  sub("418", "Grossistes-marchands de produits divers", "Miscellaneous merchant wholesalers"),
  sub("419", "Agents et courtiers du commerce de gros", "Wholesale trade agents and brokers"),
  sub("441", "Marchands de v\xE9hicules automobiles et de leurs pi\xE8ces", "Motor vehicle and parts dealers"),
  sub(
    "444",
    "Marchands de mat\xE9riaux de construction et de mat\xE9riel et fournitures de jardinage",
    "Building material and garden equipment and supplies dealers"
  ),
  sub("445", "D\xE9taillants d'aliments et de boissons", "Food and beverage retailers"),
  sub(
    "449",
    "D\xE9taillants de meubles, d'articles d'ameublement, d'appareils \xE9lectroniques et d'appareils m\xE9nagers",
    "Furniture, home furnishings, electronics and appliances retailers"
  ),
  sub("455", "D\xE9taillants de marchandises diverses", "General merchandise retailers"),
  sub("456", "D\xE9taillants de produits de sant\xE9 et de soins personnels", "Health and personal care retailers"),
  sub("457", "Stations-service et vendeurs de carburant", "Gasoline stations and fuel vendors"),
  sub("458", "D\xE9taillants de v\xEAtements, d'accessoires vestimentaires, de chaussures et de bijoux", "Clothing, clothing accessories, shoe and jewellery retailers"),
  sub(
    "459",
    "D\xE9taillants d'articles de sport, d'articles de passe-temps, d'instruments de musique, de livres et de produits divers",
    "Sporting goods, hobby, musical instrument, book and miscellaneous retailers"
  ),
  sub("481", "Transport a\xE9rien", "Air transportation"),
  sub("482", "Transport ferroviaire", "Rail transportation"),
  sub("483", "Transport par eau", "Water transportation"),
  sub("484", "Transport par camion", "Truck transportation"),
  sub("485", "Transport en commun et transport terrestre de voyageurs", "Transit and ground passenger transportation"),
  sub("486", "Transport par pipeline", "Pipeline transportation"),
  sub("487", "Transport de tourisme et d'agr\xE9ment", "Scenic and sightseeing transportation"),
  sub("488", "Activit\xE9s de soutien au transport", "Support activities for transportation"),
  sub("491", "Services postaux", "Postal service"),
  sub("492", "Messageries et services de messagers", "Couriers and messengers"),
  sub("493", "Entreposage", "Warehousing and storage"),
  sub("512", "Industries du film et de l'enregistrement sonore", "Motion picture and sound recording industries"),
  sub("513", "Industries de l'\xE9dition", "Publishing industries"),
  sub("516", "Radiodiffusion et fournisseurs de contenu", "Broadcasting and content providers"),
  sub("517", "T\xE9l\xE9communications", "Telecommunications"),
  sub("518", "Traitement de donn\xE9es, h\xE9bergement de donn\xE9es et services connexes", "Data processing, hosting, and related services"),
  sub(
    "519",
    "Portails de recherche sur le Web, biblioth\xE8ques, archives et autres services d'information",
    "Web search portals, libraries, archives and other information services"
  ),
  sub("521", "Autorit\xE9s mon\xE9taires - banque centrale", "Monetary authorities - central bank"),
  sub("522", "Interm\xE9diation financi\xE8re et activit\xE9s connexes", "Credit intermediation and related activities"),
  sub(
    "523",
    "Valeurs mobili\xE8res, contrats de marchandises, et autres activit\xE9s d'investissement financier connexes",
    "Securities, commodity contracts, and other financial investment and related activities"
  ),
  sub("524", "Soci\xE9t\xE9s d'assurance et activit\xE9s connexes", "Insurance carriers and related activities"),
  sub("526", "Fonds et autres instruments financiers", "Funds and other financial vehicles"),
  sub("531", "Services immobiliers", "Real estate"),
  sub("532", "Services de location et de location \xE0 bail", "Rental and leasing services"),
  sub(
    "533",
    "Bailleurs de biens incorporels non financiers (sauf les \u0153uvres prot\xE9g\xE9es par le droit d'auteur)",
    "Lessors of non-financial intangible assets (except copyrighted works)"
  ),
  sub("541", "Services professionnels, scientifiques et techniques", "Professional, scientific and technical services"),
  sub("551", "Gestion de soci\xE9t\xE9s et d'entreprises", "Management of companies and enterprises"),
  sub("561", "Services administratifs et services de soutien", "Administrative and support services"),
  sub("562", "Services de gestion des d\xE9chets et d'assainissement", "Waste management and remediation services"),
  sub("611", "Services d'enseignement", "Educational services"),
  sub("621", "Services de soins de sant\xE9 ambulatoires", "Ambulatory health care services"),
  sub("622", "H\xF4pitaux", "Hospitals"),
  sub("623", "\xC9tablissements de soins infirmiers et de soins pour b\xE9n\xE9ficiaires internes", "Nursing and residential care facilities"),
  sub("624", "Assistance sociale", "Social assistance"),
  sub("711", "Arts d'interpr\xE9tation, sports-spectacles et activit\xE9s connexes", "Performing arts, spectator sports and related industries"),
  sub("712", "\xC9tablissements du patrimoine", "Heritage institutions"),
  sub("713", "Divertissement, jeux de hasard et loisirs", "Amusement, gambling and recreation industries"),
  sub("721", "Services d'h\xE9bergement", "Accommodation services"),
  sub("722", "Services de restauration et d\xE9bits de boissons", "Food services and drinking places"),
  sub("811", "R\xE9paration et entretien", "Repair and maintenance"),
  sub("812", "Services personnels et services de blanchissage", "Personal and laundry services"),
  sub(
    "813",
    "Organismes religieux, fondations, groupes de citoyens et organisations professionnelles et similaires",
    "Religious, grant-making, civic, and professional and similar organizations"
  ),
  sub("814", "M\xE9nages priv\xE9s", "Private households"),
  sub("911", "Administration publique f\xE9d\xE9rale", "Federal government public administration"),
  sub("912", "Administrations publiques provinciales et territoriales", "Provincial and territorial public administration"),
  sub("913", "Administrations publiques locales, municipales et r\xE9gionales", "Local, municipal and regional public administration"),
  sub("914", "Administrations publiques autochtones", "Indigenous public administration"),
  sub(
    "919",
    "Organismes publics internationaux et autres organismes publics extra-territoriaux",
    "International and other extra-territorial public administration"
  )
];
function scianSectorOf(code) {
  const direct = SCIAN_SECTORS.find((s) => s.code === code);
  if (direct) return direct;
  const prefix = code.slice(0, 2);
  return SCIAN_SECTORS.find((s) => s.prefixes.includes(prefix));
}
__name(scianSectorOf, "scianSectorOf");
var SCIAN_SUBSECTORS = SUBSECTOR_LIST.map((s) => ({
  ...s,
  sector: scianSectorOf(s.code)?.code ?? ""
}));
var knownCodes = /* @__PURE__ */ new Set([...SCIAN_SECTORS.map((s) => s.code), ...SCIAN_SUBSECTORS.map((s) => s.code)]);
function isKnownScian(code) {
  return knownCodes.has(code);
}
__name(isKnownScian, "isKnownScian");
function scianLabel(code, lang) {
  const found = SCIAN_SUBSECTORS.find((s) => s.code === code) ?? SCIAN_SECTORS.find((s) => s.code === code);
  return found?.[lang];
}
__name(scianLabel, "scianLabel");

// packages/domain/src/reference/text.ts
function foldForSearch(text2) {
  return text2.normalize("NFD").replace(new RegExp("\\p{Diacritic}", "gu"), "").toLowerCase().trim();
}
__name(foldForSearch, "foldForSearch");

// apps/server/src/dashboard/repository.ts
import { sql } from "kysely";
var countsOf = /* @__PURE__ */ __name((rows) => rows.map((r) => ({ key: String(r.key ?? ""), count: Number(r.count) })), "countsOf");
var counted = [...CURRENT_MEMBER_STATUSES];
function dashboardRepository(db) {
  return {
    async membersByStatus(mutualId) {
      return countsOf(
        await db.selectFrom("member").select(["status as key", (eb) => eb.fn.countAll().as("count")]).where("mutual_id", "=", mutualId).groupBy("status").orderBy("status").execute()
      );
    },
    async activeMembersByRegion(mutualId) {
      return countsOf(
        await db.selectFrom("member").select(["region_code as key", (eb) => eb.fn.countAll().as("count")]).where("mutual_id", "=", mutualId).where("status", "in", counted).groupBy("region_code").orderBy("region_code").execute()
      );
    },
    /** Counted members by size class (the domain's classes, smallest first; classes without members left out). */
    async activeMembersBySizeClass(mutualId) {
      const rows = await db.selectFrom("member").select(["headcount", (eb) => eb.fn.countAll().as("count")]).where("mutual_id", "=", mutualId).where("status", "in", counted).groupBy("headcount").execute();
      const bySize = /* @__PURE__ */ new Map();
      for (const r of rows) bySize.set(sizeClassOf(r.headcount), (bySize.get(sizeClassOf(r.headcount)) ?? 0) + Number(r.count));
      return SIZE_CLASS_CODES.filter((code) => bySize.has(code)).map((key) => ({ key, count: bySize.get(key) }));
    },
    /** Current employees of the mutual's active members, by TEER and by education level. */
    async currentEmployees(mutualId) {
      const rows = await sql`
        select e.teer, e.education_level, count(*) as count
        from employee e join member m on m.id = e.member_id
        where e.mutual_id = ${mutualId} and e.end_date is null and m.status = any(${counted}::text[])
        group by e.teer, e.education_level`.execute(db);
      const byTeer = /* @__PURE__ */ new Map();
      const byEducation = /* @__PURE__ */ new Map();
      let total = 0;
      for (const r of rows.rows) {
        const n = Number(r.count);
        total += n;
        byTeer.set(String(r.teer), (byTeer.get(String(r.teer)) ?? 0) + n);
        byEducation.set(r.education_level, (byEducation.get(r.education_level) ?? 0) + n);
      }
      const list = /* @__PURE__ */ __name((m) => [...m].map(([key, count]) => ({ key, count })).sort((a, b) => a.key.localeCompare(b.key)), "list");
      return { total, byTeer: list(byTeer), byEducation: list(byEducation) };
    },
    async recentActivity(mutualId, limit) {
      return db.selectFrom("audit_log as a").leftJoin("app_user as u", "u.id", "a.actor_user_id").leftJoin("member as m", "m.id", "a.member_id").select(["a.at", "a.action", "a.entity_type", "a.entity_id", "u.display_name as actor_name", "m.legal_name as member_name"]).where("a.mutual_id", "=", mutualId).where("a.action", "<>", "login").orderBy("a.at", "desc").orderBy("a.id", "desc").limit(limit).execute();
    },
    /** A member's current and former employees. */
    async employeesOfMember(memberId) {
      const rows = await db.selectFrom("employee").select((eb) => [
        eb.fn.countAll().filterWhere("end_date", "is", null).as("current"),
        eb.fn.countAll().filterWhere("end_date", "is not", null).as("ended")
      ]).where("member_id", "=", memberId).executeTakeFirstOrThrow();
      return { current: Number(rows.current), ended: Number(rows.ended) };
    },
    async employeesOfMemberByTeer(memberId) {
      return countsOf(
        await db.selectFrom("employee").select(["teer as key", (eb) => eb.fn.countAll().as("count")]).where("member_id", "=", memberId).where("end_date", "is", null).groupBy("teer").orderBy("teer").execute()
      );
    }
  };
}
__name(dashboardRepository, "dashboardRepository");

// apps/server/src/dashboard/get-dashboard.ts
async function getDashboard(deps, caller) {
  const mutualId = mutualOf(caller);
  const repo = dashboardRepository(deps.db);
  const [byStatus, bySize, byRegion, employees, recent] = await Promise.all([
    repo.membersByStatus(mutualId),
    repo.activeMembersBySizeClass(mutualId),
    repo.activeMembersByRegion(mutualId),
    repo.currentEmployees(mutualId),
    repo.recentActivity(mutualId, 20)
  ]);
  const withNames = caller.role !== "board_viewer";
  return {
    activeMembers: byStatus.filter((s) => memberIsCurrent(s.key)).reduce((sum, s) => sum + s.count, 0),
    currentEmployees: employees.total,
    membersByStatus: byStatus,
    membersBySizeClass: bySize,
    membersByRegion: byRegion,
    employeesByTeer: employees.byTeer,
    employeesByEducation: employees.byEducation,
    recentActivity: recent.map((r) => ({
      at: r.at,
      action: r.action,
      entityType: r.entity_type,
      // Board viewers see only the kind of change: ids lead to firms and people.
      entityId: withNames ? r.entity_id : null,
      actorName: withNames ? r.actor_name : null,
      memberName: withNames ? r.member_name : null
    }))
  };
}
__name(getDashboard, "getDashboard");

// apps/server/src/members/changed-fields.ts
function changedFields(before, after, fields) {
  const change = {};
  for (const f of fields) {
    if (JSON.stringify(before[f]) !== JSON.stringify(after[f])) change[String(f)] = { from: before[f], to: after[f] };
  }
  return change;
}
__name(changedFields, "changedFields");

// apps/server/src/members/present.ts
function presentMember(row) {
  return {
    id: row.id,
    mutualId: row.mutual_id,
    legalName: row.legal_name,
    neq: row.neq,
    scianCode: row.scian_code,
    regionCode: row.region_code,
    headcount: row.headcount,
    annualPayrollCents: Number(row.annual_payroll_cents),
    sizeClass: sizeClassOf(row.headcount),
    status: row.status,
    statusChangedOn: row.status_changed_on,
    statusReason: row.status_reason,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    consentOutcomeData: row.consent_outcome_data,
    address: row.address,
    city: row.city,
    postalCode: row.postal_code,
    phone: row.phone,
    website: row.website,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  };
}
__name(presentMember, "presentMember");
function presentContact(row) {
  return {
    id: row.id,
    memberId: row.member_id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    roleTitle: row.role_title,
    isPrimary: row.is_primary,
    createdAt: row.created_at
  };
}
__name(presentContact, "presentContact");
function presentHistoryEntry(r) {
  return {
    id: Number(r.id),
    at: r.at,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    change: r.change
  };
}
__name(presentHistoryEntry, "presentHistoryEntry");

// apps/server/src/members/repository.ts
var sortColumn = {
  name: "legal_name",
  headcount: "headcount",
  payroll: "annual_payroll_cents",
  status: "status",
  joinedOn: "joined_on"
};
var memberColumns = [
  "id",
  "mutual_id",
  "legal_name",
  "neq",
  "scian_code",
  "region_code",
  "headcount",
  "annual_payroll_cents",
  "status",
  "status_changed_on",
  "status_reason",
  "joined_on",
  "left_on",
  "consent_outcome_data",
  "address",
  "city",
  "postal_code",
  "phone",
  "website",
  "created_at",
  "updated_at"
];
var escapeLike = /* @__PURE__ */ __name((s) => s.replace(/[\\%_]/g, (c) => `\\${c}`), "escapeLike");
function memberRepository(db) {
  const filtered = /* @__PURE__ */ __name((f) => {
    let q = db.selectFrom("member").where("mutual_id", "=", f.mutualId);
    if (f.search) q = q.where("search_key", "like", `%${escapeLike(f.search)}%`);
    if (f.status) q = q.where("status", "=", f.status);
    if (f.region) q = q.where("region_code", "=", f.region);
    if (f.sizeClass) {
      const { min, max } = headcountRangeOf(f.sizeClass);
      q = q.where("headcount", ">=", min);
      if (max !== null) q = q.where("headcount", "<=", max);
    }
    if (f.sector) {
      const sector2 = SCIAN_SECTORS.find((s) => s.code === f.sector);
      const prefixes = sector2 ? [...sector2.prefixes] : [f.sector];
      const sectorCode = sector2?.code ?? f.sector;
      q = q.where(
        (eb) => eb.or([eb("scian_code", "=", sectorCode), ...prefixes.map((p) => eb("scian_code", "like", `${escapeLike(p)}%`))])
      );
    }
    return q;
  }, "filtered");
  return {
    async insert(values) {
      return db.insertInto("member").values(values).returning(memberColumns).executeTakeFirstOrThrow();
    },
    async update(id, mutualId, patch) {
      return db.updateTable("member").set(patch).where("id", "=", id).where("mutual_id", "=", mutualId).returning(memberColumns).executeTakeFirstOrThrow();
    },
    /** The member if it belongs to the mutual (and, when given, is that member). */
    async find(id, mutualId) {
      return db.selectFrom("member").select(memberColumns).where("id", "=", id).where("mutual_id", "=", mutualId).executeTakeFirst();
    },
    async findForUpdate(id, mutualId) {
      return db.selectFrom("member").select(memberColumns).where("id", "=", id).where("mutual_id", "=", mutualId).forUpdate().executeTakeFirst();
    },
    async neqTaken(mutualId, neq, exceptId) {
      let q = db.selectFrom("member").select("id").where("mutual_id", "=", mutualId).where("neq", "=", neq);
      if (exceptId) q = q.where("id", "<>", exceptId);
      return await q.executeTakeFirst() !== void 0;
    },
    async list(filter, sort, order, page, pageSize) {
      const count = /* @__PURE__ */ __name(() => filtered(filter).select((eb) => eb.fn.countAll().as("total")), "count");
      const column = sortColumn[sort];
      const rows = await filtered(filter).select(memberColumns).select(() => count().as("total")).orderBy(column, (ob) => order === "asc" ? ob.asc().nullsLast() : ob.desc().nullsLast()).orderBy("legal_name", "asc").orderBy("id", "asc").limit(pageSize).offset((page - 1) * pageSize).execute();
      if (rows.length === 0) return { items: [], total: page === 1 ? 0 : Number((await count().executeTakeFirstOrThrow()).total) };
      const total = Number(rows[0].total);
      const items = rows.map(({ total: _, ...row }) => row);
      return { items, total };
    },
    /** Every member that matches, for exports (a mutual has at most tens of thousands). */
    async listAll(filter, sort, order) {
      return filtered(filter).select(memberColumns).orderBy(sortColumn[sort], (ob) => order === "asc" ? ob.asc().nullsLast() : ob.desc().nullsLast()).orderBy("legal_name", "asc").orderBy("id", "asc").execute();
    },
    // ---------- contacts ----------
    /** A page of the member's contacts (the primary one first, then by name) and how many it has. */
    async contacts(memberId, mutualId, paging) {
      const ofMember = /* @__PURE__ */ __name(() => db.selectFrom("member_contact").where("member_id", "=", memberId).where("mutual_id", "=", mutualId), "ofMember");
      const [items, count] = await Promise.all([
        ofMember().selectAll().orderBy("is_primary", "desc").orderBy("name").orderBy("id").limit(paging.limit).offset(paging.offset).execute(),
        ofMember().select((eb) => eb.fn.countAll().as("total")).executeTakeFirstOrThrow()
      ]);
      return { items, total: Number(count.total) };
    },
    async findContact(contactId, memberId, mutualId) {
      return db.selectFrom("member_contact").selectAll().where("id", "=", contactId).where("member_id", "=", memberId).where("mutual_id", "=", mutualId).executeTakeFirst();
    },
    async insertContact(values) {
      return db.insertInto("member_contact").values(values).returningAll().executeTakeFirstOrThrow();
    },
    async updateContact(contactId, patch) {
      return db.updateTable("member_contact").set(patch).where("id", "=", contactId).returningAll().executeTakeFirstOrThrow();
    },
    async deleteContact(contactId) {
      await db.deleteFrom("member_contact").where("id", "=", contactId).execute();
    },
    /** Only one primary contact per member: clears the flag on the others. */
    async clearPrimary(memberId, exceptId) {
      await db.updateTable("member_contact").set({ is_primary: false }).where("member_id", "=", memberId).where("id", "<>", exceptId).execute();
    },
    /** A page of the audit entries about a member and its contacts, newest first, and how many there are. */
    async history(memberId, mutualId, paging) {
      const entries = /* @__PURE__ */ __name(() => db.selectFrom("audit_log as a").where("a.member_id", "=", memberId).where("a.mutual_id", "=", mutualId).where("a.entity_type", "in", ["member", "member_contact"]), "entries");
      const [items, count] = await Promise.all([
        entries().leftJoin("app_user as u", "u.id", "a.actor_user_id").select(["a.id", "a.at", "a.action", "a.entity_type", "a.entity_id", "a.actor_user_id", "u.display_name as actor_name", "a.change"]).orderBy("a.at", "desc").orderBy("a.id", "desc").limit(paging.limit).offset(paging.offset).execute(),
        entries().select((eb) => eb.fn.countAll().as("total")).executeTakeFirstOrThrow()
      ]);
      return { items, total: Number(count.total) };
    }
  };
}
__name(memberRepository, "memberRepository");

// apps/server/src/members/visible-member.ts
async function visibleMember(deps, caller, memberId, options = {}) {
  const scope = memberScopeOf(caller);
  if (!scopeIncludesMember(scope, memberId)) throw notFound("Member");
  const members = memberRepository(deps.db);
  const row = options.forUpdate ? await members.findForUpdate(memberId, scope.mutualId) : await members.find(memberId, scope.mutualId);
  if (!row) throw notFound("Member");
  return row;
}
__name(visibleMember, "visibleMember");

// apps/server/src/members/add-member-contact.ts
async function addMemberContact(deps, caller, input) {
  const { memberId, contact: fields } = input;
  return inTransaction(deps, async (tx) => {
    const member = await visibleMember(tx, caller, memberId);
    const members = memberRepository(tx.db);
    const row = await members.insertContact({
      mutual_id: member.mutual_id,
      member_id: memberId,
      name: fields.name,
      email: fields.email ?? null,
      phone: fields.phone ?? null,
      role_title: fields.roleTitle ?? null,
      is_primary: fields.isPrimary ?? false
    });
    if (row.is_primary) await members.clearPrimary(memberId, row.id);
    const contact = presentContact(row);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: member.mutual_id,
      memberId,
      actorUserId: caller.userId,
      action: "member_contact.create",
      entityType: "member_contact",
      entityId: row.id,
      change: changedFields({ name: null, email: null, phone: null, roleTitle: null, isPrimary: null }, contact, ["name", "email", "phone", "roleTitle", "isPrimary"])
    });
    return contact;
  });
}
__name(addMemberContact, "addMemberContact");

// apps/server/src/members/change-member-status.ts
async function changeMemberStatus2(deps, caller, input) {
  const { memberId } = input;
  const now = deps.now();
  const today = todayInMontreal(now);
  return inTransaction(deps, async (tx) => {
    const before = await visibleMember(tx, caller, memberId, { forUpdate: true });
    const result = changeMemberStatus(
      { status: before.status, statusChangedOn: before.status_changed_on, statusReason: before.status_reason, joinedOn: before.joined_on, leftOn: before.left_on },
      { to: input.status, on: input.on ?? today, reason: input.reason },
      today
    );
    if (!result.ok) throw invalid(result.field, result.message);
    const n = result.next;
    const after = await memberRepository(tx.db).update(memberId, before.mutual_id, {
      status: n.status,
      status_changed_on: n.statusChangedOn,
      status_reason: n.statusReason,
      joined_on: n.joinedOn,
      left_on: n.leftOn,
      updated_at: now.toISOString()
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId: before.mutual_id,
      memberId,
      actorUserId: caller.userId,
      action: "member.status",
      entityType: "member",
      entityId: memberId,
      change: changedFields(presentMember(before), presentMember(after), ["status", "statusChangedOn", "statusReason", "joinedOn", "leftOn"])
    });
    return presentMember(after);
  });
}
__name(changeMemberStatus2, "changeMemberStatus");

// apps/server/src/members/check-member-fields.ts
function checkMemberFields(input) {
  const fields = [];
  if (input.neq !== void 0) {
    const problem2 = neqProblem(input.neq);
    if (problem2) fields.push({ field: "neq", message: problem2 });
  }
  if (input.scianCode !== void 0 && !isKnownScian(input.scianCode)) {
    fields.push({ field: "scianCode", message: "is not a SCIAN 2022 sector or subsector code (see GET /api/reference)" });
  }
  if (input.regionCode !== void 0 && !isValidRegion(input.regionCode)) {
    fields.push({ field: "regionCode", message: "must be a Quebec administrative region code 01\u201317" });
  }
  if (fields.length) throw new AppError("validation_failed", fields.map((f) => `${f.field}: ${f.message}`).join("; "), { fields });
}
__name(checkMemberFields, "checkMemberFields");

// apps/server/src/members/create-member.ts
async function createMember(deps, caller, input) {
  const mutualId = mutualOf(caller);
  checkMemberFields(input);
  const neq = normalizeNeq(input.neq);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const members = memberRepository(tx.db);
    if (await members.neqTaken(mutualId, neq)) {
      throw new AppError("conflict", "A member of this mutual already has this NEQ", { fields: [{ field: "neq", message: "is already used by another member" }] });
    }
    const row = await members.insert({
      mutual_id: mutualId,
      legal_name: input.legalName,
      neq,
      scian_code: input.scianCode,
      region_code: input.regionCode,
      headcount: input.headcount,
      annual_payroll_cents: input.annualPayrollCents,
      consent_outcome_data: input.consentOutcomeData ?? false,
      status_changed_on: todayInMontreal(now),
      address: input.address ?? null,
      city: input.city ?? null,
      postal_code: input.postalCode ?? null,
      phone: input.phone ?? null,
      website: input.website ?? null
    });
    const member = presentMember(row);
    const { id: _id, mutualId: _m, createdAt: _c, updatedAt: _u, ...values } = member;
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      memberId: row.id,
      actorUserId: caller.userId,
      action: "member.create",
      entityType: "member",
      entityId: row.id,
      change: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { from: null, to: v }]))
    });
    return member;
  });
}
__name(createMember, "createMember");

// apps/server/src/members/member-filter.ts
function memberFilterOf(mutualId, q) {
  const search = q.search ? foldForSearch(q.search).replace(/\s+/g, " ") : void 0;
  return { mutualId, search: search || void 0, status: q.status, region: q.region, sizeClass: q.sizeClass, sector: q.sector };
}
__name(memberFilterOf, "memberFilterOf");

// apps/server/src/members/export-members.ts
function memberColumns2(lang) {
  const fr = lang === "fr";
  const money = /* @__PURE__ */ __name((cents) => cents / 100, "money");
  return [
    { header: fr ? "Raison sociale" : "Legal name", value: /* @__PURE__ */ __name((m) => m.legalName, "value"), width: 40 },
    { header: "NEQ", value: /* @__PURE__ */ __name((m) => m.neq, "value"), width: 14 },
    { header: fr ? "Code SCIAN" : "NAICS code", value: /* @__PURE__ */ __name((m) => m.scianCode, "value") },
    { header: fr ? "Secteur SCIAN" : "NAICS sector", value: /* @__PURE__ */ __name((m) => scianLabel(m.scianCode, lang) ?? "", "value"), width: 40 },
    { header: fr ? "R\xE9gion" : "Region", value: /* @__PURE__ */ __name((m) => m.regionCode, "value") },
    { header: fr ? "Nom de la r\xE9gion" : "Region name", value: /* @__PURE__ */ __name((m) => REGIONS.find((r) => r.code === m.regionCode)?.[lang] ?? "", "value"), width: 24 },
    { header: fr ? "Effectif" : "Headcount", value: /* @__PURE__ */ __name((m) => m.headcount, "value") },
    { header: fr ? "Taille" : "Size class", value: /* @__PURE__ */ __name((m) => SIZE_CLASSES.find((s) => s.code === m.sizeClass)?.[lang] ?? m.sizeClass, "value"), width: 22 },
    { header: fr ? "Masse salariale annuelle ($)" : "Annual payroll ($)", value: /* @__PURE__ */ __name((m) => money(m.annualPayrollCents), "value"), width: 20 },
    { header: fr ? "Statut" : "Status", value: /* @__PURE__ */ __name((m) => MEMBER_STATUS_LABELS[m.status][lang], "value") },
    { header: fr ? "Date d'adh\xE9sion" : "Joined on", value: /* @__PURE__ */ __name((m) => m.joinedOn, "value") },
    { header: fr ? "Date de d\xE9part" : "Left on", value: /* @__PURE__ */ __name((m) => m.leftOn, "value") },
    { header: fr ? "Motif du statut" : "Status reason", value: /* @__PURE__ */ __name((m) => m.statusReason, "value") },
    { header: fr ? "Consentement aux donn\xE9es de r\xE9sultats" : "Consent to outcome data", value: /* @__PURE__ */ __name((m) => m.consentOutcomeData ? fr ? "oui" : "yes" : fr ? "non" : "no", "value") },
    { header: fr ? "Adresse" : "Address", value: /* @__PURE__ */ __name((m) => m.address, "value"), width: 30 },
    { header: fr ? "Ville" : "City", value: /* @__PURE__ */ __name((m) => m.city, "value") },
    { header: fr ? "Code postal" : "Postal code", value: /* @__PURE__ */ __name((m) => m.postalCode, "value") },
    { header: fr ? "T\xE9l\xE9phone" : "Phone", value: /* @__PURE__ */ __name((m) => m.phone, "value") },
    { header: fr ? "Site web" : "Website", value: /* @__PURE__ */ __name((m) => m.website, "value"), width: 30 }
  ];
}
__name(memberColumns2, "memberColumns");
async function exportMembers(deps, caller, query) {
  const { sort, order, format, lang, ...filter } = query;
  const rows = await memberRepository(deps.db).listAll(memberFilterOf(mutualOf(caller), filter), sort, order);
  const body = await writeTable(format, lang === "fr" ? "Membres" : "Members", memberColumns2(lang), rows.map(presentMember));
  return { filename: `${lang === "fr" ? "membres" : "members"}.${format}`, contentType: contentTypes[format], body };
}
__name(exportMembers, "exportMembers");

// apps/server/src/members/get-member.ts
async function getMember(deps, caller, input) {
  return presentMember(await visibleMember(deps, caller, input.memberId));
}
__name(getMember, "getMember");

// apps/server/src/members/get-member-history.ts
async function getMemberHistory(deps, caller, input) {
  const { page, pageSize } = input;
  const member = await visibleMember(deps, caller, input.memberId);
  const { items, total } = await memberRepository(deps.db).history(member.id, member.mutual_id, { limit: pageSize, offset: (page - 1) * pageSize });
  return pageOf(items.map(presentHistoryEntry), total, { page, pageSize });
}
__name(getMemberHistory, "getMemberHistory");

// apps/server/src/members/list-member-contacts.ts
async function listMemberContacts(deps, caller, input) {
  const { page, pageSize } = input;
  const member = await visibleMember(deps, caller, input.memberId);
  const { items, total } = await memberRepository(deps.db).contacts(member.id, member.mutual_id, { limit: pageSize, offset: (page - 1) * pageSize });
  return pageOf(items.map(presentContact), total, { page, pageSize });
}
__name(listMemberContacts, "listMemberContacts");

// apps/server/src/members/list-members.ts
async function listMembers(deps, caller, query) {
  const { sort, order, page, pageSize, ...filter } = query;
  const { items, total } = await memberRepository(deps.db).list(memberFilterOf(mutualOf(caller), filter), sort, order, page, pageSize);
  return pageOf(items.map(presentMember), total, { page, pageSize });
}
__name(listMembers, "listMembers");

// apps/server/src/members/remove-member-contact.ts
async function removeMemberContact(deps, caller, input) {
  const { memberId, contactId } = input;
  await inTransaction(deps, async (tx) => {
    const member = await visibleMember(tx, caller, memberId);
    const members = memberRepository(tx.db);
    const before = await members.findContact(contactId, memberId, member.mutual_id);
    if (!before) throw notFound("Contact");
    await members.deleteContact(contactId);
    const old = presentContact(before);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: member.mutual_id,
      memberId,
      actorUserId: caller.userId,
      action: "member_contact.delete",
      entityType: "member_contact",
      entityId: contactId,
      change: changedFields(old, { name: null, email: null, phone: null, roleTitle: null, isPrimary: null }, ["name", "email", "phone", "roleTitle", "isPrimary"])
    });
  });
  return void 0;
}
__name(removeMemberContact, "removeMemberContact");

// apps/server/src/members/update-member.ts
var columnOf = {
  legalName: "legal_name",
  neq: "neq",
  scianCode: "scian_code",
  regionCode: "region_code",
  headcount: "headcount",
  annualPayrollCents: "annual_payroll_cents",
  consentOutcomeData: "consent_outcome_data",
  address: "address",
  city: "city",
  postalCode: "postal_code",
  phone: "phone",
  website: "website"
};
async function updateMember(deps, caller, input) {
  const { memberId, changes } = input;
  await visibleMember(deps, caller, memberId);
  const sent = Object.keys(changes).filter((k) => changes[k] !== void 0);
  if (caller.role === "member_contact") {
    const refused = sent.filter((k) => !MEMBER_CONTACT_DETAIL_FIELDS.includes(k));
    if (refused.length) {
      throw new AppError("forbidden", `A member contact may only change the firm's contact details, not ${refused.join(", ")}`, {
        fields: refused.map((field) => ({ field, message: "may only be changed by the mutual" }))
      });
    }
  }
  checkMemberFields(changes);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const members = memberRepository(tx.db);
    const before = await visibleMember(tx, caller, memberId, { forUpdate: true });
    const patch = {};
    for (const key of sent) {
      const value = key === "neq" ? normalizeNeq(changes.neq) : changes[key];
      patch[columnOf[key]] = value ?? null;
    }
    if (patch.neq && await members.neqTaken(before.mutual_id, patch.neq, memberId)) {
      throw new AppError("conflict", "A member of this mutual already has this NEQ", { fields: [{ field: "neq", message: "is already used by another member" }] });
    }
    if (sent.length === 0) return presentMember(before);
    patch.updated_at = now.toISOString();
    const after = await members.update(memberId, before.mutual_id, patch);
    const change = changedFields(presentMember(before), presentMember(after), sent);
    if (Object.keys(change).length) {
      await auditRepository(tx.db).record({
        at: now,
        mutualId: before.mutual_id,
        memberId,
        actorUserId: caller.userId,
        action: "member.update",
        entityType: "member",
        entityId: memberId,
        change
      });
    }
    return presentMember(after);
  });
}
__name(updateMember, "updateMember");

// apps/server/src/members/update-member-contact.ts
async function updateMemberContact(deps, caller, input) {
  const { memberId, contactId, changes } = input;
  return inTransaction(deps, async (tx) => {
    const member = await visibleMember(tx, caller, memberId);
    const members = memberRepository(tx.db);
    const before = await members.findContact(contactId, memberId, member.mutual_id);
    if (!before) throw notFound("Contact");
    const patch = {};
    if (changes.name !== void 0) patch.name = changes.name;
    if (changes.email !== void 0) patch.email = changes.email;
    if (changes.phone !== void 0) patch.phone = changes.phone;
    if (changes.roleTitle !== void 0) patch.role_title = changes.roleTitle;
    if (changes.isPrimary !== void 0) patch.is_primary = changes.isPrimary;
    const row = Object.keys(patch).length ? await members.updateContact(contactId, patch) : before;
    if (row.is_primary && !before.is_primary) await members.clearPrimary(memberId, row.id);
    const change = changedFields(presentContact(before), presentContact(row), ["name", "email", "phone", "roleTitle", "isPrimary"]);
    if (Object.keys(change).length) {
      await auditRepository(tx.db).record({
        at: deps.now(),
        mutualId: member.mutual_id,
        memberId,
        actorUserId: caller.userId,
        action: "member_contact.update",
        entityType: "member_contact",
        entityId: contactId,
        change
      });
    }
    return presentContact(row);
  });
}
__name(updateMemberContact, "updateMemberContact");

// apps/server/src/members/routes.ts
function registerMemberRoutes(app, deps) {
  serve(app, memberEndpoints.list, ["coordinator"], ({ query }, caller) => listMembers(deps, caller, query));
  serve(app, memberEndpoints.export, ["coordinator"], ({ query }, caller) => exportMembers(deps, caller, query));
  serve(app, memberEndpoints.create, ["coordinator"], ({ body }, caller) => createMember(deps, caller, body));
  serve(app, memberEndpoints.get, MEMBER_RECORD_ROLES, ({ params }, caller) => getMember(deps, caller, params));
  serve(app, memberEndpoints.update, MEMBER_RECORD_ROLES, ({ params, body }, caller) => updateMember(deps, caller, { memberId: params.memberId, changes: body }));
  serve(app, memberEndpoints.changeStatus, ["coordinator"], ({ params, body }, caller) => changeMemberStatus2(deps, caller, { ...params, ...body }));
  serve(app, memberEndpoints.history, MEMBER_RECORD_ROLES, ({ params, query }, caller) => getMemberHistory(deps, caller, { ...params, ...query }));
  serve(app, memberContactEndpoints.list, MEMBER_RECORD_ROLES, ({ params, query }, caller) => listMemberContacts(deps, caller, { ...params, ...query }));
  serve(app, memberContactEndpoints.add, MEMBER_RECORD_ROLES, ({ params, body }, caller) => addMemberContact(deps, caller, { memberId: params.memberId, contact: body }));
  serve(app, memberContactEndpoints.update, MEMBER_RECORD_ROLES, ({ params, body }, caller) => updateMemberContact(deps, caller, { ...params, changes: body }));
  serve(app, memberContactEndpoints.remove, MEMBER_RECORD_ROLES, ({ params }, caller) => removeMemberContact(deps, caller, params));
}
__name(registerMemberRoutes, "registerMemberRoutes");

// apps/server/src/dashboard/get-my-firm-summary.ts
async function getMyFirmSummary(deps, caller) {
  if (!caller.memberId) throw notFound("Member");
  const member = await visibleMember(deps, caller, caller.memberId);
  const repo = dashboardRepository(deps.db);
  const [counts, byTeer] = await Promise.all([repo.employeesOfMember(member.id), repo.employeesOfMemberByTeer(member.id)]);
  return {
    memberId: member.id,
    legalName: member.legal_name,
    status: member.status,
    headcount: member.headcount,
    sizeClass: sizeClassOf(member.headcount),
    currentEmployees: counts.current,
    endedEmployees: counts.ended,
    employeesByTeer: byTeer
  };
}
__name(getMyFirmSummary, "getMyFirmSummary");

// apps/server/src/dashboard/routes.ts
function registerDashboardRoutes(app, deps) {
  serve(app, dashboardEndpoints.mutual, ["coordinator", "board_viewer"], (_input, caller) => getDashboard(deps, caller));
  serve(app, dashboardEndpoints.myFirm, ["member_contact"], (_input, caller) => getMyFirmSummary(deps, caller));
}
__name(registerDashboardRoutes, "registerDashboardRoutes");

// apps/server/src/employees/present.ts
function presentEmployee(row) {
  return {
    id: row.id,
    memberId: row.member_id,
    memberName: row.member_name,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    jobTitle: row.job_title,
    nocCode: row.noc_code,
    teer: row.teer,
    educationLevel: row.education_level,
    language: row.language,
    birthYear: row.birth_year,
    hireDate: row.hire_date,
    endDate: row.end_date,
    endReason: row.end_reason,
    currentHourlyWageCents: row.current_wage_cents === null ? null : Number(row.current_wage_cents),
    createdAt: row.created_at,
    updatedAt: row.updated_at
  };
}
__name(presentEmployee, "presentEmployee");
function presentWage(row) {
  return { id: row.id, employeeId: row.employee_id, effectiveOn: row.effective_on, hourlyWageCents: Number(row.hourly_wage_cents), createdAt: row.created_at };
}
__name(presentWage, "presentWage");
function presentImportPreview(saved, rows, errors) {
  const count = /* @__PURE__ */ __name((a) => rows.filter((r) => r.action === a).length, "count");
  return {
    importId: saved.id,
    memberId: saved.member_id,
    filename: saved.filename,
    status: saved.status,
    expiresAt: saved.expires_at,
    counts: { rows: saved.row_count, valid: rows.length - count("invalid"), invalid: count("invalid"), toCreate: count("create"), toUpdate: count("update") },
    ignoredColumns: saved.ignored_columns,
    errors,
    rows: rows.slice(0, 200).map((r) => ({
      row: r.row,
      action: r.action,
      firstName: r.data?.first_name ?? r.raw.first_name ?? "",
      lastName: r.data?.last_name ?? r.raw.last_name ?? "",
      email: r.data ? r.data.email : r.raw.email || null,
      jobTitle: r.data?.job_title ?? r.raw.job_title ?? "",
      nocCode: r.data?.noc_code ?? r.raw.noc_code ?? "",
      teer: r.data?.teer ?? null,
      educationLevel: r.data?.education_level ?? r.raw.education_level ?? "",
      hireDate: r.data?.hire_date ?? (r.raw.hire_date || null),
      hourlyWageCents: r.data?.hourly_wage_cents ?? null
    }))
  };
}
__name(presentImportPreview, "presentImportPreview");

// apps/server/src/employees/employee-repository.ts
import { sql as sql2 } from "kysely";
var escapeLike2 = /* @__PURE__ */ __name((s) => s.replace(/[\\%_]/g, (c) => `\\${c}`), "escapeLike");
var trigramSearchable = /* @__PURE__ */ __name((search) => search !== void 0 && /[\p{L}\p{N}]{3}/u.test(search), "trigramSearchable");
var employeeColumns = [
  "e.id",
  "e.mutual_id",
  "e.member_id",
  "e.first_name",
  "e.last_name",
  "e.email",
  "e.job_title",
  "e.noc_code",
  "e.teer",
  "e.education_level",
  "e.language",
  "e.birth_year",
  "e.hire_date",
  "e.end_date",
  "e.end_reason",
  "e.created_at",
  "e.updated_at"
];
function employeeRepository(db) {
  const filtered = /* @__PURE__ */ __name((f) => {
    let q = db.selectFrom("employee as e").where("e.mutual_id", "=", f.mutualId);
    if (f.memberId) q = q.where("e.member_id", "=", f.memberId);
    if (f.status === "current") q = q.where("e.end_date", "is", null);
    if (f.status === "ended") q = q.where("e.end_date", "is not", null);
    if (f.search) q = q.where("e.search_key", "like", `%${escapeLike2(f.search)}%`);
    if (f.teer !== void 0) q = q.where("e.teer", "=", f.teer);
    if (f.educationLevel) q = q.where("e.education_level", "=", f.educationLevel);
    return q;
  }, "filtered");
  const shown = /* @__PURE__ */ __name((f) => trigramSearchable(f.search) ? db.selectFrom("employee as e").where("e.id", "in", filtered(f).select("e.id").offset(0)) : filtered(f), "shown");
  const withDetails = /* @__PURE__ */ __name((q) => q.innerJoin("member as m", "m.id", "e.member_id").select(employeeColumns).select("m.legal_name as member_name").select(
    (eb) => eb.selectFrom("wage as w").select("w.hourly_wage_cents").whereRef("w.employee_id", "=", "e.id").orderBy("w.effective_on", "desc").limit(1).as("current_wage_cents")
  ), "withDetails");
  const ordered = /* @__PURE__ */ __name((q, sort, order) => {
    const dir = order;
    switch (sort) {
      case "hireDate":
        return q.orderBy("e.hire_date", dir).orderBy("e.last_name").orderBy("e.id");
      case "jobTitle":
        return q.orderBy("e.job_title", dir).orderBy("e.last_name").orderBy("e.id");
      case "teer":
        return q.orderBy("e.teer", dir).orderBy("e.last_name").orderBy("e.id");
      case "member":
        return q.orderBy("m.legal_name", dir).orderBy("e.last_name").orderBy("e.first_name").orderBy("e.id");
      default:
        return q.orderBy("e.last_name", dir).orderBy("e.first_name", dir).orderBy("e.id", dir);
    }
  }, "ordered");
  return {
    /** A page and the total; with `access`, the read is logged in the access log by the same statement. */
    async list(filter, sort, order, page, pageSize, access) {
      const count = /* @__PURE__ */ __name(() => filtered(filter).select((eb) => eb.fn.countAll().as("total")), "count");
      const query = ordered(withDetails(shown(filter)), sort, order).select(() => count().as("total")).limit(pageSize).offset((page - 1) * pageSize);
      const rows = access ? await auditRepository(db).readLoggingAccess(query, { ...access, entityType: "employee" }) : await query.execute();
      if (rows.length === 0) return { items: [], total: page === 1 ? 0 : Number((await count().executeTakeFirstOrThrow()).total) };
      const total = Number(rows[0].total);
      const items = rows.map(({ total: _, ...row }) => row);
      return { items, total };
    },
    async listAll(filter) {
      return await ordered(withDetails(shown(filter)), "member", "asc").execute();
    },
    async find(id, scope) {
      let q = db.selectFrom("employee as e").where("e.id", "=", id).where("e.mutual_id", "=", scope.mutualId);
      if (scope.memberId) q = q.where("e.member_id", "=", scope.memberId);
      return await withDetails(q).executeTakeFirst();
    },
    async insert(values) {
      return db.insertInto("employee").values(values).returning("id").executeTakeFirstOrThrow();
    },
    /** Inserts many employees, 1,000 rows per statement; returns their ids in order. */
    async insertMany(values) {
      const ids = [];
      for (let i = 0; i < values.length; i += 1e3) {
        const rows = await db.insertInto("employee").values(values.slice(i, i + 1e3)).returning("id").execute();
        for (const r of rows) ids.push(r.id);
      }
      return ids;
    },
    async update(id, patch) {
      await db.updateTable("employee").set(patch).where("id", "=", id).execute();
    },
    /** Updates many employees of one member, 1,000 rows per statement (UPDATE … FROM (VALUES …)). */
    async updateMany(memberId, rows, now) {
      for (let i = 0; i < rows.length; i += 1e3) {
        const chunk = rows.slice(i, i + 1e3);
        const values = sql2.join(
          chunk.map(
            (r) => sql2`(${r.id}::uuid, ${r.first_name}, ${r.last_name}, ${r.email ?? null}, ${r.job_title}, ${r.noc_code}, ${r.teer}::smallint, ${r.education_level}, ${r.language ?? "fr"}, ${r.birth_year ?? null}::integer, ${r.hire_date}::date, ${r.end_date ?? null}::date, ${r.end_reason ?? null})`
          )
        );
        await sql2`
          update employee as e set
            first_name = v.first_name, last_name = v.last_name, email = v.email, job_title = v.job_title,
            noc_code = v.noc_code, teer = v.teer, education_level = v.education_level, language = v.language,
            birth_year = v.birth_year, hire_date = v.hire_date, end_date = v.end_date, end_reason = v.end_reason,
            updated_at = ${now}::timestamptz
          from (values ${values}) as v(id, first_name, last_name, email, job_title, noc_code, teer, education_level, language, birth_year, hire_date, end_date, end_reason)
          where e.id = v.id and e.member_id = ${memberId}::uuid`.execute(db);
      }
    },
    /** What import matching needs of a member's employees. */
    async matchKeys(memberId) {
      return db.selectFrom("employee").select(["id", "email", "first_name", "last_name", "hire_date"]).where("member_id", "=", memberId).execute();
    },
    // ---------- import previews ----------
    async saveImport(values) {
      return db.insertInto("employee_import").values(values).returningAll().executeTakeFirstOrThrow();
    },
    async findImport(id, memberId, mutualId, forUpdate = false) {
      let q = db.selectFrom("employee_import").selectAll().where("id", "=", id).where("member_id", "=", memberId).where("mutual_id", "=", mutualId);
      if (forUpdate) q = q.forUpdate();
      return q.executeTakeFirst();
    },
    async markImportCommitted(id, at) {
      await db.updateTable("employee_import").set({ status: "committed", committed_at: at, rows: "[]" }).where("id", "=", id).execute();
    },
    async deleteExpiredImports(now) {
      await db.deleteFrom("employee_import").where("status", "=", "preview").where("expires_at", "<", now).execute();
    }
  };
}
__name(employeeRepository, "employeeRepository");

// apps/server/src/employees/visible-employee.ts
async function visibleEmployee(deps, caller, employeeId) {
  const row = await employeeRepository(deps.db).find(employeeId, memberScopeOf(caller));
  if (!row) throw notFound("Employee");
  return row;
}
__name(visibleEmployee, "visibleEmployee");

// apps/server/src/employees/wage-repository.ts
import { sql as sql3 } from "kysely";
function wageRepository(db) {
  return {
    /** A page of an employee's wages, newest first, and how many it has. */
    async list(employeeId, paging) {
      const ofEmployee = /* @__PURE__ */ __name(() => db.selectFrom("wage").where("employee_id", "=", employeeId), "ofEmployee");
      const [items, count] = await Promise.all([
        ofEmployee().selectAll().orderBy("effective_on", "desc").limit(paging.limit).offset(paging.offset).execute(),
        ofEmployee().select((eb) => eb.fn.countAll().as("total")).executeTakeFirstOrThrow()
      ]);
      return { items, total: Number(count.total) };
    },
    /** Adds a wage, or replaces the one with the same effective date. */
    async upsert(values) {
      const previous = await db.selectFrom("wage").select("hourly_wage_cents").where("employee_id", "=", values.employee_id).where("effective_on", "=", values.effective_on).executeTakeFirst();
      const row = await db.insertInto("wage").values(values).onConflict((oc) => oc.columns(["employee_id", "effective_on"]).doUpdateSet({ hourly_wage_cents: values.hourly_wage_cents })).returningAll().executeTakeFirstOrThrow();
      return { row, replaced: previous ? Number(previous.hourly_wage_cents) : null };
    },
    /** Adds or replaces many wages, 1,000 per statement. */
    async upsertMany(values) {
      for (let i = 0; i < values.length; i += 1e3) {
        await db.insertInto("wage").values(values.slice(i, i + 1e3)).onConflict((oc) => oc.columns(["employee_id", "effective_on"]).doUpdateSet({ hourly_wage_cents: sql3`excluded.hourly_wage_cents` })).execute();
      }
    }
  };
}
__name(wageRepository, "wageRepository");

// apps/server/src/employees/add-wage.ts
async function addWage(deps, caller, input) {
  const { employeeId, wage } = input;
  return inTransaction(deps, async (tx) => {
    const employee = await visibleEmployee(tx, caller, employeeId);
    if (wage.effectiveOn < employee.hire_date) throw invalid("effectiveOn", "cannot be before the hire date");
    const { row, replaced } = await wageRepository(tx.db).upsert({
      mutual_id: employee.mutual_id,
      member_id: employee.member_id,
      employee_id: employeeId,
      effective_on: wage.effectiveOn,
      hourly_wage_cents: wage.hourlyWageCents
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: employee.mutual_id,
      memberId: employee.member_id,
      actorUserId: caller.userId,
      action: "wage.add",
      entityType: "wage",
      entityId: row.id,
      change: { employeeId, effectiveOn: wage.effectiveOn, hourlyWageCents: { from: replaced, to: wage.hourlyWageCents } }
    });
    return presentWage(row);
  });
}
__name(addWage, "addWage");

// packages/domain/src/employees/employee-row.ts
var text = /* @__PURE__ */ __name((cell) => {
  if (cell === null || cell === void 0) return "";
  if (cell instanceof Date) return isoOfDate(cell);
  return String(cell).trim();
}, "text");
function isoOfDate(d) {
  return `${d.getUTCFullYear().toString().padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}
__name(isoOfDate, "isoOfDate");
function isIsoDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
__name(isIsoDate, "isIsoDate");
function parseDateCell(cell) {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { error: "is not a date" } : { value: isoOfDate(cell) };
  const t = text(cell);
  if (!t) return { value: null };
  let iso = t;
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (ymd) iso = `${ymd[1]}-${ymd[2].padStart(2, "0")}-${ymd[3].padStart(2, "0")}`;
  else if (dmy) iso = `${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}`;
  else if (/^\d{4}-\d{2}-\d{2}T/.test(t)) iso = t.slice(0, 10);
  return isIsoDate(iso) ? { value: iso } : { error: "must be a date YYYY-MM-DD" };
}
__name(parseDateCell, "parseDateCell");
function parseMoneyCell(cell) {
  if (typeof cell === "number") return Number.isFinite(cell) ? { value: Math.round(cell * 100) } : { error: "is not a number" };
  const t = text(cell).replace(/\s|\$/g, "").replace(",", ".");
  if (!t) return { value: null };
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return { error: "must be an amount in dollars, e.g. 24.50" };
  return { value: Math.round(Number(t) * 100) };
}
__name(parseMoneyCell, "parseMoneyCell");
var matchCode = /* @__PURE__ */ __name((list, cell) => {
  const folded = foldForSearch(text(cell));
  return list.find((item) => [item.code, item.fr, item.en].some((s) => foldForSearch(s) === folded));
}, "matchCode");
var educationAliases = {
  aucun: "none",
  des: "secondary",
  secondaire: "secondary",
  dep: "vocational",
  professionnel: "vocational",
  dec: "college",
  aec: "college",
  collegial: "college",
  college: "college",
  baccalaureat: "bachelor",
  bac: "bachelor",
  universitaire: "bachelor",
  maitrise: "graduate",
  doctorat: "graduate",
  master: "graduate",
  phd: "graduate"
};
var languageAliases = { francais: "fr", french: "fr", anglais: "en", english: "en" };
function parseEmployeeRow(cells, options) {
  const errors = [];
  const required = /* @__PURE__ */ __name((field, max) => {
    const v = text(cells[field]);
    if (!v) errors.push({ field, message: "is required" });
    else if (v.length > max) errors.push({ field, message: `must be at most ${max} characters` });
    return v;
  }, "required");
  const first_name = required("first_name", 100);
  const last_name = required("last_name", 100);
  const job_title = required("job_title", 200);
  const emailText = text(cells.email).toLowerCase();
  if (emailText && (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(emailText) || emailText.length > 254)) {
    errors.push({ field: "email", message: "is not a valid e-mail address" });
  }
  let noc_code = text(cells.noc_code);
  if (typeof cells.noc_code === "number" && Number.isInteger(cells.noc_code)) noc_code = String(cells.noc_code).padStart(5, "0");
  if (!noc_code) errors.push({ field: "noc_code", message: "is required" });
  else if (!isValidNoc(noc_code)) errors.push({ field: "noc_code", message: "must be a NOC 2021 code of 5 digits (2nd digit 0\u20135)" });
  let education_level;
  const educationText = text(cells.education_level);
  if (!educationText) errors.push({ field: "education_level", message: "is required" });
  else {
    education_level = matchCode(EDUCATION_LEVELS, educationText)?.code ?? educationAliases[foldForSearch(educationText)];
    if (!education_level) {
      errors.push({ field: "education_level", message: `must be one of ${EDUCATION_LEVELS.map((e) => e.code).join(", ")}` });
    }
  }
  let language = "fr";
  const languageText = text(cells.language);
  if (languageText) {
    const found = matchCode(LANGUAGES, languageText)?.code ?? languageAliases[foldForSearch(languageText)];
    if (found) language = found;
    else errors.push({ field: "language", message: "must be fr or en" });
  }
  let birth_year = null;
  const birthText = text(cells.birth_year);
  if (birthText) {
    const year = Number(birthText);
    const thisYear = Number(options.today.slice(0, 4));
    if (!Number.isInteger(year) || year < 1900 || year > thisYear - 14) {
      errors.push({ field: "birth_year", message: `must be a year between 1900 and ${thisYear - 14}` });
    } else birth_year = year;
  }
  const date = /* @__PURE__ */ __name((field) => {
    const parsed = parseDateCell(cells[field]);
    if ("error" in parsed) {
      errors.push({ field, message: parsed.error });
      return null;
    }
    return parsed.value;
  }, "date");
  const hire_date = date("hire_date");
  if (!hire_date && !errors.some((e) => e.field === "hire_date")) errors.push({ field: "hire_date", message: "is required" });
  const end_date = date("end_date");
  if (hire_date && end_date && end_date < hire_date) errors.push({ field: "end_date", message: "cannot be before the hire date" });
  let end_reason = null;
  const reasonText = text(cells.end_reason);
  if (reasonText) {
    const found = matchCode(END_REASONS, reasonText)?.code;
    if (!found) errors.push({ field: "end_reason", message: `must be one of ${END_REASONS.map((r) => r.code).join(", ")}` });
    else if (!end_date) errors.push({ field: "end_reason", message: "needs an end date" });
    else end_reason = found;
  } else if (end_date) end_reason = "other";
  const wage = parseMoneyCell(cells.hourly_wage);
  let hourly_wage_cents = null;
  if ("error" in wage) errors.push({ field: "hourly_wage", message: wage.error });
  else if (wage.value !== null && (wage.value <= 0 || wage.value > 1e5)) {
    errors.push({ field: "hourly_wage", message: "must be more than 0 and at most 1000 dollars an hour" });
  } else hourly_wage_cents = wage.value;
  let wage_effective_on = date("wage_effective_on");
  if (wage_effective_on && hourly_wage_cents === null) errors.push({ field: "wage_effective_on", message: "needs an hourly wage" });
  if (hourly_wage_cents !== null && !wage_effective_on) wage_effective_on = hire_date;
  if (errors.length > 0 || !education_level || !hire_date) return { ok: false, errors };
  return {
    ok: true,
    row: {
      first_name,
      last_name,
      email: emailText || null,
      job_title,
      noc_code,
      teer: teerOfNoc(noc_code),
      education_level,
      language,
      birth_year,
      hire_date,
      end_date,
      end_reason,
      hourly_wage_cents,
      wage_effective_on
    }
  };
}
__name(parseEmployeeRow, "parseEmployeeRow");
function employeeNameKey(e) {
  return `${foldForSearch(e.first_name)}|${foldForSearch(e.last_name)}|${e.hire_date}`;
}
__name(employeeNameKey, "employeeNameKey");

// packages/domain/src/employees/import-columns.ts
var EMPLOYEE_IMPORT_COLUMNS = [
  { field: "first_name", fr: "Pr\xE9nom", en: "First name", required: true, aliases: ["firstname", "given name"], exampleFr: "Marie", exampleEn: "Mary" },
  { field: "last_name", fr: "Nom", en: "Last name", required: true, aliases: ["nom de famille", "lastname", "surname", "family name"], exampleFr: "Tremblay", exampleEn: "Smith" },
  { field: "email", fr: "Courriel", en: "Email", required: false, aliases: ["adresse courriel", "e-mail", "mail", "email address"], exampleFr: "marie.tremblay@exemple.ca", exampleEn: "mary.smith@example.ca" },
  { field: "job_title", fr: "Titre du poste", en: "Job title", required: true, aliases: ["poste", "fonction", "title", "position"], exampleFr: "Op\xE9ratrice de machine", exampleEn: "Machine operator" },
  { field: "noc_code", fr: "Code CNP", en: "NOC code", required: true, aliases: ["cnp", "noc", "code cnp 2021", "noc 2021"], exampleFr: "94100", exampleEn: "94100" },
  {
    field: "education_level",
    fr: "Scolarit\xE9",
    en: "Education",
    required: true,
    aliases: ["niveau de scolarite", "plus haut diplome", "diplome", "education level", "highest education"],
    exampleFr: "secondary",
    exampleEn: "secondary"
  },
  { field: "language", fr: "Langue", en: "Language", required: false, aliases: ["langue de travail", "preferred language"], exampleFr: "fr", exampleEn: "en" },
  { field: "birth_year", fr: "Ann\xE9e de naissance", en: "Birth year", required: false, aliases: ["annee naissance", "year of birth"], exampleFr: "1985", exampleEn: "1985" },
  { field: "hire_date", fr: "Date d'embauche", en: "Hire date", required: true, aliases: ["embauche", "date embauche", "hired on", "start date"], exampleFr: "2021-03-15", exampleEn: "2021-03-15" },
  { field: "end_date", fr: "Date de fin", en: "End date", required: false, aliases: ["date de depart", "fin", "left on"], exampleFr: "", exampleEn: "" },
  { field: "end_reason", fr: "Motif de fin", en: "End reason", required: false, aliases: ["motif de depart", "raison de fin", "reason"], exampleFr: "", exampleEn: "" },
  { field: "hourly_wage", fr: "Salaire horaire", en: "Hourly wage", required: false, aliases: ["taux horaire", "salaire", "wage", "hourly rate"], exampleFr: "24,50", exampleEn: "24.50" },
  {
    field: "wage_effective_on",
    fr: "Date du salaire",
    en: "Wage effective date",
    required: false,
    aliases: ["salaire en vigueur le", "date effective du salaire", "wage date", "wage effective on"],
    exampleFr: "2024-01-01",
    exampleEn: "2024-01-01"
  }
];
function normalizeHeader(header) {
  return foldForSearch(header).replace(/[^a-z0-9]+/g, " ").trim();
}
__name(normalizeHeader, "normalizeHeader");
var byHeader = /* @__PURE__ */ new Map();
for (const column of EMPLOYEE_IMPORT_COLUMNS) {
  for (const spelling of [column.field, column.fr, column.en, ...column.aliases]) byHeader.set(normalizeHeader(spelling), column.field);
}
function mapImportHeaders(headers) {
  const fields = /* @__PURE__ */ new Map();
  const ignored = [];
  const seen = /* @__PURE__ */ new Set();
  const duplicated = [];
  headers.forEach((header, index) => {
    const field = byHeader.get(normalizeHeader(String(header ?? "")));
    if (!field) {
      if (String(header ?? "").trim()) ignored.push(String(header));
      return;
    }
    if (seen.has(field)) duplicated.push(field);
    seen.add(field);
    fields.set(index, field);
  });
  const missing = EMPLOYEE_IMPORT_COLUMNS.filter((c) => c.required && !seen.has(c.field)).map((c) => c.field);
  return { fields, ignored, missing, duplicated };
}
__name(mapImportHeaders, "mapImportHeaders");

// apps/server/src/employees/import-matching.ts
function matcher(existing) {
  const byEmail = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const e of existing) {
    if (e.email) byEmail.set(e.email.toLowerCase(), e.id);
    byName.set(employeeNameKey(e), e.id);
  }
  return (row) => (row.email ? byEmail.get(row.email) : void 0) ?? byName.get(employeeNameKey(row)) ?? null;
}
__name(matcher, "matcher");

// apps/server/src/employees/commit-employee-import.ts
var EMPLOYEE_FIELDS = ["first_name", "last_name", "email", "job_title", "noc_code", "teer", "education_level", "language", "birth_year", "hire_date", "end_date", "end_reason"];
async function commitEmployeeImport(deps, caller, input) {
  const { memberId, importId } = input;
  const { mutual_id: mutualId } = await visibleMember(deps, caller, memberId);
  const now = deps.now().toISOString();
  return inTransaction(deps, async (tx) => {
    const employees = employeeRepository(tx.db);
    const saved = await employees.findImport(importId, memberId, mutualId, true);
    if (!saved) throw notFound("Import");
    const refusal = importCommitRefusal({ status: saved.status, expiresAt: saved.expires_at }, now);
    if (refusal === "already_committed") throw new AppError("conflict", "This import was already committed");
    if (refusal === "expired") throw new AppError("conflict", "This import preview has expired; upload the file again");
    const errors = saved.errors;
    if (saved.error_count > 0) {
      throw new AppError("import_failed", `The file has ${errors.length} errors; nothing was written`, { fields: errors.slice(0, 1e3) });
    }
    const present = new Set(saved.present_fields);
    const rows = saved.rows.filter((r) => r.data);
    const match = matcher(await employees.matchKeys(memberId));
    const anyMatch = rows.some((r) => match(r.data));
    const existing = new Map(anyMatch ? (await employees.listAll({ mutualId, memberId, status: "all" })).map((e) => [e.id, e]) : []);
    const creates = [];
    const updates = [];
    for (const row of rows) {
      const data = row.data;
      const id = match(data);
      const values = { mutual_id: mutualId, member_id: memberId, ...pick(data) };
      if (!id) {
        creates.push({ row, values });
        continue;
      }
      if (updates.some((u) => u.id === id)) {
        throw new AppError("import_failed", `Row ${row.row} is the same employee as an earlier row`, { fields: [{ row: row.row, field: "email", message: "same employee as an earlier row" }] });
      }
      const before = existing.get(id);
      if (!before) throw new AppError("conflict", `Row ${row.row}: the matching employee changed during the import; try again`);
      const merged = { ...values };
      const change = {};
      for (const f of EMPLOYEE_FIELDS) {
        const fromFile = present.has(f) || f === "teer" && present.has("noc_code") || f === "end_reason" && present.has("end_date");
        if (!fromFile) merged[f] = before[f];
        if (String(merged[f] ?? "") !== String(before[f] ?? "")) change[f] = { from: before[f], to: merged[f] };
      }
      updates.push({ row, id, values: { ...merged, id }, change });
    }
    const createdIds = await employees.insertMany(creates.map((c) => c.values));
    await employees.updateMany(memberId, updates.map((u) => u.values), now);
    const wages = [];
    const addWage2 = /* @__PURE__ */ __name((employeeId, data) => {
      if (data.hourly_wage_cents !== null && data.wage_effective_on) {
        wages.push({ mutual_id: mutualId, member_id: memberId, employee_id: employeeId, effective_on: data.wage_effective_on, hourly_wage_cents: data.hourly_wage_cents });
      }
    }, "addWage");
    for (const [i, c] of creates.entries()) addWage2(createdIds[i], c.row.data);
    for (const u of updates) addWage2(u.id, u.row.data);
    await wageRepository(tx.db).upsertMany(wages);
    const base = { at: now, mutualId, memberId, actorUserId: caller.userId, entityType: "employee" };
    const entries = [
      ...creates.map((c, i) => ({ ...base, action: "employee.import.create", entityId: createdIds[i], change: { importId, row: c.row.row } })),
      ...updates.filter((u) => Object.keys(u.change).length).map((u) => ({ ...base, action: "employee.import.update", entityId: u.id, change: { importId, row: u.row.row, ...u.change } }))
    ];
    const audit = auditRepository(tx.db);
    await audit.recordMany(entries);
    await audit.record({
      ...base,
      entityType: "employee_import",
      entityId: importId,
      action: "employee.import.commit",
      change: { filename: saved.filename, created: creates.length, updated: updates.length, wages: wages.length }
    });
    await employees.markImportCommitted(importId, now);
    return { importId, created: creates.length, updated: updates.length, wages: wages.length };
  });
}
__name(commitEmployeeImport, "commitEmployeeImport");
function pick(d) {
  return {
    first_name: d.first_name,
    last_name: d.last_name,
    email: d.email,
    job_title: d.job_title,
    noc_code: d.noc_code,
    teer: d.teer,
    education_level: d.education_level,
    language: d.language,
    birth_year: d.birth_year,
    hire_date: d.hire_date,
    end_date: d.end_date,
    end_reason: d.end_reason
  };
}
__name(pick, "pick");

// apps/server/src/employees/check-birth-year.ts
function checkBirthYear(birthYear, today) {
  if (birthYear === null || birthYear === void 0) return;
  const max = Number(today.slice(0, 4)) - 14;
  if (birthYear > max) throw invalid("birthYear", `must be at most ${max}`);
}
__name(checkBirthYear, "checkBirthYear");

// apps/server/src/employees/log-employee-access.ts
async function logEmployeeAccess(db, caller, read) {
  await auditRepository(db).recordAccess({
    mutualId: read.mutualId,
    actorUserId: caller.userId,
    entityType: read.entityType ?? "employee",
    entityIds: read.employeeIds,
    purpose: read.purpose
  });
}
__name(logEmployeeAccess, "logEmployeeAccess");

// apps/server/src/employees/get-employee.ts
async function getEmployee(deps, caller, input) {
  const row = await visibleEmployee(deps, caller, input.employeeId);
  await logEmployeeAccess(deps.db, caller, { mutualId: row.mutual_id, employeeIds: [row.id], purpose: "employee.read" });
  return presentEmployee(row);
}
__name(getEmployee, "getEmployee");

// apps/server/src/employees/create-employee.ts
async function createEmployee(deps, caller, input) {
  const { memberId, employee: fields } = input;
  const member = await visibleMember(deps, caller, memberId);
  checkBirthYear(fields.birthYear, todayInMontreal(deps.now()));
  const teer = teerOfNoc(fields.nocCode);
  if (teer === void 0) throw invalid("nocCode", "must be a NOC 2021 code of 5 digits");
  const mutualId = member.mutual_id;
  const id = await inTransaction(deps, async (tx) => {
    const { id: id2 } = await employeeRepository(tx.db).insert({
      mutual_id: mutualId,
      member_id: memberId,
      first_name: fields.firstName,
      last_name: fields.lastName,
      email: fields.email ?? null,
      job_title: fields.jobTitle,
      noc_code: fields.nocCode,
      teer,
      education_level: fields.educationLevel,
      language: fields.language ?? "fr",
      birth_year: fields.birthYear ?? null,
      hire_date: fields.hireDate
    });
    if (fields.hourlyWageCents) {
      await wageRepository(tx.db).upsert({ mutual_id: mutualId, member_id: memberId, employee_id: id2, effective_on: fields.hireDate, hourly_wage_cents: fields.hourlyWageCents });
    }
    const { hourlyWageCents, ...values } = fields;
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      memberId,
      actorUserId: caller.userId,
      action: "employee.create",
      entityType: "employee",
      entityId: id2,
      change: Object.fromEntries(Object.entries({ ...values, teer, hourlyWageCents }).filter(([, v]) => v !== void 0).map(([k, v]) => [k, { from: null, to: v }]))
    });
    return id2;
  });
  return getEmployee(deps, caller, { employeeId: id });
}
__name(createEmployee, "createEmployee");

// apps/server/src/employees/update-employee.ts
var fieldColumns = {
  firstName: "first_name",
  lastName: "last_name",
  email: "email",
  jobTitle: "job_title",
  nocCode: "noc_code",
  educationLevel: "education_level",
  language: "language",
  birthYear: "birth_year",
  hireDate: "hire_date",
  endDate: "end_date",
  endReason: "end_reason"
};
async function updateEmployee(deps, caller, input) {
  const { employeeId, changes } = input;
  checkBirthYear(changes.birthYear, todayInMontreal(deps.now()));
  await inTransaction(deps, async (tx) => {
    const before = await visibleEmployee(tx, caller, employeeId);
    const beforeView = presentEmployee(before);
    const after = { ...beforeView };
    const patch = {};
    for (const [key, column] of Object.entries(fieldColumns)) {
      const value = changes[key];
      if (value === void 0) continue;
      patch[column] = value;
      after[key] = value;
    }
    if (changes.nocCode !== void 0) {
      if (!isValidNoc(changes.nocCode)) throw invalid("nocCode", "must be a NOC 2021 code of 5 digits");
      patch.teer = teerOfNoc(changes.nocCode);
      after.teer = patch.teer;
    }
    if (changes.endDate === null && changes.endReason === void 0) {
      patch.end_reason = null;
      after.endReason = null;
    }
    const endDate = after.endDate;
    const endReason = after.endReason;
    if (endDate && endDate < after.hireDate) throw invalid("endDate", "cannot be before the hire date");
    if (endDate && !endReason) throw invalid("endReason", "is required with an end date");
    if (!endDate && endReason) throw invalid("endDate", "is required with an end reason");
    const change = changedFields(beforeView, after, [...Object.keys(fieldColumns), "teer"]);
    if (Object.keys(change).length === 0) return;
    patch.updated_at = deps.now().toISOString();
    await employeeRepository(tx.db).update(employeeId, patch);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: before.mutual_id,
      memberId: before.member_id,
      actorUserId: caller.userId,
      action: changes.endDate ? "employee.end" : "employee.update",
      entityType: "employee",
      entityId: employeeId,
      change
    });
  });
  return getEmployee(deps, caller, { employeeId });
}
__name(updateEmployee, "updateEmployee");

// apps/server/src/employees/end-employee.ts
async function endEmployee(deps, caller, input) {
  const current = await visibleEmployee(deps, caller, input.employeeId);
  if (current.end_date) throw new AppError("conflict", `This employee already left on ${current.end_date}`, { fields: [{ field: "endDate", message: "is already set" }] });
  return updateEmployee(deps, caller, { employeeId: input.employeeId, changes: { endDate: input.endDate, endReason: input.endReason } });
}
__name(endEmployee, "endEmployee");

// apps/server/src/employees/employee-filter.ts
function employeeFilterOf(scope, memberId, q) {
  const search = q.search ? foldForSearch(q.search).replace(/\s+/g, " ") : "";
  return { mutualId: scope.mutualId, memberId: memberId ?? scope.memberId, search: search || void 0, status: q.status, teer: q.teer, educationLevel: q.educationLevel };
}
__name(employeeFilterOf, "employeeFilterOf");

// apps/server/src/employees/export-employees.ts
var importHeader = /* @__PURE__ */ __name((field, lang) => EMPLOYEE_IMPORT_COLUMNS.find((c) => c.field === field)?.[lang] ?? field, "importHeader");
function employeeColumns2(lang) {
  const header = /* @__PURE__ */ __name((field) => importHeader(field, lang), "header");
  return [
    { header: header("first_name"), value: /* @__PURE__ */ __name((e) => e.firstName, "value"), width: 18 },
    { header: header("last_name"), value: /* @__PURE__ */ __name((e) => e.lastName, "value"), width: 20 },
    { header: header("email"), value: /* @__PURE__ */ __name((e) => e.email, "value"), width: 30 },
    { header: header("job_title"), value: /* @__PURE__ */ __name((e) => e.jobTitle, "value"), width: 28 },
    { header: header("noc_code"), value: /* @__PURE__ */ __name((e) => e.nocCode, "value") },
    { header: header("education_level"), value: /* @__PURE__ */ __name((e) => e.educationLevel, "value") },
    { header: header("language"), value: /* @__PURE__ */ __name((e) => e.language, "value") },
    { header: header("birth_year"), value: /* @__PURE__ */ __name((e) => e.birthYear, "value") },
    { header: header("hire_date"), value: /* @__PURE__ */ __name((e) => e.hireDate, "value") },
    { header: header("end_date"), value: /* @__PURE__ */ __name((e) => e.endDate, "value") },
    { header: header("end_reason"), value: /* @__PURE__ */ __name((e) => e.endReason, "value") },
    { header: header("hourly_wage"), value: /* @__PURE__ */ __name((e) => e.currentHourlyWageCents === null ? null : e.currentHourlyWageCents / 100, "value") },
    { header: "FEER/TEER", value: /* @__PURE__ */ __name((e) => e.teer, "value") },
    { header: lang === "fr" ? "Entreprise" : "Firm", value: /* @__PURE__ */ __name((e) => e.memberName, "value"), width: 30 },
    { header: lang === "fr" ? "Identifiant" : "Id", value: /* @__PURE__ */ __name((e) => e.id, "value"), width: 38 }
  ];
}
__name(employeeColumns2, "employeeColumns");
async function exportEmployees(deps, caller, input) {
  const { memberId, format, lang, ...filter } = input;
  const scope = memberScopeOf(caller);
  if (memberId) await visibleMember(deps, caller, memberId);
  const rows = await employeeRepository(deps.db).listAll(employeeFilterOf(scope, memberId, filter));
  await logEmployeeAccess(deps.db, caller, { mutualId: scope.mutualId, employeeIds: rows.map((r) => r.id), purpose: "employee.export" });
  const body = await writeTable(format, lang === "fr" ? "Employ\xE9s" : "Employees", employeeColumns2(lang), rows.map(presentEmployee));
  return { filename: `${lang === "fr" ? "employes" : "employees"}.${format}`, contentType: contentTypes[format], body };
}
__name(exportEmployees, "exportEmployees");

// apps/server/src/employees/get-employee-import.ts
async function getEmployeeImport(deps, caller, input) {
  const member = await visibleMember(deps, caller, input.memberId);
  const saved = await employeeRepository(deps.db).findImport(input.importId, member.id, member.mutual_id);
  if (!saved) throw notFound("Import");
  return presentImportPreview(saved, saved.rows, saved.errors);
}
__name(getEmployeeImport, "getEmployeeImport");

// apps/server/src/employees/get-employee-import-template.ts
async function getEmployeeImportTemplate(_deps, _caller, input) {
  const { format, lang } = input;
  const columns = EMPLOYEE_IMPORT_COLUMNS.map((c) => ({
    header: c[lang],
    value: /* @__PURE__ */ __name((row) => row[c.field] ?? "", "value"),
    width: Math.max(14, c[lang].length + 2)
  }));
  const example = Object.fromEntries(EMPLOYEE_IMPORT_COLUMNS.map((c) => [c.field, lang === "fr" ? c.exampleFr : c.exampleEn]));
  const body = await writeTable(format, lang === "fr" ? "Employ\xE9s" : "Employees", columns, [example]);
  return { filename: `${lang === "fr" ? "modele-employes" : "employee-template"}.${format}`, contentType: contentTypes[format], body };
}
__name(getEmployeeImportTemplate, "getEmployeeImportTemplate");

// apps/server/src/employees/list-employees.ts
async function listEmployees(deps, caller, input) {
  const { memberId, sort, order, page, pageSize, ...filter } = input;
  const scope = memberScopeOf(caller);
  if (memberId) await visibleMember(deps, caller, memberId);
  const access = { mutualId: scope.mutualId, actorUserId: caller.userId, purpose: memberId ? "employee.list.member" : "employee.list.mutual" };
  const { items, total } = await employeeRepository(deps.db).list(employeeFilterOf(scope, memberId, filter), sort, order, page, pageSize, access);
  return pageOf(items.map(presentEmployee), total, { page, pageSize });
}
__name(listEmployees, "listEmployees");

// apps/server/src/employees/list-wages.ts
async function listWages(deps, caller, input) {
  const { employeeId, page, pageSize } = input;
  const employee = await visibleEmployee(deps, caller, employeeId);
  const { items, total } = await wageRepository(deps.db).list(employeeId, { limit: pageSize, offset: (page - 1) * pageSize });
  await logEmployeeAccess(deps.db, caller, { mutualId: employee.mutual_id, employeeIds: [employeeId], purpose: "wage.list", entityType: "wage" });
  return pageOf(items.map(presentWage), total, { page, pageSize });
}
__name(listWages, "listWages");

// apps/server/src/employees/preview-employee-import.ts
var MAX_IMPORT_ROWS = 5e4;
var IMPORT_TTL_MS = 60 * 60 * 1e3;
async function previewEmployeeImport(deps, caller, input) {
  const { memberId, file } = input;
  const member = await visibleMember(deps, caller, memberId);
  if (file.bytes.length === 0) throw new AppError("validation_failed", "The file is empty", { fields: [{ field: "file", message: "is empty" }] });
  const table = await readTableFile(file.filename, file.bytes);
  if (table.headers.length === 0) throw new AppError("import_failed", "The file has no header row", { fields: [{ row: 1, field: "file", message: "has no header row" }] });
  const mapping = mapImportHeaders(table.headers);
  if (mapping.missing.length || mapping.duplicated.length) {
    const fields = [
      ...mapping.missing.map((field) => ({ row: 1, field, message: "column is missing" })),
      ...mapping.duplicated.map((field) => ({ row: 1, field, message: "column appears twice" }))
    ];
    throw new AppError("import_failed", `The header row is not usable: ${fields.map((f) => `${f.field} ${f.message}`).join("; ")}`, { fields });
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw new AppError("import_failed", `The file has ${table.rows.length} rows; at most ${MAX_IMPORT_ROWS} per import`, { fields: [{ field: "file", message: `has more than ${MAX_IMPORT_ROWS} rows` }] });
  }
  const today = todayInMontreal(deps.now());
  const match = matcher(await employeeRepository(deps.db).matchKeys(memberId));
  const seenEmails = /* @__PURE__ */ new Map();
  const seenNames = /* @__PURE__ */ new Map();
  const rows = [];
  const errors = [];
  for (const { rowNumber, cells } of table.rows) {
    const values = {};
    for (const [index, field] of mapping.fields) values[field] = cells[index] ?? null;
    const parsed = parseEmployeeRow(values, { today });
    if (!parsed.ok) {
      for (const e of parsed.errors) errors.push({ row: rowNumber, field: e.field, message: e.message });
      const raw = {};
      for (const [field, v] of Object.entries(values)) raw[field] = cellText(v);
      rows.push({ row: rowNumber, action: "invalid", employeeId: null, data: null, raw });
      continue;
    }
    const r = parsed.row;
    const nameKey = employeeNameKey(r);
    const twinRow = r.email && seenEmails.get(r.email) || seenNames.get(nameKey);
    if (twinRow) {
      const field = r.email && seenEmails.has(r.email) ? "email" : "last_name";
      errors.push({ row: rowNumber, field, message: `same employee as row ${twinRow}` });
      rows.push({ row: rowNumber, action: "invalid", employeeId: null, data: r, raw: {} });
      continue;
    }
    if (r.email) seenEmails.set(r.email, rowNumber);
    seenNames.set(nameKey, rowNumber);
    const employeeId = match(r);
    rows.push({ row: rowNumber, action: employeeId ? "update" : "create", employeeId, data: r, raw: {} });
  }
  const employees = employeeRepository(deps.db);
  await employees.deleteExpiredImports(deps.now().toISOString());
  const saved = await employees.saveImport({
    mutual_id: member.mutual_id,
    member_id: memberId,
    created_by: caller.userId,
    filename: file.filename.slice(0, 255),
    row_count: rows.length,
    error_count: errors.length,
    rows: JSON.stringify(rows),
    errors: JSON.stringify(errors),
    ignored_columns: JSON.stringify(mapping.ignored),
    present_fields: JSON.stringify([...new Set(mapping.fields.values())]),
    expires_at: new Date(deps.now().getTime() + IMPORT_TTL_MS).toISOString()
  });
  return presentImportPreview(saved, rows, errors);
}
__name(previewEmployeeImport, "previewEmployeeImport");

// apps/server/src/employees/routes.ts
function notStored(c, file) {
  c.header("cache-control", "no-store");
  return file;
}
__name(notStored, "notStored");
function registerEmployeeRoutes(app, deps) {
  serve(app, employeeEndpoints.listOfMutual, ["coordinator"], ({ query }, caller) => listEmployees(deps, caller, { memberId: null, ...query }));
  serve(app, employeeEndpoints.exportOfMutual, ["coordinator"], ({ query }, caller, c) => notStored(c, exportEmployees(deps, caller, { memberId: null, ...query })));
  serve(app, employeeImportEndpoints.template, MEMBER_RECORD_ROLES, ({ query }, caller, c) => notStored(c, getEmployeeImportTemplate(deps, caller, query)));
  serve(app, employeeEndpoints.listOfMember, MEMBER_RECORD_ROLES, ({ params, query }, caller) => listEmployees(deps, caller, { ...params, ...query }));
  serve(app, employeeEndpoints.exportOfMember, MEMBER_RECORD_ROLES, ({ params, query }, caller, c) => notStored(c, exportEmployees(deps, caller, { ...params, ...query })));
  serve(app, employeeEndpoints.create, MEMBER_RECORD_ROLES, ({ params, body }, caller) => createEmployee(deps, caller, { memberId: params.memberId, employee: body }));
  serve(app, employeeImportEndpoints.preview, MEMBER_RECORD_ROLES, ({ params, body }, caller) => previewEmployeeImport(deps, caller, { memberId: params.memberId, file: body }));
  serve(app, employeeImportEndpoints.get, MEMBER_RECORD_ROLES, ({ params }, caller) => getEmployeeImport(deps, caller, params));
  serve(app, employeeImportEndpoints.commit, MEMBER_RECORD_ROLES, ({ params }, caller) => commitEmployeeImport(deps, caller, params));
  serve(app, employeeEndpoints.get, MEMBER_RECORD_ROLES, ({ params }, caller) => getEmployee(deps, caller, params));
  serve(app, employeeEndpoints.update, MEMBER_RECORD_ROLES, ({ params, body }, caller) => updateEmployee(deps, caller, { employeeId: params.employeeId, changes: body }));
  serve(app, employeeEndpoints.end, MEMBER_RECORD_ROLES, ({ params, body }, caller) => endEmployee(deps, caller, { ...params, ...body }));
  serve(app, wageEndpoints.list, MEMBER_RECORD_ROLES, ({ params, query }, caller) => listWages(deps, caller, { ...params, ...query }));
  serve(app, wageEndpoints.add, MEMBER_RECORD_ROLES, ({ params, body }, caller) => addWage(deps, caller, { employeeId: params.employeeId, wage: body }));
}
__name(registerEmployeeRoutes, "registerEmployeeRoutes");

// apps/server/src/reference/get-reference-data.ts
var statusLabels = {
  prospect: { fr: "Prospect", en: "Prospect" },
  active: { fr: "Active", en: "Active" },
  lapsed: { fr: "\xC9chue", en: "Lapsed" },
  withdrawn: { fr: "Retir\xE9e", en: "Withdrawn" }
};
var referenceData = {
  regions: REGIONS.map((r) => ({ ...r })),
  scianSectors: SCIAN_SECTORS.map((s) => ({ ...s, prefixes: [...s.prefixes] })),
  scianSubsectors: SCIAN_SUBSECTORS.map((s) => ({ ...s })),
  nocBroadCategories: NOC_BROAD_CATEGORIES.map((c) => ({ ...c })),
  teerLevels: TEER_LEVELS.map((t) => ({ ...t })),
  educationLevels: EDUCATION_LEVELS.map((e) => ({ ...e })),
  languages: LANGUAGES.map((l) => ({ ...l })),
  sizeClasses: SIZE_CLASSES.map((s) => ({ ...s })),
  endReasons: END_REASONS.map((r) => ({ ...r })),
  memberStatuses: MEMBER_STATUSES.map((code) => ({ code, ...statusLabels[code], next: [...allowedNextStatuses(code)] })),
  employeeImportColumns: EMPLOYEE_IMPORT_COLUMNS.map((c) => ({ field: c.field, fr: c.fr, en: c.en, required: c.required, aliases: [...c.aliases] }))
};
var getReferenceData = /* @__PURE__ */ __name(() => referenceData, "getReferenceData");

// apps/server/src/reference/routes.ts
function registerReferenceRoutes(app, _deps) {
  servePublic(app, referenceEndpoints.get, (_input, _caller, c) => {
    c.header("cache-control", "public, max-age=3600");
    return getReferenceData();
  });
}
__name(registerReferenceRoutes, "registerReferenceRoutes");

// apps/server/src/diagnostics/present.ts
var constraintsOf = /* @__PURE__ */ __name((raw) => diagnosticConstraintsSchema.parse(raw ?? {}), "constraintsOf");
function fieldsOf(r) {
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    status: r.status,
    scheduledOn: r.scheduled_on,
    conductedBy: r.conducted_by,
    challenges: r.challenges,
    skillsGaps: r.skills_gaps ?? [],
    priorities: r.priorities,
    constraints: constraintsOf(r.constraints),
    notes: r.notes,
    startedAt: r.started_at,
    completedAt: r.completed_at,
    validatedAt: r.validated_at,
    validatedBy: r.validated_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  };
}
__name(fieldsOf, "fieldsOf");
var presentDiagnosticSummary = /* @__PURE__ */ __name((r) => ({ ...fieldsOf(r), needCount: r.need_count }), "presentDiagnosticSummary");
async function presentDiagnostic(db, scope, r) {
  const needs = await needRepository(db).all(scope, { diagnosticId: r.id });
  return { ...fieldsOf(r), needs: await presentNeeds(db, needs) };
}
__name(presentDiagnostic, "presentDiagnostic");

// apps/server/src/diagnostics/repository.ts
import { sql as sql4 } from "kysely";
function diagnosticRepository(db) {
  const base = /* @__PURE__ */ __name((scope) => {
    let q = db.selectFrom("diagnostic as d").innerJoin("member as m", "m.id", "d.member_id").selectAll("d").select(["m.legal_name as member_name", sql4`(select count(*)::int from need n where n.diagnostic_id = d.id)`.as("need_count")]).where("d.mutual_id", "=", scope.mutualId);
    if (scope.memberId) q = q.where("d.member_id", "=", scope.memberId);
    return q;
  }, "base");
  const filtered = /* @__PURE__ */ __name((scope, f) => {
    let q = db.selectFrom("diagnostic as d").where("d.mutual_id", "=", scope.mutualId);
    if (scope.memberId) q = q.where("d.member_id", "=", scope.memberId);
    if (f.memberId) q = q.where("d.member_id", "=", f.memberId);
    if (f.status) q = q.where("d.status", "=", f.status);
    return q;
  }, "filtered");
  return {
    /** A page of diagnostics, latest scheduled first. */
    list(scope, f, page) {
      let q = base(scope);
      if (f.memberId) q = q.where("d.member_id", "=", f.memberId);
      if (f.status) q = q.where("d.status", "=", f.status);
      return q.orderBy("d.scheduled_on", "desc").orderBy("d.id").limit(page.limit).offset(page.offset).execute();
    },
    async count(scope, f) {
      const row = await filtered(scope, f).select(sql4`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      return row.n;
    },
    find(scope, id) {
      return base(scope).where("d.id", "=", id).executeTakeFirst();
    },
    async insert(values) {
      return (await db.insertInto("diagnostic").values(values).returning("id").executeTakeFirstOrThrow()).id;
    },
    async update(mutualId, id, values) {
      await db.updateTable("diagnostic").set(values).where("mutual_id", "=", mutualId).where("id", "=", id).execute();
    }
  };
}
__name(diagnosticRepository, "diagnosticRepository");

// apps/server/src/diagnostics/visible-diagnostic.ts
async function visibleDiagnostic(deps, caller, diagnosticId) {
  const row = await diagnosticRepository(deps.db).find(memberScopeOf(caller), diagnosticId);
  if (!row) throw notFound("Diagnostic");
  return row;
}
__name(visibleDiagnostic, "visibleDiagnostic");

// apps/server/src/diagnostics/get-diagnostic.ts
async function getDiagnostic(deps, caller, input) {
  const row = await visibleDiagnostic(deps, caller, input.diagnosticId);
  return presentDiagnostic(deps.db, memberScopeOf(caller), row);
}
__name(getDiagnostic, "getDiagnostic");

// apps/server/src/diagnostics/create-diagnostic.ts
async function createDiagnostic(deps, caller, input) {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    if (!await needRepository(tx.db).member(mutualId, input.memberId)) throw invalid("memberId", "no such member in this mutual");
    const id = await diagnosticRepository(tx.db).insert({
      mutual_id: mutualId,
      member_id: input.memberId,
      scheduled_on: input.scheduledOn,
      conducted_by: caller.userId,
      challenges: input.challenges ?? "",
      skills_gaps: JSON.stringify(input.skillsGaps ?? []),
      priorities: input.priorities ?? "",
      constraints: JSON.stringify(constraintsOf(input.constraints)),
      notes: input.notes ?? "",
      created_at: now.toISOString(),
      updated_at: now.toISOString()
    });
    await auditRepository(tx.db).record({ at: now, mutualId, memberId: input.memberId, actorUserId: caller.userId, action: "diagnostic.create", entityType: "diagnostic", entityId: id, change: input });
    return getDiagnostic(tx, caller, { diagnosticId: id });
  });
}
__name(createDiagnostic, "createDiagnostic");

// apps/server/src/diagnostics/list-diagnostics.ts
async function listDiagnostics(deps, caller, query) {
  const scope = memberScopeOf(caller);
  const { page, pageSize, ...filter } = query;
  const repo = diagnosticRepository(deps.db);
  const [rows, total] = await Promise.all([repo.list(scope, filter, { limit: pageSize, offset: (page - 1) * pageSize }), repo.count(scope, filter)]);
  return pageOf(rows.map(presentDiagnosticSummary), total, { page, pageSize });
}
__name(listDiagnostics, "listDiagnostics");

// apps/server/src/diagnostics/set-proposed-needs.ts
async function setProposedNeeds(deps, caller, input) {
  const { diagnosticId: id, lines } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const row = await visibleDiagnostic(tx, caller, id);
    const mutualId = row.mutual_id;
    if (!diagnosticIsEditable(row.status)) throw new AppError("conflict", `This diagnostic is ${row.status}; reopen it to change its lines`);
    const repo = needRepository(tx.db);
    const member = await repo.member(mutualId, row.member_id);
    if (!member) throw notFound("Member");
    const k = constraintsOf(row.constraints);
    const values = [];
    for (const [i, l] of lines.entries()) {
      await requireActiveTopic(tx.db, mutualId, l.topicId, `lines.${i}.topicId`);
      const languages = l.languages ?? (k.languages.length ? k.languages : ["fr"]);
      const modes = l.modes ?? (k.modes.length ? k.modes : [...TRAINING_MODES]);
      const periods = l.periods ?? k.periods;
      if (periods.length === 0) throw invalid(`lines.${i}.periods`, "give periods here or in the constraints");
      values.push({
        mutual_id: mutualId,
        member_id: row.member_id,
        topic_id: l.topicId,
        diagnostic_id: id,
        seats: l.seats,
        noc_code: l.nocCode ?? null,
        languages: [...new Set(languages)],
        modes: [...new Set(modes)],
        region_code: l.regionCode ?? k.regionCode ?? member.region_code,
        periods: [...new Set(periods)].sort(),
        priority: l.priority ?? "medium",
        max_price_per_seat_cents: l.maxPricePerSeatCents ?? k.maxPricePerSeatCents ?? null,
        notes: l.notes ?? "",
        status: "proposed",
        status_changed_at: now.toISOString(),
        source: "diagnostic",
        created_by: caller.userId
      });
    }
    await repo.deleteProposedOfDiagnostic(mutualId, id);
    await repo.insertMany(values);
    await diagnosticRepository(tx.db).update(mutualId, id, { updated_at: now.toISOString() });
    await auditRepository(tx.db).record({ at: now, mutualId, memberId: row.member_id, actorUserId: caller.userId, action: "diagnostic.set_lines", entityType: "diagnostic", entityId: id, change: { lines } });
    return getDiagnostic(tx, caller, { diagnosticId: id });
  });
}
__name(setProposedNeeds, "setProposedNeeds");

// apps/server/src/diagnostics/transition-diagnostic.ts
async function transitionDiagnostic(deps, caller, input) {
  const { diagnosticId: id, status: to } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const row = await visibleDiagnostic(tx, caller, id);
    const mutualId = row.mutual_id;
    if (!canTransitionDiagnostic(row.status, to)) {
      throw new AppError("conflict", `A diagnostic cannot go from ${row.status} to ${to}`, { fields: [{ field: "status", message: `cannot go from ${row.status} to ${to}` }] });
    }
    const proposedLines = /* @__PURE__ */ __name(() => needRepository(tx.db).all({ mutualId, memberId: null }, { diagnosticId: id, status: "proposed" }), "proposedLines");
    if (to === "completed" && (await proposedLines()).length === 0) throw invalid("status", "propose at least one need line before completing the diagnostic");
    const nowIso = now.toISOString();
    await diagnosticRepository(tx.db).update(mutualId, id, {
      status: to,
      started_at: to === "in_progress" ? row.started_at ?? nowIso : void 0,
      completed_at: to === "completed" ? nowIso : void 0,
      updated_at: nowIso
    });
    if (to === "cancelled") {
      const proposed = await proposedLines();
      if (proposed.length) await changeNeedStatus(tx.db, { mutualId, userId: caller.userId }, proposed.map((n) => n.id), "withdrawn", now, "diagnostic cancelled");
    }
    await auditRepository(tx.db).record({ at: now, mutualId, memberId: row.member_id, actorUserId: caller.userId, action: `diagnostic.${to}`, entityType: "diagnostic", entityId: id, change: { from: row.status, to } });
    return getDiagnostic(tx, caller, { diagnosticId: id });
  });
}
__name(transitionDiagnostic, "transitionDiagnostic");

// apps/server/src/diagnostics/update-diagnostic.ts
async function updateDiagnostic(deps, caller, input) {
  const { diagnosticId: id, changes } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const row = await visibleDiagnostic(tx, caller, id);
    if (!diagnosticIsEditable(row.status)) throw new AppError("conflict", `This diagnostic is ${row.status}; reopen it to change it`);
    await diagnosticRepository(tx.db).update(row.mutual_id, id, {
      scheduled_on: changes.scheduledOn,
      challenges: changes.challenges,
      skills_gaps: changes.skillsGaps ? JSON.stringify(changes.skillsGaps) : void 0,
      priorities: changes.priorities,
      constraints: changes.constraints ? JSON.stringify(changes.constraints) : void 0,
      notes: changes.notes,
      updated_at: now.toISOString()
    });
    await auditRepository(tx.db).record({ at: now, mutualId: row.mutual_id, memberId: row.member_id, actorUserId: caller.userId, action: "diagnostic.update", entityType: "diagnostic", entityId: id, change: changes });
    return getDiagnostic(tx, caller, { diagnosticId: id });
  });
}
__name(updateDiagnostic, "updateDiagnostic");

// apps/server/src/diagnostics/validate-diagnostic.ts
async function validateDiagnostic(deps, caller, input) {
  if (caller.role !== "member_contact") throw forbidden("Only the member contact validates its diagnostic");
  const { diagnosticId: id } = input;
  const rejectedNeedIds = input.rejectedNeedIds ?? [];
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const row = await visibleDiagnostic(tx, caller, id);
    const mutualId = row.mutual_id;
    if (!canTransitionDiagnostic(row.status, "validated")) throw new AppError("conflict", `A ${row.status} diagnostic cannot be validated`);
    const proposed = await needRepository(tx.db).all({ mutualId, memberId: row.member_id }, { diagnosticId: id, status: "proposed" });
    const ids = new Set(proposed.map((n) => n.id));
    const unknown = rejectedNeedIds.filter((x) => !ids.has(x));
    if (unknown.length) throw invalid("rejectedNeedIds", `not proposed lines of this diagnostic: ${unknown.join(", ")}`);
    const rejected = new Set(rejectedNeedIds);
    const accepted = proposed.filter((n) => !rejected.has(n.id)).map((n) => n.id);
    const actor = { mutualId, userId: caller.userId };
    if (accepted.length) await changeNeedStatus(tx.db, actor, accepted, "open", now, "validated by the member");
    if (rejected.size) await changeNeedStatus(tx.db, actor, [...rejected], "withdrawn", now, "rejected by the member");
    const nowIso = now.toISOString();
    await diagnosticRepository(tx.db).update(mutualId, id, { status: "validated", validated_at: nowIso, validated_by: caller.userId, updated_at: nowIso });
    await auditRepository(tx.db).record({ at: now, mutualId, memberId: row.member_id, actorUserId: caller.userId, action: "diagnostic.validated", entityType: "diagnostic", entityId: id, change: { accepted, rejected: [...rejected] } });
    return getDiagnostic(tx, caller, { diagnosticId: id });
  });
}
__name(validateDiagnostic, "validateDiagnostic");

// apps/server/src/diagnostics/routes.ts
function registerDiagnosticRoutes(app, deps) {
  serve(app, diagnosticEndpoints.list, MEMBER_RECORD_ROLES, ({ query }, caller) => listDiagnostics(deps, caller, query));
  serve(app, diagnosticEndpoints.create, ["coordinator"], ({ body }, caller) => createDiagnostic(deps, caller, body));
  serve(app, diagnosticEndpoints.get, MEMBER_RECORD_ROLES, ({ params }, caller) => getDiagnostic(deps, caller, params));
  serve(app, diagnosticEndpoints.update, ["coordinator"], ({ params, body }, caller) => updateDiagnostic(deps, caller, { diagnosticId: params.diagnosticId, changes: body }));
  serve(app, diagnosticEndpoints.transition, ["coordinator"], ({ params, body }, caller) => transitionDiagnostic(deps, caller, { ...params, ...body }));
  serve(app, diagnosticEndpoints.setProposedNeeds, ["coordinator"], ({ params, body }, caller) => setProposedNeeds(deps, caller, { ...params, ...body }));
  serve(app, diagnosticEndpoints.validate, ["member_contact"], ({ params, body }, caller) => validateDiagnostic(deps, caller, { ...params, ...body }));
}
__name(registerDiagnosticRoutes, "registerDiagnosticRoutes");

// apps/server/src/quotes/repository.ts
import { sql as sql5 } from "kysely";
function quoteRepository(db) {
  const base = /* @__PURE__ */ __name(() => db.selectFrom("quote_request as q").innerJoin("topic as t", "t.id", "q.topic_id").selectAll("q").select(["t.code as topic_code", "t.name_fr as topic_name_fr", "t.name_en as topic_name_en"]), "base");
  const filtered = /* @__PURE__ */ __name((mutualId, f) => {
    let q = db.selectFrom("quote_request as q").innerJoin("topic as t", "t.id", "q.topic_id").where("q.mutual_id", "=", mutualId);
    if (f.providerId)
      q = q.where(
        ({ exists, selectFrom }) => exists(selectFrom("quote_request_provider as x").select("x.provider_id").whereRef("x.quote_request_id", "=", "q.id").where("x.provider_id", "=", f.providerId))
      );
    if (f.status) q = q.where("q.status", "=", f.status);
    if (f.topicId) q = q.where("q.topic_id", "=", f.topicId);
    return q;
  }, "filtered");
  return {
    /** A page of the requests, newest first, with the counts a list shows (and the trainer's provider's status). */
    list(mutualId, f, page) {
      const providerId = f.providerId ?? null;
      return filtered(mutualId, f).selectAll("q").select(["t.code as topic_code", "t.name_fr as topic_name_fr", "t.name_en as topic_name_en"]).select([
        sql5`(select x.status from quote_request_provider x where x.quote_request_id = q.id and x.provider_id = ${providerId}::uuid)`.as("my_status"),
        sql5`(select count(*)::int from quote_request_provider x where x.quote_request_id = q.id)`.as("provider_count"),
        sql5`(select count(distinct r.provider_id)::int from quote_response r where r.quote_request_id = q.id)`.as("answer_count")
      ]).orderBy("q.created_at", "desc").orderBy("q.id").limit(page.limit).offset(page.offset).execute();
    },
    async count(mutualId, f) {
      const row = await filtered(mutualId, f).select(sql5`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      return row.n;
    },
    find(mutualId, id) {
      return base().where("q.mutual_id", "=", mutualId).where("q.id", "=", id).executeTakeFirst();
    },
    providers(requestId) {
      return db.selectFrom("quote_request_provider as x").innerJoin("provider as p", "p.id", "x.provider_id").selectAll("x").select(["p.name as provider_name", "p.email as provider_email", "p.contacts as provider_contacts"]).where("x.quote_request_id", "=", requestId).orderBy("p.name").execute();
    },
    responses(requestId) {
      return db.selectFrom("quote_response as r").innerJoin("provider as p", "p.id", "r.provider_id").selectAll("r").select("p.name as provider_name").where("r.quote_request_id", "=", requestId).orderBy("r.submitted_at").orderBy("r.id").execute();
    },
    events(requestId) {
      return db.selectFrom("quote_event as e").leftJoin("app_user as u", "u.id", "e.actor_user_id").selectAll("e").select("u.display_name as actor_name").where("e.quote_request_id", "=", requestId).orderBy("e.id").execute();
    },
    async insert(values) {
      return (await db.insertInto("quote_request").values(values).returning("id").executeTakeFirstOrThrow()).id;
    },
    async update(mutualId, id, values) {
      await db.updateTable("quote_request").set(values).where("mutual_id", "=", mutualId).where("id", "=", id).execute();
    },
    async insertProviders(values) {
      if (values.length) await db.insertInto("quote_request_provider").values(values).execute();
    },
    async updateProvider(requestId, providerId, values) {
      await db.updateTable("quote_request_provider").set(values).where("quote_request_id", "=", requestId).where("provider_id", "=", providerId).execute();
    },
    async insertResponse(values) {
      return (await db.insertInto("quote_response").values(values).returning("id").executeTakeFirstOrThrow()).id;
    },
    async updateResponses(requestId, where, values) {
      let q = db.updateTable("quote_response").set(values).where("quote_request_id", "=", requestId);
      if (where.providerId) q = q.where("provider_id", "=", where.providerId);
      if (where.status) q = q.where("status", "=", where.status);
      await q.execute();
    },
    async setResponseStatus(responseId, status) {
      await db.updateTable("quote_response").set({ status }).where("id", "=", responseId).execute();
    },
    async event(values) {
      await db.insertInto("quote_event").values(values).execute();
    },
    /** Open needs of a cell: topic(s), optionally region, language and periods overlapping. */
    cellNeeds(mutualId, f) {
      let q = db.selectFrom("need").select(["id", "member_id", "seats", "topic_id", "status"]).where("mutual_id", "=", mutualId).where("topic_id", "in", f.topicIds);
      if (f.needIds) q = q.where("id", "in", f.needIds.length ? f.needIds : ["00000000-0000-0000-0000-000000000000"]);
      else {
        q = q.where("status", "=", "open");
        if (f.regionCode) q = q.where("region_code", "=", f.regionCode);
        if (f.language) q = q.where(sql5`${f.language} = any(languages)`);
        if (f.periods?.length) q = q.where(sql5`periods && ${sql5.val(f.periods)}::text[]`);
      }
      return q.execute();
    }
  };
}
__name(quoteRepository, "quoteRepository");

// apps/server/src/quotes/present.ts
var presentQuoteRequestSummary = /* @__PURE__ */ __name((r, scope) => ({
  id: r.id,
  topicId: r.topic_id,
  topicCode: r.topic_code,
  title: r.title,
  regionCode: r.region_code,
  language: r.language,
  periods: r.periods,
  seats: r.seats,
  membersCount: r.members_count,
  responseDueOn: r.response_due_on,
  status: r.status,
  providerCount: scope.providerId ? 1 : r.provider_count,
  answerCount: scope.providerId ? 0 : r.answer_count,
  myStatus: r.my_status ?? null,
  createdAt: r.created_at
}), "presentQuoteRequestSummary");
async function presentQuoteRequest(db, scope, row) {
  const repo = quoteRepository(db);
  const [providers, responses, events] = await Promise.all([repo.providers(row.id), repo.responses(row.id), repo.events(row.id)]);
  const mine = /* @__PURE__ */ __name((list) => scope.providerId ? list.filter((x) => x.provider_id === scope.providerId) : list, "mine");
  const current = responses.filter((r) => quoteResponseIsCompared(r.status));
  const compared = scope.providerId ? /* @__PURE__ */ new Map() : new Map(
    compareQuoteAnswers(
      current.map((r) => ({ id: r.id, fixedCostCents: r.fixed_cost_cents, seatCostCents: r.seat_cost_cents, minSeats: r.min_seats, maxSeats: r.max_seats })),
      row.seats
    ).map((c, i) => [c.id, { rank: i + 1, totalCents: c.totalCents, perSeatCents: c.perSeatCents, meetsMinimum: c.meetsMinimum }])
  );
  const shownToAll = QUOTE_EVENTS_SHOWN_TO_EVERY_PROVIDER;
  const visibleEvents = scope.providerId ? events.filter((e) => e.provider_id === scope.providerId || e.provider_id === null && shownToAll.includes(e.kind)) : events;
  return {
    id: row.id,
    topicId: row.topic_id,
    topicCode: row.topic_code,
    topicNameFr: row.topic_name_fr,
    topicNameEn: row.topic_name_en,
    title: row.title,
    details: row.details,
    regionCode: row.region_code,
    language: row.language,
    modes: row.modes,
    periods: row.periods,
    seats: row.seats,
    membersCount: row.members_count,
    needIds: scope.providerId ? [] : row.need_ids,
    responseDueOn: row.response_due_on,
    status: row.status,
    acceptedResponseId: scope.providerId ? null : row.accepted_response_id,
    courseId: scope.providerId ? null : row.course_id,
    providers: mine(providers).map((p) => ({ providerId: p.provider_id, providerName: p.provider_name, status: p.status, sentAt: p.sent_at, answeredAt: p.answered_at })),
    responses: mine(responses).map((r) => ({
      id: r.id,
      providerId: r.provider_id,
      providerName: r.provider_name,
      fixedCostCents: r.fixed_cost_cents,
      seatCostCents: r.seat_cost_cents,
      minSeats: r.min_seats,
      maxSeats: r.max_seats,
      periods: r.periods,
      durationHours: r.duration_hours === null ? null : Number(r.duration_hours),
      conditions: r.conditions,
      status: r.status,
      submittedAt: r.submitted_at,
      comparison: compared.get(r.id) ?? null
    })),
    events: visibleEvents.map((e) => ({
      at: e.at,
      kind: e.kind,
      providerId: e.provider_id,
      actorName: e.actor_name,
      detail: e.detail ?? {}
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at
  };
}
__name(presentQuoteRequest, "presentQuoteRequest");

// apps/server/src/quotes/visible-quote-request.ts
async function visibleQuoteRequest(deps, caller, quoteRequestId) {
  const scope = providerScopeOf(caller);
  const repo = quoteRepository(deps.db);
  const row = await repo.find(scope.mutualId, quoteRequestId);
  if (!row) throw notFound("Request for quote");
  if (scope.providerId) {
    const providers = await repo.providers(quoteRequestId);
    if (!providers.some((p) => p.provider_id === scope.providerId)) throw notFound("Request for quote");
  }
  return { row, scope };
}
__name(visibleQuoteRequest, "visibleQuoteRequest");

// apps/server/src/quotes/get-quote-request.ts
async function getQuoteRequest(deps, caller, input) {
  const { row, scope } = await visibleQuoteRequest(deps, caller, input.quoteRequestId);
  return presentQuoteRequest(deps.db, scope, row);
}
__name(getQuoteRequest, "getQuoteRequest");

// apps/server/src/quotes/accept-quote-answer.ts
async function acceptQuoteAnswer(deps, caller, input) {
  const { quoteRequestId: id, ...choice } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const { row } = await visibleQuoteRequest(tx, caller, id);
    const mutualId = row.mutual_id;
    if (!quoteRequestIsOpen(row.status)) throw new AppError("conflict", `This request is ${row.status}`);
    const repo = quoteRepository(tx.db);
    const responses = await repo.responses(id);
    const chosen = responses.find((r) => r.id === input.responseId);
    if (!chosen) throw invalid("responseId", "no such answer to this request");
    if (chosen.status !== "submitted") throw invalid("responseId", `this answer is ${chosen.status}`);
    const nowIso = now.toISOString();
    const courses = courseRepository(tx.db);
    const o = input.course ?? {};
    const terms = {
      fixed_cost_cents: chosen.fixed_cost_cents,
      seat_cost_cents: chosen.seat_cost_cents,
      min_seats: chosen.min_seats,
      max_seats: chosen.max_seats,
      periods: chosen.periods
    };
    let courseId;
    let created = false;
    if (input.courseId) {
      const course = await courses.find(mutualId, input.courseId);
      if (!course || course.provider_id !== chosen.provider_id) throw invalid("courseId", "not a course of the answering provider");
      const merged = {
        mode: o.mode ?? course.mode,
        regions: o.regions ?? course.regions,
        periods: chosen.periods,
        fixedCostCents: chosen.fixed_cost_cents,
        seatCostCents: chosen.seat_cost_cents,
        minSeats: chosen.min_seats,
        maxSeats: chosen.max_seats,
        maxSessionsPerPeriod: o.maxSessionsPerPeriod ?? course.max_sessions_per_period,
        durationHours: o.durationHours ?? (chosen.duration_hours === null ? Number(course.duration_hours) : Number(chosen.duration_hours))
      };
      const issues = courseTermIssues(merged);
      if (issues.length) throw new AppError("validation_failed", issues.map((i) => `course.${i.field}: ${i.message}`).join("; "), { fields: issues.map((i) => ({ ...i, field: `course.${i.field}` })) });
      await courses.update(mutualId, course.id, {
        ...terms,
        mode: merged.mode,
        regions: modeUsesRegions(merged.mode) ? merged.regions : [],
        duration_hours: merged.durationHours,
        max_sessions_per_period: merged.maxSessionsPerPeriod,
        title_fr: o.titleFr ?? course.title_fr,
        title_en: o.titleEn ?? course.title_en,
        language: o.language ?? course.language,
        status: "approved",
        approved_at: nowIso,
        approved_by: caller.userId,
        updated_at: nowIso
      });
      courseId = course.id;
    } else {
      const provider = await providerRepository(tx.db).find(mutualId, chosen.provider_id);
      const mode = o.mode ?? (row.modes.length === 1 ? row.modes[0] : "in_person");
      const regions = o.regions ?? (row.region_code ? [row.region_code] : provider?.regions ?? []);
      const merged = {
        mode,
        regions,
        periods: chosen.periods,
        fixedCostCents: chosen.fixed_cost_cents,
        seatCostCents: chosen.seat_cost_cents,
        minSeats: chosen.min_seats,
        maxSeats: chosen.max_seats,
        maxSessionsPerPeriod: o.maxSessionsPerPeriod ?? 1,
        durationHours: o.durationHours ?? (chosen.duration_hours === null ? 7 : Number(chosen.duration_hours))
      };
      const issues = courseTermIssues(merged);
      if (issues.length) throw new AppError("validation_failed", issues.map((i) => `course.${i.field}: ${i.message}`).join("; "), { fields: issues.map((i) => ({ ...i, field: `course.${i.field}` })) });
      courseId = await courses.insert({
        mutual_id: mutualId,
        provider_id: chosen.provider_id,
        topic_id: row.topic_id,
        status: "approved",
        title_fr: o.titleFr ?? row.title,
        title_en: o.titleEn ?? row.title,
        description_fr: row.details,
        description_en: row.details,
        content: chosen.conditions,
        duration_hours: merged.durationHours,
        language: o.language ?? row.language ?? "fr",
        mode,
        regions: modeUsesRegions(mode) ? [...regions].sort() : [],
        ...terms,
        max_sessions_per_period: merged.maxSessionsPerPeriod,
        approved_at: nowIso,
        approved_by: caller.userId
      });
      created = true;
    }
    await repo.updateResponses(id, { status: "submitted" }, { status: "not_selected" });
    await repo.setResponseStatus(chosen.id, "accepted");
    for (const p of await repo.providers(id)) {
      const winner = p.provider_id === chosen.provider_id;
      if (!winner && p.status === "declined") continue;
      await repo.updateProvider(id, p.provider_id, { status: winner ? "accepted" : "not_selected" });
      await repo.event({
        mutual_id: mutualId,
        quote_request_id: id,
        provider_id: p.provider_id,
        at: nowIso,
        actor_user_id: caller.userId,
        kind: winner ? "accepted" : "not_selected",
        detail: JSON.stringify(winner ? { responseId: chosen.id, courseId } : {})
      });
    }
    await repo.event({
      mutual_id: mutualId,
      quote_request_id: id,
      at: nowIso,
      actor_user_id: caller.userId,
      kind: created ? "course_created" : "course_updated",
      detail: JSON.stringify({ courseId, responseId: chosen.id })
    });
    await repo.update(mutualId, id, { status: "accepted", accepted_response_id: chosen.id, course_id: courseId, updated_at: nowIso });
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "quote_request.accept", entityType: "quote_request", entityId: id, change: { ...choice, courseId, created } });
    return getQuoteRequest(tx, caller, { quoteRequestId: id });
  });
}
__name(acceptQuoteAnswer, "acceptQuoteAnswer");

// apps/server/src/quotes/open-for-provider.ts
async function openForProvider(tx, caller, quoteRequestId) {
  const { row, scope } = await visibleQuoteRequest(tx, caller, quoteRequestId);
  const providerId = scope.providerId;
  if (!quoteRequestIsOpen(row.status)) throw new AppError("conflict", `This request is ${row.status}`);
  const repo = quoteRepository(tx.db);
  await repo.updateResponses(quoteRequestId, { providerId, status: "submitted" }, { status: "superseded" });
  return { mutualId: row.mutual_id, providerId, repo };
}
__name(openForProvider, "openForProvider");

// apps/server/src/quotes/answer-quote-request.ts
async function answerQuoteRequest(deps, caller, input) {
  const { quoteRequestId: id, answer } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const { mutualId, providerId, repo } = await openForProvider(tx, caller, id);
    const nowIso = now.toISOString();
    const responseId = await repo.insertResponse({
      mutual_id: mutualId,
      quote_request_id: id,
      provider_id: providerId,
      fixed_cost_cents: answer.fixedCostCents,
      seat_cost_cents: answer.seatCostCents,
      min_seats: answer.minSeats,
      max_seats: answer.maxSeats,
      periods: [...answer.periods].sort(),
      duration_hours: answer.durationHours ?? null,
      conditions: answer.conditions ?? "",
      submitted_by: caller.userId,
      submitted_at: nowIso
    });
    await repo.updateProvider(id, providerId, { status: "answered", answered_at: nowIso });
    await repo.event({ mutual_id: mutualId, quote_request_id: id, provider_id: providerId, at: nowIso, actor_user_id: caller.userId, kind: "answered", detail: JSON.stringify({ responseId, ...answer }) });
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "quote_request.answer", entityType: "quote_request", entityId: id, change: { responseId, ...answer } });
    return getQuoteRequest(tx, caller, { quoteRequestId: id });
  });
}
__name(answerQuoteRequest, "answerQuoteRequest");

// apps/server/src/quotes/cancel-quote-request.ts
async function cancelQuoteRequest(deps, caller, input) {
  const { quoteRequestId: id } = input;
  const reason = input.reason ?? null;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const { row } = await visibleQuoteRequest(tx, caller, id);
    const mutualId = row.mutual_id;
    if (!quoteRequestIsOpen(row.status)) throw new AppError("conflict", `This request is ${row.status}`);
    const nowIso = now.toISOString();
    const repo = quoteRepository(tx.db);
    await repo.update(mutualId, id, { status: "cancelled", updated_at: nowIso });
    await repo.event({ mutual_id: mutualId, quote_request_id: id, at: nowIso, actor_user_id: caller.userId, kind: "cancelled", detail: JSON.stringify({ reason }) });
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "quote_request.cancel", entityType: "quote_request", entityId: id, change: { reason } });
    return getQuoteRequest(tx, caller, { quoteRequestId: id });
  });
}
__name(cancelQuoteRequest, "cancelQuoteRequest");

// apps/server/src/quotes/request-email.ts
function requestEmail(input) {
  const periods = input.periods.join(", ") || "\u2014";
  const subject = `Demande de soumission / Request for quote: ${input.title}`;
  const text2 = [
    `${input.mutualName} vous invite \xE0 soumettre un prix pour la formation \xAB ${input.title} \xBB (${input.topic}).`,
    `Places vis\xE9es : ${input.seats} (${input.members} entreprises) \xB7 P\xE9riodes : ${periods} \xB7 R\xE9gion : ${input.regionCode ?? "\u2014"} \xB7 Langue : ${input.language ?? "\u2014"}${input.dueOn ? ` \xB7 R\xE9ponse attendue avant le ${input.dueOn}` : ""}.`,
    `R\xE9pondez dans le portail formateur : ${input.link}`,
    "---",
    `${input.mutualName} invites you to quote for the training "${input.title}" (${input.topic}).`,
    `Seats: ${input.seats} (${input.members} firms) \xB7 Periods: ${periods} \xB7 Region: ${input.regionCode ?? "\u2014"} \xB7 Language: ${input.language ?? "\u2014"}${input.dueOn ? ` \xB7 Answer by ${input.dueOn}` : ""}.`,
    `Answer in the trainer portal: ${input.link}`,
    "\u2014 Mutualis"
  ].join("\n\n");
  const esc = /* @__PURE__ */ __name((s) => s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]), "esc");
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${esc(subject)}</title></head><body>${text2.split("\n\n").map((p) => `<p>${esc(p)}</p>`).join("")}</body></html>`;
  return { subject, text: text2, html };
}
__name(requestEmail, "requestEmail");
var providerAddress = /* @__PURE__ */ __name((p) => p.provider_email ?? (p.provider_contacts ?? []).find((c) => c.email)?.email ?? null, "providerAddress");

// apps/server/src/quotes/create-quote-request.ts
async function createQuoteRequest(deps, caller, input) {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const topic = await requireActiveTopic(tx.db, mutualId, input.topicId);
    const providerIds = [...new Set(input.providerIds)];
    const providers = await providerRepository(tx.db).findMany(mutualId, providerIds);
    const unknown = providerIds.filter((id2) => !providers.some((p) => p.id === id2));
    if (unknown.length) throw invalid("providerIds", `no such provider in this mutual: ${unknown.join(", ")}`);
    const inactive = providers.filter((p) => !p.active);
    if (inactive.length) throw invalid("providerIds", `inactive provider: ${inactive.map((p) => p.name).join(", ")}`);
    const topics = await topicRepository(tx.db).codes(mutualId);
    const topicIds = topicWithDescendants(
      topics.map((t) => ({ id: t.id, parentId: t.parent_id })),
      topic.id
    );
    const repo = quoteRepository(tx.db);
    const needs = await repo.cellNeeds(mutualId, {
      topicIds,
      regionCode: input.regionCode,
      language: input.language,
      periods: input.periods,
      needIds: input.needIds ? [...new Set(input.needIds)] : void 0
    });
    if (input.needIds) {
      const found = new Set(needs.map((n) => n.id));
      const missing = [...new Set(input.needIds)].filter((id2) => !found.has(id2));
      if (missing.length) throw invalid("needIds", `not needs of this mutual on this topic: ${missing.join(", ")}`);
      const closed = needs.filter((n) => n.status !== "open");
      if (closed.length) throw invalid("needIds", `not open: ${closed.map((n) => n.id).join(", ")}`);
    }
    if (needs.length === 0) throw invalid("needIds", "no open need matches this request");
    const seats = needs.reduce((s, n) => s + n.seats, 0);
    const members = new Set(needs.map((n) => n.member_id)).size;
    const nowIso = now.toISOString();
    const id = await repo.insert({
      mutual_id: mutualId,
      topic_id: topic.id,
      title: input.title,
      details: input.details ?? "",
      region_code: input.regionCode ?? null,
      language: input.language ?? null,
      modes: input.modes ?? [],
      periods: [...input.periods ?? []].sort(),
      seats,
      members_count: members,
      need_ids: needs.map((n) => n.id),
      response_due_on: input.responseDueOn ?? null,
      created_by: caller.userId,
      created_at: nowIso,
      updated_at: nowIso
    });
    await repo.insertProviders(providers.map((p) => ({ quote_request_id: id, provider_id: p.id, mutual_id: mutualId, sent_at: nowIso })));
    await repo.event({ mutual_id: mutualId, quote_request_id: id, at: nowIso, actor_user_id: caller.userId, kind: "created", detail: JSON.stringify({ seats, members, needs: needs.length }) });
    const mutual = await mutualRepository(tx.db).find(mutualId);
    if (!mutual) throw notFound("Mutual");
    for (const p of await repo.providers(id)) {
      const to = providerAddress(p);
      if (to) {
        const email = requestEmail({
          title: input.title,
          topic: topic.name_fr,
          seats,
          members,
          periods: input.periods ?? [],
          regionCode: input.regionCode ?? null,
          language: input.language ?? null,
          dueOn: input.responseDueOn ?? null,
          link: `${deps.config.PUBLIC_URL}/quotes/${id}`,
          mutualName: mutual.name
        });
        await enqueueEmail(tx.db, { mutualId, kind: "quote_request", to, locale: "fr", email }, now);
      }
      await repo.event({
        mutual_id: mutualId,
        quote_request_id: id,
        provider_id: p.provider_id,
        at: nowIso,
        actor_user_id: caller.userId,
        kind: "sent",
        detail: JSON.stringify(to ? { to } : { to: null, note: "no e-mail address: visible in the trainer portal only" })
      });
    }
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "quote_request.create", entityType: "quote_request", entityId: id, change: input });
    return getQuoteRequest(tx, caller, { quoteRequestId: id });
  });
}
__name(createQuoteRequest, "createQuoteRequest");

// apps/server/src/quotes/decline-quote-request.ts
async function declineQuoteRequest(deps, caller, input) {
  const { quoteRequestId: id } = input;
  const reason = input.reason ?? null;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const { mutualId, providerId, repo } = await openForProvider(tx, caller, id);
    const nowIso = now.toISOString();
    await repo.updateProvider(id, providerId, { status: "declined", answered_at: nowIso });
    await repo.event({ mutual_id: mutualId, quote_request_id: id, provider_id: providerId, at: nowIso, actor_user_id: caller.userId, kind: "declined", detail: JSON.stringify({ reason }) });
    await auditRepository(tx.db).record({ at: now, mutualId, actorUserId: caller.userId, action: "quote_request.decline", entityType: "quote_request", entityId: id, change: { reason } });
    return getQuoteRequest(tx, caller, { quoteRequestId: id });
  });
}
__name(declineQuoteRequest, "declineQuoteRequest");

// apps/server/src/quotes/list-quote-requests.ts
async function listQuoteRequests(deps, caller, query) {
  const scope = providerScopeOf(caller);
  const { page, pageSize, ...filter } = query;
  const f = { ...filter, providerId: scope.providerId };
  const repo = quoteRepository(deps.db);
  const [rows, total] = await Promise.all([repo.list(scope.mutualId, f, { limit: pageSize, offset: (page - 1) * pageSize }), repo.count(scope.mutualId, f)]);
  return pageOf(
    rows.map((r) => presentQuoteRequestSummary(r, scope)),
    total,
    { page, pageSize }
  );
}
__name(listQuoteRequests, "listQuoteRequests");

// apps/server/src/quotes/routes.ts
function registerQuoteRoutes(app, deps) {
  serve(app, quoteEndpoints.list, PROVIDER_RECORD_ROLES, ({ query }, caller) => listQuoteRequests(deps, caller, query));
  serve(app, quoteEndpoints.create, ["coordinator"], ({ body }, caller) => createQuoteRequest(deps, caller, body));
  serve(app, quoteEndpoints.get, PROVIDER_RECORD_ROLES, ({ params }, caller) => getQuoteRequest(deps, caller, params));
  serve(app, quoteEndpoints.answer, ["trainer"], ({ params, body }, caller) => answerQuoteRequest(deps, caller, { ...params, answer: body }));
  serve(app, quoteEndpoints.decline, ["trainer"], ({ params, body }, caller) => declineQuoteRequest(deps, caller, { ...params, ...body }));
  serve(app, quoteEndpoints.accept, ["coordinator"], ({ params, body }, caller) => acceptQuoteAnswer(deps, caller, { ...params, ...body }));
  serve(app, quoteEndpoints.cancel, ["coordinator"], ({ params, body }, caller) => cancelQuoteRequest(deps, caller, { ...params, ...body }));
}
__name(registerQuoteRoutes, "registerQuoteRoutes");

// apps/server/src/health/repository.ts
import { sql as sql6 } from "kysely";
function healthRepository(db) {
  return {
    /** Resolves when the database answers a trivial query; rejects otherwise. */
    async ping() {
      await sql6`select 1`.execute(db);
    }
  };
}
__name(healthRepository, "healthRepository");

// apps/server/src/health/check-health.ts
async function checkHealth(deps) {
  await healthRepository(deps.db).ping();
  return { status: "ok", database: "ok", time: deps.now().toISOString() };
}
__name(checkHealth, "checkHealth");

// apps/server/src/health/routes.ts
function registerHealthRoutes(app, deps) {
  servePublic(app, healthEndpoints.get, () => checkHealth(deps));
}
__name(registerHealthRoutes, "registerHealthRoutes");

// apps/server/src/emulation/present.ts
function presentScenario(r) {
  return {
    id: r.id,
    name: r.name,
    territory: r.territory,
    regionCode: r.region_code,
    scianCode: r.scian_code,
    firmCounts: r.firm_counts,
    assumptions: r.assumptions,
    status: r.status,
    result: r.result ?? null,
    error: r.error,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  };
}
__name(presentScenario, "presentScenario");

// apps/server/src/emulation/repository.ts
import { sql as sql7 } from "kysely";
function emulationRepository(db) {
  const owned = /* @__PURE__ */ __name((owner) => {
    const q = db.selectFrom("emulation_scenario");
    return "funderId" in owner ? q.where("owner_funder_id", "=", owner.funderId) : q.where("created_by", "=", owner.userId).where("owner_funder_id", "is", null);
  }, "owned");
  return {
    list(owner, page) {
      return owned(owner).selectAll().orderBy("updated_at", "desc").orderBy("id").limit(page.limit).offset(page.offset).execute();
    },
    async count(owner) {
      return (await owned(owner).select(sql7`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n;
    },
    find(owner, id) {
      return owned(owner).selectAll().where("id", "=", id).executeTakeFirst();
    },
    async insert(values) {
      return (await db.insertInto("emulation_scenario").values(values).returning("id").executeTakeFirstOrThrow()).id;
    },
    async update(id, values) {
      await db.updateTable("emulation_scenario").set(values).where("id", "=", id).execute();
    },
    async remove(id) {
      await db.deleteFrom("emulation_scenario").where("id", "=", id).execute();
    },
    async funderOfUser(userId) {
      return (await db.selectFrom("app_user").select("funder_id").where("id", "=", userId).executeTakeFirst())?.funder_id ?? null;
    }
  };
}
__name(emulationRepository, "emulationRepository");

// apps/server/src/emulation/scenario-owner.ts
async function scenarioOwnerOf(deps, caller) {
  if (caller.role === "funder") {
    const funderId = await emulationRepository(deps.db).funderOfUser(caller.userId);
    if (!funderId) throw forbidden("This funder account names no funder");
    return { funderId };
  }
  if (caller.role === "platform_admin" || caller.role === "researcher") return { userId: caller.userId };
  throw forbidden(`The emulation planner is not open to the role ${caller.role}`);
}
__name(scenarioOwnerOf, "scenarioOwnerOf");
async function visibleScenario(deps, caller, scenarioId) {
  const owner = await scenarioOwnerOf(deps, caller);
  const row = await emulationRepository(deps.db).find(owner, scenarioId);
  if (!row) throw notFound("Scenario");
  return { owner, row };
}
__name(visibleScenario, "visibleScenario");

// apps/server/src/emulation/get-scenario.ts
async function getScenario(deps, caller, input) {
  return presentScenario((await visibleScenario(deps, caller, input.scenarioId)).row);
}
__name(getScenario, "getScenario");

// apps/server/src/emulation/create-scenario.ts
async function createScenario(deps, caller, input) {
  const owner = await scenarioOwnerOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const id = await emulationRepository(tx.db).insert({
      owner_funder_id: "funderId" in owner ? owner.funderId : null,
      created_by: caller.userId,
      name: input.name,
      territory: input.territory,
      region_code: input.regionCode ?? null,
      scian_code: input.scianCode ?? null,
      firm_counts: JSON.stringify(input.firmCounts),
      assumptions: JSON.stringify(input.assumptions ?? DEFAULT_EMULATION_ASSUMPTIONS)
    });
    await auditRepository(tx.db).record({ at: deps.now(), mutualId: null, actorUserId: caller.userId, action: "emulation.create", entityType: "emulation_scenario", entityId: id, change: { name: input.name } });
    return getScenario(tx, caller, { scenarioId: id });
  });
}
__name(createScenario, "createScenario");

// apps/server/src/emulation/delete-scenario.ts
async function deleteScenario(deps, caller, input) {
  await inTransaction(deps, async (tx) => {
    const { row } = await visibleScenario(tx, caller, input.scenarioId);
    await emulationRepository(tx.db).remove(row.id);
    await auditRepository(tx.db).record({ at: deps.now(), mutualId: null, actorUserId: caller.userId, action: "emulation.delete", entityType: "emulation_scenario", entityId: row.id, change: { name: row.name } });
  });
  return void 0;
}
__name(deleteScenario, "deleteScenario");

// apps/server/src/documents/emulation-brief-pdf.ts
import PDFDocument from "pdfkit";
var LABELS = {
  fr: {
    title: "Note d\u2019\xE9mulation \u2014 une mutuelle de formation ici ?",
    territory: "Territoire",
    issued: "Produite le",
    result: "R\xE9sultat au taux de participation retenu",
    notRun: "Le sc\xE9nario n\u2019a pas encore \xE9t\xE9 calcul\xE9.",
    firms: "Entreprises participantes",
    firmsIn: "Entreprises du territoire",
    sessions: "Sessions mutualis\xE9es",
    firmsPerSession: "Entreprises par session",
    seats: "Places servies",
    pooled: "Co\xFBt mutualis\xE9",
    alone: "Co\xFBt si chacune ach\xE8te seule",
    savings: "\xC9conomies",
    perFirm: "\xC9conomie par entreprise",
    needed: "Membres n\xE9cessaires pour \xEAtre viable",
    neededNone: "non atteint aux taux calcul\xE9s",
    viableRule: "Viable : les \xE9conomies couvrent les co\xFBts de fonctionnement que le financement public ne couvre pas.",
    assumptions: "Hypoth\xE8ses",
    participation: "Taux de participation",
    needsPerFirm: "Besoins par entreprise (micro / petite / moyenne / grande)",
    topics: "Sujets de formation demand\xE9s",
    periods: "Mois de formation",
    virtual: "Part des besoins servis \xE0 distance",
    price: "Prix d\u2019une session (fixe + par place)",
    seatsRange: "Places par session (min \u2013 max)",
    minFirms: "Entreprises minimum par session",
    operating: "Co\xFBt annuel de fonctionnement",
    publicShare: "Part couverte par le financement public",
    seed: "Graine du tirage",
    counts: "Entreprises par secteur et taille",
    levels: "Selon la participation",
    rate: "Taux",
    viable: "Viable",
    yes: "oui",
    no: "non",
    method: "M\xE9thode : Mutualis tire des entreprises et des besoins fictifs \xE0 partir des effectifs d\u2019entreprises et des hypoth\xE8ses, puis les soumet au moteur de mutualisation qu\u2019utilisent les mutuelles (sessions interentreprises au moindre co\xFBt, aucun membre ne paie plus que seul)."
  },
  en: {
    title: "Emulation brief \u2014 would a training mutual work here?",
    territory: "Territory",
    issued: "Produced on",
    result: "Result at the chosen participation rate",
    notRun: "The scenario has not been run yet.",
    firms: "Participating firms",
    firmsIn: "Firms in the territory",
    sessions: "Pooled sessions",
    firmsPerSession: "Firms per session",
    seats: "Seats served",
    pooled: "Pooled cost",
    alone: "Cost if each firm bought alone",
    savings: "Savings",
    perFirm: "Savings per firm",
    needed: "Members needed to be viable",
    neededNone: "not reached at the rates run",
    viableRule: "Viable: the savings cover the operating cost that public funding does not.",
    assumptions: "Assumptions",
    participation: "Participation rate",
    needsPerFirm: "Needs per firm (micro / small / medium / large)",
    topics: "Training topics asked for",
    periods: "Months of training",
    virtual: "Share of needs served online",
    price: "Price of a session (fixed + per seat)",
    seatsRange: "Seats per session (min \u2013 max)",
    minFirms: "Fewest firms per session",
    operating: "Yearly operating cost",
    publicShare: "Share covered by public funding",
    seed: "Seed of the draw",
    counts: "Firms by sector and size",
    levels: "As participation varies",
    rate: "Rate",
    viable: "Viable",
    yes: "yes",
    no: "no",
    method: "Method: Mutualis draws fictitious firms and needs from the firm counts and the assumptions, then gives them to the pooling engine the mutuals use (inter-firm sessions at least cost, no member paying more than alone)."
  }
};
var SIZE_NAMES = { fr: { micro: "micro", small: "petite", medium: "moyenne", large: "grande" }, en: { micro: "micro", small: "small", medium: "medium", large: "large" } };
async function renderEmulationBriefPdf(s, lang, issuedOn) {
  const L = LABELS[lang];
  const locale = lang === "fr" ? "fr-CA" : "en-CA";
  const money = /* @__PURE__ */ __name((cents) => new Intl.NumberFormat(locale, { style: "currency", currency: "CAD", maximumFractionDigits: 0 }).format(cents / 100).replace(/\u202f|\u00a0/g, " "), "money");
  const pct = /* @__PURE__ */ __name((x) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x * 100)} %`, "pct");
  const num = /* @__PURE__ */ __name((x) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(x).replace(/\u202f|\u00a0/g, " "), "num");
  const doc = new PDFDocument({ size: "LETTER", margin: 50, compress: false, info: { Title: `${L.title} \u2014 ${s.name}`, Author: "Mutualis" } });
  const chunks = [];
  doc.on("data", (c) => chunks.push(c));
  const finished = new Promise((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.font("Helvetica-Bold").fontSize(15).text(L.title);
  doc.font("Helvetica-Bold").fontSize(12).text(s.name);
  doc.font("Helvetica").fontSize(10).text(`${L.territory} : ${s.territory}`);
  doc.text(`${L.issued} : ${issuedOn}`);
  doc.moveDown();
  const top = doc.y;
  const left = { x: 50, w: 290 };
  const right = { x: 360, w: 202 };
  const pair = /* @__PURE__ */ __name((label, value, col, y2) => {
    doc.font("Helvetica").fontSize(9).fillColor("#444").text(label, col.x, y2, { width: col.w * 0.62 });
    const h = doc.y;
    doc.font("Helvetica-Bold").fillColor("#000").text(value, col.x + col.w * 0.64, y2, { width: col.w * 0.36, align: "right" });
    return Math.max(h, doc.y) + 3;
  }, "pair");
  doc.font("Helvetica-Bold").fontSize(11).text(L.result, left.x, top, { width: left.w });
  let y = doc.y + 4;
  const r = s.result;
  if (!r) {
    doc.font("Helvetica").fontSize(10).text(L.notRun, left.x, y, { width: left.w });
    y = doc.y;
  } else {
    const c = r.chosen;
    y = pair(L.firmsIn, num(r.firmsInTerritory), left, y);
    y = pair(L.firms, `${num(c.firms)} (${pct(c.participationRate)})`, left, y);
    y = pair(L.sessions, num(c.sessions), left, y);
    y = pair(L.firmsPerSession, num(c.firmsPerSession), left, y);
    y = pair(L.seats, `${num(c.seatsServed)} / ${num(c.seats)}`, left, y);
    y = pair(L.pooled, money(c.pooledCostCents), left, y);
    y = pair(L.alone, money(c.standaloneCostCents), left, y);
    y = pair(L.savings, `${money(c.savingsCents)} (${pct(c.savingsShare)})`, left, y);
    y = pair(L.perFirm, money(c.savingsPerFirmCents), left, y);
    y = pair(L.needed, r.membersNeeded === null ? L.neededNone : num(r.membersNeeded), left, y);
    doc.font("Helvetica").fontSize(8).fillColor("#555").text(L.viableRule, left.x, y + 2, { width: left.w });
    doc.fillColor("#000");
    y = doc.y;
  }
  const leftBottom = y;
  const a = s.assumptions;
  doc.font("Helvetica-Bold").fontSize(11).fillColor("#000").text(L.assumptions, right.x, top, { width: right.w });
  y = doc.y + 4;
  y = pair(L.participation, pct(a.participationRate), right, y);
  y = pair(L.needsPerFirm, `${num(a.needsPerFirm.micro)} / ${num(a.needsPerFirm.small)} / ${num(a.needsPerFirm.medium)} / ${num(a.needsPerFirm.large)}`, right, y);
  y = pair(L.topics, num(a.topics), right, y);
  y = pair(L.periods, num(a.periods), right, y);
  y = pair(L.virtual, pct(a.virtualShare), right, y);
  y = pair(L.price, `${money(a.coursePrice.fixedCostCents)} + ${money(a.coursePrice.seatCostCents)}`, right, y);
  y = pair(L.seatsRange, `${a.coursePrice.minSeats} \u2013 ${a.coursePrice.maxSeats}`, right, y);
  y = pair(L.minFirms, num(a.minFirmsPerSession), right, y);
  y = pair(L.operating, money(a.operatingCostCents), right, y);
  y = pair(L.publicShare, pct(a.publicFundingShare), right, y);
  y = pair(L.seed, String(a.seed), right, y);
  doc.font("Helvetica-Bold").fontSize(9).text(L.counts, right.x, y + 4, { width: right.w });
  y = doc.y + 2;
  for (const fc of s.firmCounts.slice(0, 24)) {
    const sector2 = scianLabel(fc.scianCode, lang) ?? fc.scianCode;
    y = pair(`${fc.scianCode} ${sector2.slice(0, 28)} \xB7 ${SIZE_NAMES[lang][fc.sizeClass]}`, num(fc.firms), right, y);
  }
  if (s.firmCounts.length > 24) {
    doc.font("Helvetica").fontSize(8).text(`+ ${s.firmCounts.length - 24}`, right.x, y, { width: right.w });
    y = doc.y;
  }
  y = Math.max(leftBottom, y) + 16;
  if (r) {
    doc.font("Helvetica-Bold").fontSize(11).text(L.levels, 50, y);
    y = doc.y + 4;
    const cols = [50, 110, 170, 235, 320, 410, 490];
    const head = [L.rate, L.firms, L.sessions, L.pooled, L.savings, L.perFirm, L.viable];
    const line = /* @__PURE__ */ __name((cells, bold) => {
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8);
      cells.forEach((cell, i) => {
        doc.text(cell, cols[i], y, { width: (cols[i + 1] ?? 562) - cols[i] - 4, align: i === 0 ? "left" : "right" });
      });
      y = doc.y + 3;
    }, "line");
    line(head, true);
    doc.moveTo(50, y - 1).lineTo(562, y - 1).stroke();
    for (const p of r.points) {
      line([pct(p.participationRate), num(p.firms), num(p.sessions), money(p.pooledCostCents), `${money(p.savingsCents)} (${pct(p.savingsShare)})`, money(p.savingsPerFirmCents), p.viable ? L.yes : L.no], false);
    }
  }
  doc.moveDown(1.5);
  doc.font("Helvetica").fontSize(8).fillColor("#555").text(L.method, 50, doc.y, { width: 512 });
  doc.end();
  return finished;
}
__name(renderEmulationBriefPdf, "renderEmulationBriefPdf");

// apps/server/src/emulation/download-brief.ts
async function downloadBrief(deps, caller, input) {
  const lang = input.lang ?? caller.locale;
  const scenario = presentScenario((await visibleScenario(deps, caller, input.scenarioId)).row);
  const pdf = await renderEmulationBriefPdf(scenario, lang, todayInMontreal(deps.now()));
  const slug = scenario.name.normalize("NFD").replace(/[^\w]+/g, "-").replace(/^-|-$/g, "").toLowerCase().slice(0, 60) || "scenario";
  return { filename: `${lang === "fr" ? "note-emulation" : "emulation-brief"}-${slug}.pdf`, contentType: "application/pdf", body: new Uint8Array(pdf) };
}
__name(downloadBrief, "downloadBrief");

// apps/server/src/emulation/import-firm-counts.ts
var fold = /* @__PURE__ */ __name((s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim(), "fold");
var SECTOR = ["scian", "naics", "scian_code", "naics_code", "sector", "secteur", "code scian", "code naics", "industry", "industrie"];
var SIZE = ["size_class", "size class", "taille", "classe de taille", "size"];
var COUNT = ["firms", "count", "entreprises", "nombre", "establishments", "etablissements", "total"];
function bandStart(header) {
  const h = fold(header).replace(/employees?|employes?|emplois?/g, "").trim();
  const m = /^(\d+)\s*(?:-|–|a|to|\+|et plus|and over|or more)/.exec(h);
  return m ? Number(m[1]) : null;
}
__name(bandStart, "bandStart");
var SIZE_WORDS = { micro: "micro", small: "small", petite: "small", medium: "medium", moyenne: "medium", large: "large", grande: "large" };
async function importFirmCounts(deps, caller, input) {
  await scenarioOwnerOf(deps, caller);
  const table = await readTableFile(input.file.filename, input.file.bytes);
  const headers = table.headers.map(fold);
  const find = /* @__PURE__ */ __name((names) => headers.findIndex((h) => names.includes(h)), "find");
  const sector2 = find(SECTOR);
  const size = find(SIZE);
  const count = find(COUNT);
  const bands = table.headers.map((h, i) => ({ i, start: bandStart(h) })).filter((b) => b.start !== null && b.i !== sector2);
  if (sector2 < 0 || bands.length === 0 && (size < 0 || count < 0)) {
    throw new AppError("import_failed", "The file needs a sector column (scian or naics) and either size_class and firms columns or employment-size columns (1-4, 5-9, \u2026, 500+)", {
      fields: [{ field: "file", message: "missing columns" }]
    });
  }
  const totals = /* @__PURE__ */ new Map();
  const errors = [];
  let ignoredRows = 0;
  const add = /* @__PURE__ */ __name((scianCode, sizeClass, n) => totals.set(`${scianCode}/${sizeClass}`, (totals.get(`${scianCode}/${sizeClass}`) ?? 0) + n), "add");
  const number = /* @__PURE__ */ __name((text2, row, field) => {
    const cleaned = text2.replace(/[\s\u00a0\u202f,]/g, "");
    if (cleaned === "" || cleaned === ".." || cleaned === "x" || cleaned === "F") return 0;
    const n = Number(cleaned);
    if (!Number.isInteger(n) || n < 0) {
      errors.push({ field, message: `"${text2}" is not a whole number of firms`, row });
      return 0;
    }
    return n;
  }, "number");
  for (const { rowNumber, cells } of table.rows) {
    const code = /^\s*(\d{2,3})/.exec(cellText(cells[sector2]))?.[1];
    if (!code) {
      ignoredRows++;
      continue;
    }
    if (bands.length > 0) {
      for (const b of bands) add(code, sizeClassOf(b.start), number(cellText(cells[b.i]), rowNumber, table.headers[b.i]));
    } else {
      const word = fold(cellText(cells[size])).split(/[\s(]/)[0];
      const sizeClass = SIZE_WORDS[word];
      if (!sizeClass) {
        errors.push({ field: table.headers[size], message: "must be micro, small, medium or large", row: rowNumber });
        continue;
      }
      add(code, sizeClass, number(cellText(cells[count]), rowNumber, table.headers[count]));
    }
  }
  if (errors.length) throw new AppError("import_failed", `${errors.length} cell(s) could not be read`, { fields: errors.slice(0, 200) });
  const firmCounts = [...totals.entries()].map(([key, firms]) => {
    const [scianCode, sizeClass] = key.split("/");
    return { scianCode, sizeClass, firms };
  }).filter((c) => c.firms > 0).sort((a, b) => a.scianCode.localeCompare(b.scianCode) || ["micro", "small", "medium", "large"].indexOf(a.sizeClass) - ["micro", "small", "medium", "large"].indexOf(b.sizeClass));
  return { firmCounts, firms: firmCounts.reduce((n, c) => n + c.firms, 0), ignoredRows };
}
__name(importFirmCounts, "importFirmCounts");

// apps/server/src/emulation/list-scenarios.ts
async function listScenarios(deps, caller, query) {
  const owner = await scenarioOwnerOf(deps, caller);
  const repo = emulationRepository(deps.db);
  const [rows, total] = await Promise.all([repo.list(owner, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }), repo.count(owner)]);
  return pageOf(rows.map(presentScenario), total, query);
}
__name(listScenarios, "listScenarios");

// apps/server/src/emulation/emulation-runner.ts
var workerUrl = new URL("./emulation-worker.ts", import.meta.url);
var MAX_RUNNING = 2;
var running = 0;
async function runEmulationWorker(counts, assumptions, levels) {
  if (running >= MAX_RUNNING) throw new AppError("busy_try_again", "Two scenarios are running already: try again in a moment");
  running++;
  const worker = startWorkerThread(workerUrl, { counts, assumptions, levels });
  const limitMs = levels.length * (assumptions.timeLimitSeconds * 1e3 + 2e4) + 3e4;
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the engine ran past its time limit")), limitMs);
      worker.once("message", (m) => {
        clearTimeout(timer);
        if (m.type === "done") resolve({ points: m.points, milliseconds: m.milliseconds });
        else reject(new Error(m.message));
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`the engine stopped (exit ${code})`));
      });
    });
  } finally {
    running--;
    await worker.terminate();
  }
}
__name(runEmulationWorker, "runEmulationWorker");

// apps/server/src/emulation/run-scenario.ts
var MAX_FIRMS = 2e3;
async function runScenario(deps, caller, input) {
  const { row } = await visibleScenario(deps, caller, input.scenarioId);
  const counts = row.firm_counts;
  const assumptions = row.assumptions;
  const levels = participationLevels(assumptions.participationRate);
  const firmsInTerritory = counts.reduce((n, c) => n + c.firms, 0);
  const highest = Math.round(firmsInTerritory * Math.max(...levels));
  if (highest > MAX_FIRMS) {
    throw new AppError("validation_failed", `At ${Math.max(...levels) * 100} % participation the scenario would have ${highest} firms; the planner takes at most ${MAX_FIRMS}`, {
      fields: [{ field: "assumptions.participationRate", message: `at most ${MAX_FIRMS} participating firms` }]
    });
  }
  const repo = emulationRepository(deps.db);
  try {
    const { points, milliseconds } = await runEmulationWorker(counts, assumptions, levels);
    const rate = Math.round(assumptions.participationRate * 1e3) / 1e3;
    const chosen = points.find((p) => p.participationRate === rate) ?? points[0];
    const result = { firmsInTerritory, chosen, points, membersNeeded: membersNeededToBeViable(points), solverMilliseconds: milliseconds, ranAt: deps.now().toISOString() };
    await repo.update(row.id, { status: "done", result: JSON.stringify(result), error: null, updated_at: deps.now().toISOString() });
  } catch (error) {
    if (error instanceof AppError) throw error;
    await repo.update(row.id, { status: "failed", result: null, error: error.message, updated_at: deps.now().toISOString() });
  }
  return getScenario(deps, caller, { scenarioId: row.id });
}
__name(runScenario, "runScenario");

// apps/server/src/emulation/update-scenario.ts
async function updateScenario(deps, caller, input) {
  return inTransaction(deps, async (tx) => {
    const { row } = await visibleScenario(tx, caller, input.scenarioId);
    const c = input.changes;
    const rerun = c.firmCounts !== void 0 || c.assumptions !== void 0;
    await emulationRepository(tx.db).update(row.id, {
      name: c.name,
      territory: c.territory,
      region_code: c.regionCode,
      scian_code: c.scianCode,
      firm_counts: c.firmCounts ? JSON.stringify(c.firmCounts) : void 0,
      assumptions: c.assumptions ? JSON.stringify(c.assumptions) : void 0,
      ...rerun ? { status: "draft", result: null, error: null } : {},
      updated_at: deps.now().toISOString()
    });
    return getScenario(tx, caller, { scenarioId: row.id });
  });
}
__name(updateScenario, "updateScenario");

// apps/server/src/emulation/routes.ts
var PLANNERS = ["platform_admin", "funder", "researcher"];
function registerEmulationRoutes(app, deps) {
  serve(app, emulationEndpoints.list, PLANNERS, ({ query }, caller) => listScenarios(deps, caller, query));
  serve(app, emulationEndpoints.create, PLANNERS, ({ body }, caller) => createScenario(deps, caller, body));
  serve(app, emulationEndpoints.get, PLANNERS, ({ params }, caller) => getScenario(deps, caller, params));
  serve(app, emulationEndpoints.update, PLANNERS, ({ params, body }, caller) => updateScenario(deps, caller, { scenarioId: params.scenarioId, changes: body }));
  serve(app, emulationEndpoints.remove, PLANNERS, ({ params }, caller) => deleteScenario(deps, caller, params));
  serve(app, emulationEndpoints.run, PLANNERS, ({ params }, caller) => runScenario(deps, caller, params));
  serve(app, emulationEndpoints.brief, PLANNERS, ({ params, query }, caller) => downloadBrief(deps, caller, { ...params, ...query }));
  serve(app, emulationEndpoints.importFirmCounts, PLANNERS, ({ body }, caller) => importFirmCounts(deps, caller, { file: body }));
}
__name(registerEmulationRoutes, "registerEmulationRoutes");

// apps/server/src/http/routes.ts
function registerRoutes(app, deps) {
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerAccountRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerMutualRoutes(app, deps);
  registerOutboxRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerPoolingRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerEnrolmentRoutes(app, deps);
  registerAttendanceRoutes(app, deps);
  registerAttestationRoutes(app, deps);
  registerEvaluationRoutes(app, deps);
  registerRegisterRoutes(app, deps);
  registerCalendarRoutes(app, deps);
  registerReferenceRoutes(app, deps);
  registerMemberRoutes(app, deps);
  registerEmployeeRoutes(app, deps);
  registerDashboardRoutes(app, deps);
  registerTopicRoutes(app, deps);
  registerProviderRoutes(app, deps);
  registerCourseRoutes(app, deps);
  registerDiagnosticRoutes(app, deps);
  registerNeedRoutes(app, deps);
  registerDemandRoutes(app, deps);
  registerQuoteRoutes(app, deps);
  registerGovernanceRoutes(app, deps);
  registerObservatoryRoutes(app, deps);
  registerEmulationRoutes(app, deps);
}
__name(registerRoutes, "registerRoutes");

// apps/server/src/http/web-assets.ts
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib2 from "node:zlib";
var IMMUTABLE = "public, max-age=31536000, immutable";
var REVALIDATE = "no-cache";
var SHORT = "public, max-age=86400";
var TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json"
};
var COMPRESSIBLE = /* @__PURE__ */ new Set([".html", ".js", ".mjs", ".css", ".svg", ".json", ".webmanifest", ".txt", ".map"]);
function loadWebAssets(dist) {
  if (!fs.existsSync(path.join(dist, "index.html"))) return null;
  const files = /* @__PURE__ */ new Map();
  const names = fs.readdirSync(dist, { recursive: true, encoding: "utf8" }).map((f) => f.split(path.sep).join("/"));
  const present = new Set(names);
  for (const name of names) {
    if (name.endsWith(".br") || name.endsWith(".gz") || name.startsWith(".")) continue;
    const full = path.join(dist, name);
    if (!fs.statSync(full).isFile()) continue;
    const ext = path.extname(name);
    const identity = fs.readFileSync(full);
    const bodies = { identity };
    if (present.has(`${name}.br`)) bodies.br = fs.readFileSync(`${full}.br`);
    if (present.has(`${name}.gz`)) bodies.gzip = fs.readFileSync(`${full}.gz`);
    const cacheControl = name === "index.html" ? REVALIDATE : name.startsWith("assets/") ? IMMUTABLE : SHORT;
    const etag = `"${createHash("sha256").update(identity).digest("base64url").slice(0, 22)}"`;
    files.set(`/${name}`, {
      type: TYPES[ext] ?? "application/octet-stream",
      cacheControl,
      etag,
      bodies,
      compressible: COMPRESSIBLE.has(ext) && identity.length >= 1024
    });
  }
  const index = files.get("/index.html");
  if (!index) return null;
  return { files, index };
}
__name(loadWebAssets, "loadWebAssets");
function bodyFor(file, encoding) {
  if (encoding && file.compressible) {
    let body = file.bodies[encoding];
    if (!body) {
      const raw = file.bodies.identity;
      body = encoding === "br" ? zlib2.brotliCompressSync(raw, { params: { [zlib2.constants.BROTLI_PARAM_QUALITY]: 9 } }) : zlib2.gzipSync(raw, { level: 9 });
      file.bodies[encoding] = body;
    }
    return { body, encoding };
  }
  return { body: file.bodies.identity, encoding: null };
}
__name(bodyFor, "bodyFor");
function send(c, file) {
  const headers = {
    "content-type": file.type,
    "cache-control": file.cacheControl,
    etag: file.etag
  };
  if (file.compressible) headers.vary = "Accept-Encoding";
  if (c.req.header("if-none-match")?.split(",").some((t) => t.trim().replace(/^W\//, "") === file.etag)) {
    return c.body(null, 304, headers);
  }
  const { body, encoding } = bodyFor(file, acceptedEncoding(c.req.header("accept-encoding")));
  if (encoding) headers["content-encoding"] = encoding;
  headers["content-length"] = String(body.length);
  if (c.req.method === "HEAD") return c.body(null, 200, headers);
  return c.body(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), 200, headers);
}
__name(send, "send");
function registerWebAssets(app, assets) {
  const handler = /* @__PURE__ */ __name((c) => {
    const file = assets.files.get(c.req.path);
    if (file && c.req.path !== "/index.html") return send(c, file);
    if (c.req.path.startsWith("/assets/")) {
      return c.body("Not found", 404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    }
    return send(c, assets.index);
  }, "handler");
  app.get("*", handler);
}
__name(registerWebAssets, "registerWebAssets");

// apps/server/src/app.ts
var webDist = path2.resolve(path2.dirname(fileURLToPath(import.meta.url)), "../../web/dist");
var admissionExempt = /* @__PURE__ */ __name((p) => p === "/api/health" || p === "/api/openapi.json" || p.startsWith("/api/docs"), "admissionExempt");
function buildApp(deps, options = {}) {
  const app = new OpenAPIHono({
    defaultHook: /* @__PURE__ */ __name((result, c) => {
      if (!result.success) {
        const target = result.target;
        const prefix = target === "query" ? "query" : target === "param" ? "path" : void 0;
        const errors = zodFieldErrors(result.error, prefix);
        return problem(c, 400, "validation_failed", errors.map((e) => `${e.field}: ${e.message}`).join("; "), errors);
      }
    }, "defaultHook")
  });
  app.onError(errorToResponse);
  app.use("/api/*", compressAnswers());
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"]
      },
      referrerPolicy: "same-origin"
    })
  );
  if (options.admission) app.use("/api/*", admission(options.admission));
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: 20 * 1024 * 1024,
      onError: /* @__PURE__ */ __name((c) => problem(c, 413, "payload_too_large", "The request body is larger than 20 MB"), "onError")
    })
  );
  app.use("/api/*", sessionMiddleware(deps));
  app.use("/api/*", rejectUnstorableText());
  registerRoutes(app, deps);
  registerOpenApi(app);
  app.all("/api/*", (c) => problem(c, 404, "not_found", `No API route ${c.req.method} ${c.req.path}`));
  const web = options.serveWeb === true ? loadWebAssets(webDist) : options.serveWeb || null;
  if (web) registerWebAssets(app, web);
  return app;
}
__name(buildApp, "buildApp");
export {
  admissionExempt,
  buildApp,
  webDist
};
//# sourceMappingURL=app-JG3M5RD3.mjs.map
