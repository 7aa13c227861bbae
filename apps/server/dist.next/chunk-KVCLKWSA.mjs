import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// packages/domain/src/members/neq.ts
function normalizeNeq(input) {
  return input.replace(/[\s-]/g, "");
}
__name(normalizeNeq, "normalizeNeq");
function neqProblem(input) {
  const neq = normalizeNeq(input);
  if (!/^[0-9]+$/.test(neq)) return "must contain only digits";
  if (neq.length !== 10) return "must have exactly 10 digits";
  if (!/^[1238]/.test(neq)) return "must begin with 1, 2, 3 or 8";
  return null;
}
__name(neqProblem, "neqProblem");
function isValidNeq(input) {
  return neqProblem(input) === null;
}
__name(isValidNeq, "isValidNeq");

// packages/domain/src/reference/noc.ts
var NOC_BROAD_CATEGORIES = [
  { code: "0", fr: "Membres des corps l\xE9gislatifs et cadres sup\xE9rieurs", en: "Legislative and senior management occupations" },
  { code: "1", fr: "Affaires, finance et administration", en: "Business, finance and administration occupations" },
  { code: "2", fr: "Sciences naturelles et appliqu\xE9es et domaines apparent\xE9s", en: "Natural and applied sciences and related occupations" },
  { code: "3", fr: "Secteur de la sant\xE9", en: "Health occupations" },
  {
    code: "4",
    fr: "Enseignement, droit et services sociaux, communautaires et gouvernementaux",
    en: "Occupations in education, law and social, community and government services"
  },
  { code: "5", fr: "Arts, culture, sports et loisirs", en: "Occupations in art, culture, recreation and sport" },
  { code: "6", fr: "Vente et services", en: "Sales and service occupations" },
  { code: "7", fr: "M\xE9tiers, transport, machinerie et domaines apparent\xE9s", en: "Trades, transport and equipment operators and related occupations" },
  { code: "8", fr: "Ressources naturelles, agriculture et production connexe", en: "Natural resources, agriculture and related production occupations" },
  { code: "9", fr: "Fabrication et services d'utilit\xE9 publique", en: "Occupations in manufacturing and utilities" }
];
var TEER_LEVELS = [
  {
    teer: 0,
    fr: "FEER 0 \u2013 Gestion",
    en: "TEER 0 \u2013 Management",
    descriptionFr: "Postes de gestion.",
    descriptionEn: "Management occupations."
  },
  {
    teer: 1,
    fr: "FEER 1 \u2013 Dipl\xF4me universitaire",
    en: "TEER 1 \u2013 University degree",
    descriptionFr: "Dipl\xF4me universitaire (baccalaur\xE9at, ma\xEEtrise ou doctorat); ou exp\xE9rience d'une profession de FEER 2 dans certains cas.",
    descriptionEn: "Completion of a university degree (bachelor's, master's or doctorate); or previous experience in a TEER 2 occupation, when applicable."
  },
  {
    teer: 2,
    fr: "FEER 2 \u2013 Coll\xE9gial de 2 ans ou plus, apprentissage de 2 ans ou plus, supervision",
    en: "TEER 2 \u2013 College program of 2+ years, apprenticeship of 2+ years, supervision",
    descriptionFr: "Programme d'\xE9tudes postsecondaires de deux \xE0 trois ans (coll\xE8ge, institut technique, c\xE9gep); ou programme d'apprentissage de deux \xE0 cinq ans; ou postes de supervision ou \xE0 responsabilit\xE9s importantes en sant\xE9 et s\xE9curit\xE9.",
    descriptionEn: "Completion of a post-secondary education program of two to three years at a community college, institute of technology or C\xC9GEP; or an apprenticeship training program of two to five years; or supervisory or significant safety occupations."
  },
  {
    teer: 3,
    fr: "FEER 3 \u2013 Coll\xE9gial de moins de 2 ans, apprentissage de moins de 2 ans, plus de 6 mois de formation en cours d'emploi",
    en: "TEER 3 \u2013 College program under 2 years, apprenticeship under 2 years, over 6 months of on-the-job training",
    descriptionFr: "Programme d'\xE9tudes postsecondaires de moins de deux ans; ou programme d'apprentissage de moins de deux ans; ou plus de six mois de formation en cours d'emploi, de cours de formation ou d'exp\xE9rience de travail pr\xE9cise, avec un dipl\xF4me d'\xE9tudes secondaires.",
    descriptionEn: "Completion of a post-secondary education program of less than two years; or an apprenticeship training of less than two years; or more than six months of on-the-job training, training courses or specific work experience with some secondary school education."
  },
  {
    teer: 4,
    fr: "FEER 4 \u2013 \xC9tudes secondaires, quelques semaines de formation en cours d'emploi",
    en: "TEER 4 \u2013 Secondary school, several weeks of on-the-job training",
    descriptionFr: "Dipl\xF4me d'\xE9tudes secondaires; ou plusieurs semaines de formation en cours d'emploi.",
    descriptionEn: "Completion of secondary school; or several weeks of on-the-job training with some secondary school education."
  },
  {
    teer: 5,
    fr: "FEER 5 \u2013 Courte d\xE9monstration de travail, aucune exigence scolaire",
    en: "TEER 5 \u2013 Short work demonstration, no formal education",
    descriptionFr: "Courte d\xE9monstration de travail et aucune exigence scolaire officielle.",
    descriptionEn: "Short work demonstration and no formal educational requirements."
  }
];
function isValidNoc(code) {
  return /^[0-9][0-5][0-9]{3}$/.test(code);
}
__name(isValidNoc, "isValidNoc");
function teerOfNoc(code) {
  return isValidNoc(code) ? Number(code[1]) : void 0;
}
__name(teerOfNoc, "teerOfNoc");

export {
  normalizeNeq,
  neqProblem,
  isValidNeq,
  NOC_BROAD_CATEGORIES,
  TEER_LEVELS,
  isValidNoc,
  teerOfNoc
};
//# sourceMappingURL=chunk-KVCLKWSA.mjs.map
