import {
  isValidNeq,
  teerOfNoc
} from "./chunk-KVCLKWSA.mjs";
import {
  addDays,
  deliveredFacts,
  formatAttestationNumber,
  installStarterTopics,
  verificationCode
} from "./chunk-BGY2DUO2.mjs";
import "./chunk-UP7KH2ZN.mjs";
import {
  DEFAULT_EMULATION_ASSUMPTIONS,
  createRng
} from "./chunk-G25H5M32.mjs";
import "./chunk-KNC77P3G.mjs";
import "./chunk-YGYWNK2I.mjs";
import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/db/seed/demo.ts
import { hash as hash2 } from "@node-rs/argon2";

// packages/domain/src/demo-data/names.ts
var LAST_NAMES = [
  "Tremblay",
  "Gagnon",
  "Roy",
  "C\xF4t\xE9",
  "Bouchard",
  "Gauthier",
  "Morin",
  "Lavoie",
  "Fortin",
  "Gagn\xE9",
  "Ouellet",
  "Pelletier",
  "B\xE9langer",
  "L\xE9vesque",
  "Bergeron",
  "Leblanc",
  "Paquette",
  "Girard",
  "Simard",
  "Boucher",
  "Caron",
  "Beaulieu",
  "Cloutier",
  "Dub\xE9",
  "Poirier",
  "Fournier",
  "Lapointe",
  "Leclerc",
  "Lefebvre",
  "Poulin",
  "Thibault",
  "St-Pierre",
  "Nadeau",
  "Martin",
  "Landry",
  "Martel",
  "B\xE9dard",
  "Grenier",
  "Lessard",
  "Bernier",
  "Richard",
  "Michaud",
  "H\xE9bert",
  "Desjardins",
  "Couture",
  "Turcotte",
  "Lachance",
  "Parent",
  "Blais",
  "Gosselin",
  "Savard",
  "Proulx",
  "Beaudoin",
  "Demers",
  "Perreault",
  "Boivin",
  "Cyr",
  "Lemieux",
  "Roussel",
  "Mercier",
  "Rivest",
  "Ducharme",
  "Laporte",
  "Brault",
  "Coutu",
  "Guilbault",
  "Desrosiers",
  "Champagne",
  "Laurin",
  "Mailhot",
  "Sarrazin",
  "H\xE9tu",
  "Granger",
  "Dugas",
  "Rondeau",
  "Ferland",
  "Beaus\xE9jour",
  "Riopel",
  "Asselin",
  "Brien",
  "Nguyen",
  "Diallo",
  "Haddad",
  "Joseph",
  "Pierre",
  "Rodriguez",
  "Singh",
  "Chen",
  "Traor\xE9",
  "Benali",
  "Smith",
  "Murphy",
  "O'Neill",
  "Campbell"
];
var FIRST_NAMES_F = [
  "Marie",
  "Julie",
  "Isabelle",
  "Nathalie",
  "Sophie",
  "Catherine",
  "M\xE9lanie",
  "Genevi\xE8ve",
  "Val\xE9rie",
  "Karine",
  "St\xE9phanie",
  "Annie",
  "\xC9milie",
  "Caroline",
  "Chantal",
  "Jos\xE9e",
  "Audrey",
  "Camille",
  "L\xE9a",
  "Chlo\xE9",
  "Rosalie",
  "Florence",
  "Sarah",
  "Jessica",
  "Marie-\xC8ve",
  "Marie-Claude",
  "Andr\xE9anne",
  "Maude",
  "No\xE9mie",
  "Laurence",
  "Fatima",
  "Aminata",
  "Linh",
  "Sofia",
  "Emily"
];
var FIRST_NAMES_M = [
  "Jean",
  "Michel",
  "Pierre",
  "Martin",
  "Sylvain",
  "St\xE9phane",
  "Patrick",
  "\xC9ric",
  "Fran\xE7ois",
  "Daniel",
  "S\xE9bastien",
  "Mathieu",
  "Alexandre",
  "Maxime",
  "Simon",
  "Jonathan",
  "Guillaume",
  "David",
  "Nicolas",
  "Marc-Andr\xE9",
  "Jean-Fran\xE7ois",
  "Louis",
  "Samuel",
  "Gabriel",
  "William",
  "F\xE9lix",
  "Olivier",
  "Antoine",
  "Vincent",
  "Charles",
  "Mohamed",
  "Karim",
  "Minh",
  "Carlos",
  "Ryan"
];
var place = /* @__PURE__ */ __name((city, regionCode, fsa, areaCode = "450") => ({ city, regionCode, fsa, areaCode }), "place");
var LANAUDIERE_PLACES = [
  place("Joliette", "14", "J6E"),
  place("Saint-Charles-Borrom\xE9e", "14", "J6E"),
  place("Notre-Dame-des-Prairies", "14", "J6E"),
  place("Repentigny", "14", "J6A"),
  place("Terrebonne", "14", "J6W"),
  place("Mascouche", "14", "J7K"),
  place("L'Assomption", "14", "J5W"),
  place("Lavaltrie", "14", "J5T"),
  place("Berthierville", "14", "J0K"),
  place("Rawdon", "14", "J0K"),
  place("Saint-Lin\u2013Laurentides", "14", "J5M"),
  place("Sainte-Julienne", "14", "J0K"),
  place("Saint-F\xE9lix-de-Valois", "14", "J0K"),
  place("Crabtree", "14", "J0K"),
  place("Saint-Jacques", "14", "J0K"),
  place("Saint-Donat", "14", "J0T", "819"),
  place("Saint-Michel-des-Saints", "14", "J0K"),
  place("L'\xC9piphanie", "14", "J5X"),
  place("Saint-Roch-de-l'Achigan", "14", "J0K"),
  place("Saint-Gabriel", "14", "J0K")
];
var QUEBEC_PLACES = [
  place("Rimouski", "01", "G5L", "418"),
  place("Saguenay", "02", "G7H", "418"),
  place("Alma", "02", "G8B", "418"),
  place("Qu\xE9bec", "03", "G1K", "418"),
  place("Saint-Augustin-de-Desmaures", "03", "G3A", "418"),
  place("Trois-Rivi\xE8res", "04", "G9A", "819"),
  place("Shawinigan", "04", "G9N", "819"),
  place("Sherbrooke", "05", "J1H", "819"),
  place("Magog", "05", "J1X", "819"),
  place("Montr\xE9al", "06", "H1N", "514"),
  place("Montr\xE9al", "06", "H4N", "514"),
  place("Gatineau", "07", "J8T", "819"),
  place("Rouyn-Noranda", "08", "J9X", "819"),
  place("Baie-Comeau", "09", "G4Z", "418"),
  place("Chibougamau", "10", "G8P", "418"),
  place("Gasp\xE9", "11", "G4X", "418"),
  place("L\xE9vis", "12", "G6V", "418"),
  place("Saint-Georges", "12", "G5Y", "418"),
  place("Sainte-Marie", "12", "G6E", "418"),
  place("Laval", "13", "H7L"),
  ...LANAUDIERE_PLACES.slice(0, 6),
  place("Saint-J\xE9r\xF4me", "15", "J7Z"),
  place("Mirabel", "15", "J7J"),
  place("Saint-Hyacinthe", "16", "J2S"),
  place("Granby", "16", "J2G"),
  place("Saint-Jean-sur-Richelieu", "16", "J3B"),
  place("Drummondville", "17", "J2C", "819"),
  place("Victoriaville", "17", "G6P", "819")
];
var STREETS = [
  "rue Principale",
  "rue Notre-Dame",
  "boulevard de l'Industrie",
  "rue des Entreprises",
  "rue Saint-Louis",
  "rue Beaudry",
  "boulevard Industriel",
  "chemin du Roy",
  "rue L\xE9pine",
  "rue Marion",
  "rue Visitation",
  "rue Saint-Pierre",
  "mont\xE9e Masson",
  "rue Laurier",
  "rang Double",
  "rue du Parc-Industriel",
  "rue Gauthier"
];
var LETTERS = "ABCEGHJKLMNPRSTVWXYZ";
function postalCodeIn(p, r) {
  const letter = /* @__PURE__ */ __name(() => LETTERS[r.int(0, LETTERS.length - 1)], "letter");
  return `${p.fsa} ${r.int(1, 9)}${letter()}${r.int(0, 9)}`;
}
__name(postalCodeIn, "postalCodeIn");
function phoneIn(p, r) {
  return `${p.areaCode} ${r.int(200, 989)}-${String(r.int(0, 9999)).padStart(4, "0")}`;
}
__name(phoneIn, "phoneIn");
function slugify(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\b(inc|ltee|enr|s\.?e\.?n\.?c)\b\.?/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
__name(slugify, "slugify");

// packages/domain/src/demo-data/occupations.ts
var occ = /* @__PURE__ */ __name((noc, fr, en, low, high) => ({ noc, fr, en, wage: [low, high] }), "occ");
var OCCUPATIONS = Object.fromEntries(
  [
    // TEER 0: management
    occ("00012", "Directeur g\xE9n\xE9ral, services financiers et aux entreprises|Directrice g\xE9n\xE9rale, services financiers et aux entreprises", "Senior manager, financial and business services", 45, 80),
    occ("00015", "Directeur g\xE9n\xE9ral, commerce et autres services|Directrice g\xE9n\xE9rale, commerce et autres services", "Senior manager, trade and other services", 38, 65),
    occ("10011", "Directeur des ressources humaines|Directrice des ressources humaines", "Human resources manager", 40, 62),
    occ("10019", "Directeur des services administratifs|Directrice des services administratifs", "Administrative services manager", 36, 58),
    occ("20010", "Directeur des services de g\xE9nie|Directrice des services de g\xE9nie", "Engineering manager", 50, 80),
    occ("60020", "Directeur de commerce de d\xE9tail|Directrice de commerce de d\xE9tail", "Retail and wholesale trade manager", 30, 50),
    occ("60030", "Directeur de la restauration|Directrice de la restauration", "Restaurant and food service manager", 24, 40),
    occ("70010", "Directeur de la construction|Directrice de la construction", "Construction manager", 42, 70),
    occ("70011", "Gestionnaire en construction et r\xE9novation domiciliaires", "Home building and renovation manager", 35, 60),
    occ("70020", "Directeur des transports|Directrice des transports", "Manager in transportation", 36, 60),
    occ("90010", "Directeur de la fabrication|Directrice de la fabrication", "Manufacturing manager", 40, 70),
    // TEER 1
    occ("11100", "Comptable professionnel agr\xE9\xE9|Comptable professionnelle agr\xE9\xE9e", "Accountant", 32, 55),
    occ("11200", "Conseiller en ressources humaines|Conseill\xE8re en ressources humaines", "Human resources professional", 30, 48),
    occ("21300", "Ing\xE9nieur civil|Ing\xE9nieure civile", "Civil engineer", 38, 62),
    occ("21301", "Ing\xE9nieur m\xE9canique|Ing\xE9nieure m\xE9canique", "Mechanical engineer", 38, 60),
    occ("21321", "Ing\xE9nieur industriel|Ing\xE9nieure industrielle", "Industrial engineer", 36, 58),
    // TEER 2
    occ("12102", "Agent d'approvisionnement|Agente d'approvisionnement", "Purchasing agent", 26, 38),
    occ("12200", "Technicien en comptabilit\xE9|Technicienne en comptabilit\xE9", "Bookkeeper", 23, 33),
    occ("22212", "Dessinateur technique|Dessinatrice technique", "Drafting technician", 24, 36),
    occ("22300", "Technicien en g\xE9nie civil|Technicienne en g\xE9nie civil", "Civil engineering technician", 25, 37),
    occ("22301", "Technicien en g\xE9nie m\xE9canique|Technicienne en g\xE9nie m\xE9canique", "Mechanical engineering technician", 26, 38),
    occ("22302", "Technicien en g\xE9nie industriel|Technicienne en g\xE9nie industriel", "Industrial engineering technician", 25, 37),
    occ("62020", "Superviseur des services alimentaires|Superviseure des services alimentaires", "Food service supervisor", 18, 25),
    occ("62200", "Chef cuisinier|Cheffe cuisini\xE8re", "Chef", 20, 32),
    occ("72014", "Contrema\xEEtre de chantier|Contrema\xEEtresse de chantier", "Construction site supervisor", 34, 48),
    occ("72100", "Machiniste", "Machinist", 25, 38),
    occ("72106", "Soudeur-monteur|Soudeuse-monteuse", "Welder-fitter", 24, 36),
    occ("72200", "\xC9lectricien|\xC9lectricienne", "Electrician", 30, 44),
    occ("72201", "\xC9lectricien industriel|\xC9lectricienne industrielle", "Industrial electrician", 30, 44),
    occ("72300", "Plombier|Plombi\xE8re", "Plumber", 30, 43),
    occ("72310", "Charpentier-menuisier|Charpenti\xE8re-menuisi\xE8re", "Carpenter", 28, 42),
    occ("72400", "M\xE9canicien industriel|M\xE9canicienne industrielle", "Industrial mechanic", 30, 42),
    occ("72402", "Frigoriste", "Refrigeration mechanic", 30, 44),
    occ("72410", "M\xE9canicien de v\xE9hicules lourds|M\xE9canicienne de v\xE9hicules lourds", "Truck and bus mechanic", 26, 40),
    occ("92012", "Superviseur en transformation des aliments|Superviseure en transformation des aliments", "Food processing supervisor", 25, 36),
    occ("92023", "Contrema\xEEtre de production|Contrema\xEEtresse de production", "Production supervisor, metal products", 28, 40),
    // TEER 3
    occ("13100", "Agent d'administration|Agente d'administration", "Administrative officer", 22, 31),
    occ("13102", "Commis \xE0 la paie", "Payroll administrator", 22, 30),
    occ("13110", "Adjoint administratif|Adjointe administrative", "Administrative assistant", 21, 29),
    occ("63200", "Cuisinier|Cuisini\xE8re", "Cook", 17, 24),
    occ("63201", "Boucher|Bouch\xE8re", "Butcher", 19, 27),
    occ("63202", "Boulanger-p\xE2tissier|Boulang\xE8re-p\xE2tissi\xE8re", "Baker", 18, 26),
    occ("73100", "Cimentier-applicateur|Cimenti\xE8re-applicatrice", "Concrete finisher", 26, 38),
    occ("73102", "Pl\xE2trier|Pl\xE2tri\xE8re", "Drywall installer and finisher", 26, 38),
    occ("73110", "Couvreur|Couvreuse", "Roofer", 25, 36),
    occ("73112", "Peintre en b\xE2timent", "Painter", 23, 34),
    occ("73300", "Camionneur|Camionneuse", "Truck driver", 22, 32),
    occ("73400", "Op\xE9rateur d'\xE9quipement lourd|Op\xE9ratrice d'\xE9quipement lourd", "Heavy equipment operator", 26, 38),
    // TEER 4
    occ("14100", "Commis de bureau", "Office clerk", 18, 25),
    occ("14400", "Exp\xE9diteur-r\xE9ceptionnaire|Exp\xE9ditrice-r\xE9ceptionnaire", "Shipper and receiver", 19, 26),
    occ("64100", "Conseiller \xE0 la vente|Conseill\xE8re \xE0 la vente", "Sales associate", 16.5, 22),
    occ("94105", "Op\xE9rateur de presse plieuse|Op\xE9ratrice de presse plieuse", "Press brake operator", 20, 28),
    occ("94106", "Op\xE9rateur de machines-outils CNC|Op\xE9ratrice de machines-outils CNC", "CNC machine operator", 20, 29),
    occ("94111", "Op\xE9rateur de presse \xE0 injection|Op\xE9ratrice de presse \xE0 injection", "Injection moulding operator", 19, 26),
    occ("94124", "Op\xE9rateur de machines \xE0 bois|Op\xE9ratrice de machines \xE0 bois", "Woodworking machine operator", 19, 26),
    occ("94140", "Op\xE9rateur de ligne de production alimentaire|Op\xE9ratrice de ligne de production alimentaire", "Food production line operator", 18, 26),
    occ("94141", "Pr\xE9pos\xE9 \xE0 la d\xE9coupe de viande|Pr\xE9pos\xE9e \xE0 la d\xE9coupe de viande", "Industrial meat cutter", 18, 25),
    occ("94210", "Assembleur-finisseur de meubles|Assembleuse-finisseuse de meubles", "Furniture assembler and finisher", 18, 25),
    occ("94213", "Peintre industriel|Peintre industrielle", "Industrial painter", 19, 27),
    occ("94219", "Assembleur|Assembleuse", "Assembler", 18, 25),
    // TEER 5
    occ("65200", "Serveur|Serveuse", "Server", 13, 17),
    occ("65201", "Aide-cuisinier|Aide-cuisini\xE8re", "Kitchen helper", 16.1, 18.5),
    occ("65310", "Pr\xE9pos\xE9 \xE0 l'entretien m\xE9nager|Pr\xE9pos\xE9e \xE0 l'entretien m\xE9nager", "Cleaner", 16.1, 20),
    occ("65312", "Concierge", "Janitor", 17, 23),
    occ("75101", "Manutentionnaire", "Material handler", 17, 23),
    occ("75110", "Man\u0153uvre en construction", "Construction labourer", 18, 26),
    occ("95100", "Man\u0153uvre en usinage", "Metal processing labourer", 16.1, 21),
    occ("95106", "Journalier de production alimentaire|Journali\xE8re de production alimentaire", "Food processing labourer", 16.1, 20),
    occ("95109", "Journalier de production|Journali\xE8re de production", "Production labourer", 16.1, 21)
  ].map((o) => [o.noc, o])
);
function frenchTitle(o, woman) {
  const [m, f = m] = o.fr.split("|");
  return woman ? f : m;
}
__name(frenchTitle, "frenchTitle");
var office = [
  ["12200", 0.7],
  ["13110", 0.7],
  ["14100", 0.3]
];
var FIRM_KINDS = [
  {
    key: "metal",
    scian: "332",
    names: ["M\xE9tal {family}", "Usinage {place}", "Soudure {family}", "Acier {family}", "Structures m\xE9talliques {place}", "Fabrication {family}"],
    manager: "90010",
    staff: [["72106", 6], ["72100", 5], ["94105", 3], ["94106", 4], ["94213", 1.5], ["95100", 4], ["92023", 1.2], ["22301", 0.8], ["22212", 0.8], ["72400", 1], ["14400", 1.2], ...office],
    frequency: 6
  },
  {
    key: "machinery",
    scian: "333",
    names: ["\xC9quipements {family}", "Machinerie {place}", "Syst\xE8mes {family}", "Convoyeurs {place}"],
    manager: "90010",
    staff: [["72106", 3], ["72100", 4], ["94219", 4], ["72201", 2], ["22301", 1.5], ["21301", 0.6], ["92023", 1], ["14400", 1], ["12102", 0.5], ...office],
    frequency: 3
  },
  {
    key: "trailers",
    scian: "336",
    names: ["Remorques {family}", "Carrosserie industrielle {place}", "V\xE9hicules sp\xE9cialis\xE9s {family}"],
    manager: "90010",
    staff: [["72106", 5], ["94219", 5], ["94213", 2], ["72410", 1.5], ["95109", 3], ["92023", 1], ["14400", 1], ...office],
    frequency: 1.5
  },
  {
    key: "plastics",
    scian: "326",
    names: ["Plastiques {family}", "Moulage {place}", "Caoutchouc {family}", "Emballages {place}"],
    manager: "90010",
    staff: [["94111", 8], ["95109", 4], ["72400", 1], ["22302", 1], ["14400", 1.5], ...office],
    frequency: 2
  },
  {
    key: "wood",
    scian: "321",
    names: ["Bois ouvr\xE9 {family}", "Scierie {family}", "Palettes {place}", "Portes et fen\xEAtres {family}", "Fermes de toit {place}"],
    manager: "90010",
    staff: [["94124", 6], ["95109", 4], ["72310", 1.5], ["94213", 1], ["14400", 1.5], ["73300", 1], ...office],
    frequency: 2.5
  },
  {
    key: "furniture",
    scian: "337",
    names: ["\xC9b\xE9nisterie {family}", "Meubles {place}", "Armoires de cuisine {family}", "Comptoirs {place}"],
    manager: "90010",
    staff: [["94210", 6], ["94124", 4], ["72310", 2], ["94213", 1.5], ["22212", 0.6], ["14400", 1], ...office],
    frequency: 2.5
  },
  {
    key: "food",
    scian: "311",
    names: ["Aliments {family}", "Boulangerie {place}", "Fromagerie {family}", "Charcuterie {family}", "\xC9rabli\xE8re {family}", "Les Viandes {place}", "Produits fins {family}"],
    manager: "90010",
    staff: [["94140", 6], ["95106", 6], ["94141", 2], ["63202", 1.5], ["92012", 1.2], ["72400", 0.8], ["14400", 1.2], ["65310", 0.5], ...office],
    frequency: 3
  },
  {
    key: "beverage",
    scian: "312",
    names: ["Microbrasserie {place}", "Cidrerie {family}", "Vignoble {family}", "Distillerie {place}"],
    manager: "90010",
    staff: [["94140", 5], ["95106", 4], ["92012", 1], ["14400", 1], ["64100", 1.5], ...office],
    frequency: 1
  },
  {
    key: "building",
    scian: "236",
    names: ["Construction {family}", "Habitations {family}", "Les Entreprises {family}", "R\xE9novation {place}"],
    manager: "70011",
    staff: [["72310", 6], ["75110", 5], ["73102", 2], ["72014", 1.2], ["73112", 1.5], ["13110", 0.8], ["12200", 0.6]],
    frequency: 4
  },
  {
    key: "civil",
    scian: "237",
    names: ["Excavation {family}", "Pavage {place}", "Terrassement {family}"],
    manager: "70010",
    staff: [["73400", 6], ["73300", 3], ["75110", 5], ["73100", 2], ["72014", 1.2], ["21300", 0.4], ["12200", 0.6]],
    frequency: 2
  },
  {
    key: "electrical",
    scian: "238",
    names: ["\xC9lectricit\xE9 {family}", "Les Installations \xE9lectriques {family}", "\xC9lectrique {place}"],
    manager: "70010",
    staff: [["72200", 8], ["75110", 2], ["72014", 1], ["13110", 0.8], ["12200", 0.5]],
    frequency: 2
  },
  {
    key: "plumbing",
    scian: "238",
    names: ["Plomberie {family}", "Plomberie et chauffage {place}", "R\xE9frig\xE9ration {family}"],
    manager: "70010",
    staff: [["72300", 6], ["72402", 3], ["75110", 2], ["13110", 0.8], ["12200", 0.5]],
    frequency: 2
  },
  {
    key: "roofing",
    scian: "238",
    names: ["Toitures {family}", "Rev\xEAtements {place}", "Isolation {family}"],
    manager: "70011",
    staff: [["73110", 6], ["75110", 4], ["72014", 1], ["13110", 0.6]],
    frequency: 1.5
  },
  {
    key: "trucking",
    scian: "484",
    names: ["Transport {family}", "Camionnage {place}", "Transport {family} et Fils"],
    manager: "70020",
    staff: [["73300", 10], ["72410", 2], ["75101", 1.5], ["13100", 1], ["12200", 0.6]],
    frequency: 2.5
  },
  {
    key: "warehousing",
    scian: "493",
    names: ["Entreposage {place}", "Logistique {family}", "Centre de distribution {place}"],
    manager: "70020",
    staff: [["75101", 8], ["14400", 4], ["73300", 1], ["13100", 1]],
    frequency: 1
  },
  {
    key: "engineering",
    scian: "541",
    names: ["G\xE9nie-conseil {family}", "Groupe conseil {place}", "{family} Ing\xE9nierie"],
    manager: "20010",
    staff: [["21300", 3], ["21301", 3], ["22212", 3], ["22300", 3], ["13110", 1], ["12200", 0.8]],
    frequency: 1.5
  },
  {
    key: "accounting",
    scian: "541",
    names: ["{family} {family2} CPA", "Services comptables {place}"],
    manager: "00012",
    staff: [["11100", 5], ["12200", 4], ["13110", 2], ["13102", 1]],
    frequency: 1
  },
  {
    key: "cleaning",
    scian: "561",
    names: ["Entretien m\xE9nager {place}", "Services d\u2019entretien {family}", "Conciergerie {place}"],
    manager: "00015",
    staff: [["65310", 8], ["65312", 5], ["13110", 0.6]],
    frequency: 1.5
  },
  {
    key: "restaurant",
    scian: "722",
    names: ["Restaurant {family}", "Traiteur {place}", "Bistro {place}", "Casse-cro\xFBte {family}"],
    manager: "60030",
    staff: [["63200", 5], ["65200", 6], ["65201", 5], ["62200", 1], ["62020", 1]],
    frequency: 2
  },
  {
    key: "garage",
    scian: "811",
    names: ["Garage {family}", "M\xE9canique {place}", "Centre du camion {place}"],
    manager: "60020",
    staff: [["72410", 7], ["94213", 1], ["14100", 1], ["12200", 0.5], ["64100", 0.8]],
    frequency: 2
  }
];
var FOOD_FIRM_KINDS = FIRM_KINDS.filter((k) => k.key === "food" || k.key === "beverage");
var EDUCATION_BY_TEER = {
  0: [["bachelor", 40], ["college", 25], ["graduate", 15], ["vocational", 10], ["secondary", 10]],
  1: [["bachelor", 60], ["graduate", 30], ["college", 10]],
  2: [["vocational", 45], ["college", 40], ["secondary", 10], ["bachelor", 5]],
  3: [["vocational", 45], ["secondary", 35], ["college", 10], ["none", 10]],
  4: [["secondary", 55], ["none", 25], ["vocational", 15], ["college", 5]],
  5: [["none", 45], ["secondary", 45], ["vocational", 10]]
};

// packages/domain/src/demo-data/generate.ts
var DAY_MS = 864e5;
var toDays = /* @__PURE__ */ __name((iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS, "toDays");
var fromDays = /* @__PURE__ */ __name((days) => new Date(Math.round(days) * DAY_MS).toISOString().slice(0, 10), "fromDays");
var laterOf = /* @__PURE__ */ __name((a, b) => [a, b].sort()[1], "laterOf");
var yearOf = /* @__PURE__ */ __name((iso) => Number(iso.slice(0, 4)), "yearOf");
var randomDateBetween = /* @__PURE__ */ __name((rng, from, to) => fromDays(rng.int(toDays(from), Math.max(toDays(from), toDays(to)))), "randomDateBetween");
var WOMEN_SHARE = { "0": 0.3, "1": 0.72, "2": 0.22, "3": 0.8, "4": 0.7, "5": 0.5, "6": 0.55, "7": 0.06, "8": 0.2, "9": 0.32 };
function personName(rng, woman) {
  const firstName = rng.pick(woman ? FIRST_NAMES_F : FIRST_NAMES_M);
  const lastName = rng.chance(0.08) ? `${rng.pick(LAST_NAMES)}-${rng.pick(LAST_NAMES)}` : rng.pick(LAST_NAMES);
  return { firstName, lastName };
}
__name(personName, "personName");
var emailLocal = /* @__PURE__ */ __name((first, last) => `${slugify(first)}.${slugify(last)}`.replace(/-/g, ""), "emailLocal");
function makeNeq(rng, used, isValid = isValidNeq) {
  for (; ; ) {
    const neq = `11${String(rng.int(0, 99999999)).padStart(8, "0")}`;
    if (!used.has(neq) && isValid(neq)) {
      used.add(neq);
      return neq;
    }
  }
}
__name(makeNeq, "makeNeq");
var END_REASONS = [
  ["resignation", 50],
  ["end_of_contract", 15],
  ["layoff", 10],
  ["retirement", 12],
  ["dismissal", 6],
  ["other", 7]
];
var HOURS_PER_YEAR = 1950;
function generateEmployee(rng, o) {
  const woman = rng.chance(WOMEN_SHARE[o.occupation.noc[0]] ?? 0.5);
  const { firstName, lastName } = personName(rng, woman);
  const teer = teerOfNoc(o.occupation.noc);
  const language = o.firmLanguage === "en" ? rng.chance(0.7) ? "en" : "fr" : rng.chance(0.06) ? "en" : "fr";
  const asOfYear = yearOf(o.asOf);
  const earliest = laterOf(o.foundedOn, `${asOfYear - 40}-01-01`);
  let hireDate;
  let endDate = null;
  let endReason = null;
  if (o.departed) {
    const from = addDays(o.asOf, -5 * 365);
    endDate = randomDateBetween(rng, laterOf(from, addDays(earliest, 60)), addDays(o.asOf, -7));
    const tenureDays = Math.min(Math.round(-Math.log(1 - rng.next()) * 3.5 * 365) + 30, toDays(endDate) - toDays(earliest));
    hireDate = addDays(endDate, -Math.max(30, tenureDays));
    if (hireDate < earliest) hireDate = earliest;
    endReason = rng.weighted(END_REASONS);
  } else {
    const meanYears = o.isOwner ? 15 : 6;
    const tenureDays = Math.round(-Math.log(1 - rng.next()) * meanYears * 365);
    hireDate = addDays(o.asOf, -Math.min(tenureDays, toDays(o.asOf) - toDays(earliest)));
  }
  const ageAtHire = o.isOwner ? rng.int(24, 45) : endReason === "retirement" ? rng.int(35, 50) : rng.int(18, 52);
  let birthYear = yearOf(hireDate) - ageAtHire;
  if (endReason === "retirement" && endDate && yearOf(endDate) - birthYear < 58) birthYear = yearOf(endDate) - rng.int(58, 66);
  if (!o.departed && asOfYear - birthYear > 68) birthYear = asOfYear - rng.int(55, 68);
  const [low, high] = o.occupation.wage;
  const tenureYears = (toDays(endDate ?? o.asOf) - toDays(hireDate)) / 365;
  const position = Math.min(1, Math.max(0, rng.next() * 0.8 + Math.min(tenureYears, 10) * 0.02));
  const currentCents = Math.round((low + (high - low) * position) * 100);
  const until = endDate ?? o.asOf;
  const raiseDates = [];
  for (let y = yearOf(hireDate) + 1; y <= yearOf(until); y++) {
    const d = `${y}-05-01`;
    if (d > hireDate && d <= until) raiseDates.push(d);
  }
  const dates = [hireDate, ...raiseDates].slice(-rng.int(1, 3));
  const raise = 1 + rng.int(20, 45) / 1e3;
  const wages = dates.map((effectiveOn, i) => ({
    effectiveOn,
    hourlyWageCents: Math.max(1e3, Math.round(currentCents / raise ** (dates.length - 1 - i)))
  }));
  const jobTitle = language === "en" ? o.occupation.en : frenchTitle(o.occupation, woman);
  return {
    id: rng.uuid(),
    firstName,
    lastName,
    email: o.emailDomain && (o.isOwner || rng.chance(0.35)) ? `${emailLocal(firstName, lastName)}@${o.emailDomain}` : null,
    jobTitle,
    nocCode: o.occupation.noc,
    teer,
    educationLevel: rng.weighted(EDUCATION_BY_TEER[teer]),
    language,
    birthYear,
    hireDate,
    endDate,
    endReason,
    wages
  };
}
__name(generateEmployee, "generateEmployee");
var LAPSED_REASONS = [
  "Cotisation annuelle non renouvel\xE9e",
  "Aucune activit\xE9 de formation depuis deux ans",
  "Changement de direction; \xE0 relancer"
];
var WITHDRAWN_REASONS = [
  "Fermeture de l'entreprise",
  "Vente de l'entreprise \xE0 un groupe qui forme \xE0 l'interne",
  "Crainte de perdre ses employ\xE9s form\xE9s au profit de concurrents",
  "Formations offertes jug\xE9es peu adapt\xE9es \xE0 ses besoins",
  "Manque de temps pour lib\xE9rer les employ\xE9s"
];
var PROSPECT_REASONS = ["Diagnostic des besoins pr\xE9vu", "Rencontre de pr\xE9sentation faite", "R\xE9f\xE9r\xE9e par un membre", null];
var CONTACT_TITLES = [
  ["Directrice des ressources humaines", "f"],
  ["Directeur des ressources humaines", "m"],
  ["Conseill\xE8re en ressources humaines", "f"],
  ["Adjointe \xE0 la direction", "f"],
  ["Contr\xF4leur", "m"],
  ["Directrice des op\xE9rations", "f"],
  ["Directeur de production", "m"]
];
function firmName(rng, kind, place2, used) {
  for (let attempt = 0; ; attempt++) {
    const pattern = rng.pick(kind.names);
    const family = rng.pick(LAST_NAMES.slice(0, 80));
    const family2 = rng.pick(LAST_NAMES.slice(0, 80));
    let name = pattern.replace("{family}", family).replace("{family2}", family2 === family ? "Roy" : family2).replace("{place}", place2.city);
    if (!name.includes("CPA") && !name.includes("Les Entreprises")) {
      name = rng.weighted([
        [`${name} inc.`, 70],
        [`${name} lt\xE9e`, 15],
        [`${name} et Fils inc.`, pattern.includes("{family}") && !name.includes("Fils") ? 8 : 0],
        [`${name} s.e.n.c.`, 3]
      ]);
    } else if (!name.includes("CPA")) name = `${name} inc.`;
    if (attempt > 20) name = `${name.replace(/ (inc\.|ltée|s\.e\.n\.c\.)$/, "")} ${attempt} inc.`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}
__name(firmName, "firmName");
function uniqueSlug(base, used) {
  if (!used) return base;
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}
__name(uniqueSlug, "uniqueSlug");
function generateFirm(rng, o) {
  const legalName = firmName(rng, o.kind, o.place, o.usedNames);
  const slug = uniqueSlug(slugify(legalName), o.usedSlugs);
  const emailDomain = o.emailTld === null ? null : `${slug}.${o.emailTld ?? "demo"}`;
  const asOfYear = yearOf(o.asOf);
  const foundedOn = randomDateBetween(rng, "1965-01-01", `${asOfYear - 4}-12-31`);
  const firmLanguage = rng.chance(0.05) ? "en" : "fr";
  const recordEmployees = o.recordEmployees ?? o.status !== "prospect";
  const employees = [];
  if (recordEmployees && o.headcount > 0) {
    const departureRate = o.departureRate ?? 0.08 + rng.next() * 0.04;
    const departed = Math.round(o.headcount * departureRate);
    for (let i = 0; i < o.headcount + departed; i++) {
      const isOwner = i === 0;
      const noc = isOwner ? o.kind.manager : o.headcount >= 40 && i === 1 ? "11200" : rng.weighted(o.kind.staff);
      employees.push(
        generateEmployee(rng, {
          occupation: OCCUPATIONS[noc],
          asOf: o.asOf,
          foundedOn,
          departed: i >= o.headcount,
          isOwner,
          emailDomain,
          firmLanguage
        })
      );
    }
  }
  const onStaff = employees.filter((e) => e.endDate === null);
  const hours = o.kind.key === "restaurant" ? 1400 : HOURS_PER_YEAR;
  const annualPayrollCents = recordEmployees ? onStaff.reduce((sum, e) => sum + e.wages[e.wages.length - 1].hourlyWageCents * hours, 0) : o.headcount * rng.int(42e3, 58e3) * 100;
  const joinedOn = o.status === "prospect" ? null : randomDateBetween(rng, o.mutualSince, addDays(o.asOf, -400));
  let leftOn = null;
  let statusChangedOn = joinedOn ?? randomDateBetween(rng, addDays(o.asOf, -120), addDays(o.asOf, -5));
  let statusReason = null;
  if (o.status === "lapsed" || o.status === "withdrawn") {
    leftOn = randomDateBetween(rng, addDays(joinedOn, 365), addDays(o.asOf, -30));
    statusChangedOn = leftOn;
    statusReason = rng.pick(o.status === "lapsed" ? LAPSED_REASONS : WITHDRAWN_REASONS);
  } else if (o.status === "prospect") {
    statusReason = rng.pick(PROSPECT_REASONS);
  }
  const contacts = [];
  const [roleTitle, gender] = rng.pick(CONTACT_TITLES);
  const primary = personName(rng, gender === "f");
  contacts.push({
    name: `${primary.firstName} ${primary.lastName}`,
    email: `rh@${emailDomain ?? `${slug}.demo`}`,
    phone: phoneIn(o.place, rng),
    roleTitle,
    isPrimary: true
  });
  if (rng.chance(0.4)) {
    const owner = employees[0] ?? { ...personName(rng, rng.chance(0.3)), email: null };
    contacts.push({
      name: `${owner.firstName} ${owner.lastName}`,
      email: owner.email ?? `${emailLocal(owner.firstName, owner.lastName)}@${emailDomain ?? `${slug}.demo`}`,
      phone: phoneIn(o.place, rng),
      roleTitle: rng.pick(["Pr\xE9sident", "Propri\xE9taire", "Directeur g\xE9n\xE9ral"]),
      isPrimary: false
    });
  }
  return {
    id: rng.uuid(),
    slug,
    kind: o.kind.key,
    legalName,
    neq: makeNeq(rng, o.usedNeqs, o.isValidNeq),
    scianCode: o.kind.scian,
    regionCode: o.place.regionCode,
    headcount: recordEmployees ? onStaff.length : o.headcount,
    annualPayrollCents,
    status: o.status,
    statusChangedOn,
    statusReason,
    joinedOn,
    leftOn,
    consentOutcomeData: o.status !== "prospect" && rng.chance(0.75),
    address: `${rng.int(10, 3999)}, ${rng.pick(STREETS)}`,
    city: o.place.city,
    postalCode: postalCodeIn(o.place, rng),
    phone: phoneIn(o.place, rng),
    website: rng.chance(0.6) ? `https://${slug}.example` : null,
    contacts,
    employees
  };
}
__name(generateFirm, "generateFirm");

// packages/domain/src/demo-data/demo-dataset.ts
var DEMO_SEED = 2026;
var DEMO_AS_OF = "2026-11-01";
function shuffle(rng, items) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
__name(shuffle, "shuffle");
var TRAINER_NAMES = ["Sylvie Riopel", "Denis Laporte", "Nadia Benali", "Luc Champagne", "H\xE9l\xE8ne Granger", "Yves Mailhot"];
var repeat = /* @__PURE__ */ __name((n, make) => Array.from({ length: n }, make), "repeat");
function regionalPlan(rng) {
  const manufacturing = FIRM_KINDS.filter((k) => ["metal", "machinery", "plastics", "food", "furniture"].includes(k.key));
  const big = repeat(4, () => ({ headcount: rng.int(42, 62), status: "active", kinds: manufacturing }));
  const statuses = shuffle(rng, [
    ...repeat(27, () => "active"),
    ...repeat(4, () => "prospect"),
    ...repeat(3, () => "lapsed"),
    ...repeat(2, () => "withdrawn")
  ]);
  const sizes = shuffle(rng, [...repeat(17, () => rng.int(2, 9)), ...repeat(19, () => rng.int(10, 22))]);
  const rest = sizes.map((headcount, i) => ({ headcount, status: statuses[i], kinds: FIRM_KINDS }));
  return shuffle(rng, [...big, ...rest]);
}
__name(regionalPlan, "regionalPlan");
function sectoralPlan(rng) {
  const statuses = ["active", "active", "active", "active", "active", "active", "active", "prospect", "lapsed"];
  const sizes = [rng.int(3, 9), rng.int(3, 9), ...repeat(5, () => rng.int(8, 18)), rng.int(22, 32), rng.int(22, 32)];
  return shuffle(
    rng,
    sizes.map((headcount, i) => ({ headcount, status: statuses[i], kinds: FOOD_FIRM_KINDS }))
  );
}
__name(sectoralPlan, "sectoralPlan");
var pickKind = /* @__PURE__ */ __name((rng, kinds) => rng.weighted(kinds.map((k) => [k, k.frequency])), "pickKind");
function provider(rng, name, kind, place2) {
  const slug = slugify(name);
  return {
    id: rng.uuid(),
    slug,
    name,
    kind,
    accreditationNumber: kind === "recognised_institution" ? null : `AGR-${rng.int(1e4, 99999)}`,
    email: `info@${slug}.demo`,
    phone: `${place2.areaCode} ${rng.int(200, 989)}-${String(rng.int(0, 9999)).padStart(4, "0")}`
  };
}
__name(provider, "provider");
function generateDemoDataset(options = {}) {
  const seed = options.seed ?? DEMO_SEED;
  const asOf = options.asOf ?? DEMO_AS_OF;
  const root = createRng(`demo/${seed}`);
  const usedNeqs = /* @__PURE__ */ new Set();
  const usedNames = /* @__PURE__ */ new Set();
  const usedSlugs = /* @__PURE__ */ new Set();
  const build2 = /* @__PURE__ */ __name((rng, base, plan2, places, providers) => ({
    ...base,
    id: rng.uuid(),
    providers: providers(rng.fork("providers")),
    firms: plan2.map(
      (p, i) => generateFirm(rng.fork(`firm/${i}`), {
        kind: pickKind(rng, p.kinds),
        place: rng.pick(places),
        headcount: p.headcount,
        status: p.status,
        asOf,
        mutualSince: base.recognisedSince,
        usedNeqs,
        usedNames,
        usedSlugs,
        isValidNeq: options.isValidNeq
      })
    )
  }), "build");
  const lanaudiereRng = root.fork("lanaudiere");
  const lanaudiere = build2(
    lanaudiereRng,
    {
      key: "lanaudiere",
      slug: "forma-lanaudiere",
      name: "Mutuelle de formation Lanaudi\xE8re",
      kind: "regional",
      regionCode: "14",
      scianCode: null,
      recognisedSince: "2009-04-01"
    },
    regionalPlan(lanaudiereRng.fork("plan")),
    LANAUDIERE_PLACES,
    (r) => [
      provider(r, "Institut technique des Moulins", "recognised_institution", LANAUDIERE_PLACES[4]),
      provider(r, "Formaction Joliette", "accredited_trainer", LANAUDIERE_PLACES[0]),
      provider(r, "Groupe conseil Virage RH", "accredited_body", LANAUDIERE_PLACES[3]),
      provider(r, "Soudure Pro Formation", "accredited_trainer", LANAUDIERE_PLACES[1])
    ]
  );
  const foodRng = root.fork("alimentaire");
  const foodPlaces = QUEBEC_PLACES.filter((p) => ["14", "16", "17", "12", "03", "05", "13", "15"].includes(p.regionCode));
  const alimentaire = build2(
    foodRng,
    {
      key: "alimentaire",
      slug: "forma-alimentaire",
      name: "Mutuelle de formation de la transformation alimentaire",
      kind: "sectoral",
      regionCode: null,
      scianCode: "311",
      recognisedSince: "2014-09-15"
    },
    sectoralPlan(foodRng.fork("plan")),
    foodPlaces,
    (r) => [
      provider(r, "Acad\xE9mie des m\xE9tiers de bouche", "accredited_trainer", foodPlaces[0]),
      provider(r, "Hygi\xE8ne alimentaire Formation", "accredited_body", foodPlaces[1])
    ]
  );
  const mutuals = [lanaudiere, alimentaire];
  const accounts = [
    { email: "admin@mutualis.demo", displayName: "Admin Mutualis", role: "platform_admin", locale: "fr", mutualId: null, memberId: null, providerId: null },
    { email: "coordination@lanaudiere.demo", displayName: "Julie Gagnon", role: "coordinator", locale: "fr", mutualId: lanaudiere.id, memberId: null, providerId: null },
    { email: "ca@lanaudiere.demo", displayName: "Marc-Andr\xE9 Lefebvre", role: "board_viewer", locale: "fr", mutualId: lanaudiere.id, memberId: null, providerId: null },
    { email: "coordination@alimentaire.demo", displayName: "Karim Haddad", role: "coordinator", locale: "fr", mutualId: alimentaire.id, memberId: null, providerId: null }
  ];
  for (const mutual of mutuals) {
    for (const p of mutual.providers) {
      accounts.push({
        email: `formateur@${p.slug}.demo`,
        displayName: TRAINER_NAMES[accounts.length % TRAINER_NAMES.length],
        role: "trainer",
        locale: "fr",
        mutualId: mutual.id,
        memberId: null,
        providerId: p.id
      });
    }
    for (const firm of mutual.firms) {
      const contact = firm.contacts[0];
      accounts.push({
        email: contact.email,
        displayName: contact.name,
        role: "member_contact",
        locale: firm.employees[0]?.language ?? "fr",
        mutualId: mutual.id,
        memberId: firm.id,
        providerId: null
      });
    }
  }
  const featuredMemberLogins = lanaudiere.firms.filter((f) => f.status === "active").sort((a, b) => b.headcount - a.headcount || a.legalName.localeCompare(b.legalName)).slice(0, 2).map((f) => ({ email: f.contacts[0].email, firm: f.legalName, mutual: lanaudiere.name }));
  return { seed, asOf, mutuals, accounts, featuredMemberLogins };
}
__name(generateDemoDataset, "generateDemoDataset");

// packages/domain/src/demo-data/governance-demo.ts
var DEMO_GOVERNANCE_PROFILES = {
  lanaudiere: { leadership: "strong", ecosystem: "rich", recognition: "steady" },
  alimentaire: { leadership: "strong", ecosystem: "thin", recognition: "past_notice" },
  "bas-saint-laurent": { leadership: "weak", ecosystem: "thin", recognition: "notice_now" },
  usinage: { leadership: "improving", ecosystem: "growing", recognition: "steady" }
};
var DEMO_RESEARCH_CONSENT = { lanaudiere: true, alimentaire: true, "bas-saint-laurent": false, usinage: true };
var DEMO_FUNDERS = [
  { name: "Commission des partenaires du march\xE9 du travail", kind: "government", mutuals: ["lanaudiere", "alimentaire", "bas-saint-laurent", "usinage"] },
  { name: "Services Qu\xE9bec \u2014 Lanaudi\xE8re", kind: "government", mutuals: ["lanaudiere"] }
];
var DEMO_OBSERVER_ACCOUNTS = {
  funder: { email: "bailleur@cpmt.demo", displayName: "Genevi\xE8ve Fortin" },
  researcher: { email: "recherche@universite.demo", displayName: "Olivier Brassard" }
};
var DEMO_SCENARIO = {
  name: "Gasp\xE9sie \u2014 fabrication et transformation",
  territory: "Gasp\xE9sie\u2013\xCEles-de-la-Madeleine",
  regionCode: "11",
  firmCounts: [
    { scianCode: "311", sizeClass: "micro", firms: 64 },
    { scianCode: "311", sizeClass: "small", firms: 38 },
    { scianCode: "311", sizeClass: "medium", firms: 4 },
    { scianCode: "321", sizeClass: "micro", firms: 22 },
    { scianCode: "321", sizeClass: "small", firms: 17 },
    { scianCode: "332", sizeClass: "micro", firms: 31 },
    { scianCode: "332", sizeClass: "small", firms: 19 },
    { scianCode: "336", sizeClass: "small", firms: 6 }
  ]
};
function plan(statuses, sizes) {
  return statuses.flatMap(([status, n]) => Array.from({ length: n }, () => ({ status, headcount: sizes() })));
}
__name(plan, "plan");
function governanceDemoMutuals(options) {
  const root = createRng(`demo/${options.seed}/governance-mutuals`);
  const usedNeqs = /* @__PURE__ */ new Set();
  const usedNames = /* @__PURE__ */ new Set();
  const usedSlugs = /* @__PURE__ */ new Set();
  const build2 = /* @__PURE__ */ __name((key, base, kinds, places, firms) => {
    const rng2 = root.fork(key);
    return {
      ...base,
      key,
      id: rng2.uuid(),
      firms: firms.map(
        (f, i) => generateFirm(rng2.fork(`firm/${i}`), {
          kind: rng2.weighted(kinds.map((k) => [k, k.frequency])),
          place: rng2.pick(places),
          headcount: f.headcount,
          status: f.status,
          asOf: options.asOf,
          mutualSince: base.recognisedSince,
          usedNeqs,
          usedNames,
          usedSlugs,
          isValidNeq: options.isValidNeq
        })
      )
    };
  }, "build");
  const rng = root.fork("sizes");
  const bsl = build2(
    "bas-saint-laurent",
    {
      slug: "forma-bas-saint-laurent",
      name: "Mutuelle de formation du Bas-Saint-Laurent",
      kind: "regional",
      regionCode: "01",
      scianCode: null,
      recognisedSince: "2011-05-16",
      coordinator: { email: "coordination@bas-saint-laurent.demo", displayName: "Sophie B\xE9rub\xE9" }
    },
    FIRM_KINDS,
    QUEBEC_PLACES.filter((p) => ["01", "11", "12"].includes(p.regionCode)),
    plan(
      [
        ["active", 11],
        ["lapsed", 5],
        ["withdrawn", 3]
      ],
      () => rng.int(3, 28)
    )
  );
  const metal = FIRM_KINDS.filter((k) => ["metal", "machinery"].includes(k.key));
  const usinage = build2(
    "usinage",
    {
      slug: "forma-usinage",
      name: "Mutuelle de formation en usinage et fabrication m\xE9tallique",
      kind: "sectoral",
      regionCode: null,
      scianCode: "332",
      recognisedSince: "2016-09-12",
      coordinator: { email: "coordination@usinage.demo", displayName: "Mathieu Lavoie" }
    },
    metal.length ? metal : FIRM_KINDS,
    QUEBEC_PLACES.filter((p) => ["04", "05", "12", "16", "17"].includes(p.regionCode)),
    plan(
      [
        ["active", 19],
        ["lapsed", 2],
        ["prospect", 2]
      ],
      () => rng.int(6, 60)
    )
  );
  return [bsl, usinage];
}
__name(governanceDemoMutuals, "governanceDemoMutuals");

// packages/domain/src/demo-data/governance-history.ts
var PARTNERS = {
  csmo: { names: ["Comit\xE9 sectoriel de main-d\u2019\u0153uvre de la fabrication m\xE9tallique", "Comit\xE9 sectoriel de la transformation alimentaire", "CSMO du commerce de d\xE9tail"], support: "organisational", what: "Analyse des besoins du secteur et promotion aupr\xE8s des entreprises" },
  college: { names: ["C\xE9gep r\xE9gional", "Coll\xE8ge communautaire", "C\xE9gep de la vall\xE9e"], support: "material", what: "Pr\xEAt de locaux et d\u2019ateliers pour les sessions" },
  school_service_centre: { names: ["Centre de services scolaire des Rivi\xE8res", "Centre de services scolaire des Monts"], support: "material", what: "Ateliers de formation professionnelle en soir\xE9e" },
  services_quebec: { names: ["Services Qu\xE9bec \u2014 bureau r\xE9gional"], support: "financial", what: "Subvention de fonctionnement", amount: [3e6, 65e5] },
  employer_association: { names: ["Association des manufacturiers", "Regroupement des entreprises alimentaires"], support: "organisational", what: "Recrutement de membres lors des activit\xE9s de l\u2019association" },
  chamber_of_commerce: { names: ["Chambre de commerce r\xE9gionale", "Chambre de commerce et d\u2019industrie"], support: "organisational", what: "Diffusion de l\u2019offre de formation aux entreprises" },
  funder: { names: ["Commission des partenaires du march\xE9 du travail", "Fondation pour la formation en entreprise", "Fonds de d\xE9veloppement r\xE9gional"], support: "financial", what: "Aide financi\xE8re triennale", amount: [15e5, 4e6] },
  trainer: { names: ["Institut de formation continue", "Formation Pro inc."], support: "material", what: "Mat\xE9riel p\xE9dagogique fourni \xE0 prix co\xFBtant" },
  other: { names: ["Municipalit\xE9 r\xE9gionale de comt\xE9"], support: "material", what: "Salle municipale" }
};
var DECISIONS = [
  "Adopter le budget de l\u2019ann\xE9e",
  "Approuver le plan de formation mutualis\xE9",
  "Fixer la cotisation annuelle des membres",
  "Approuver le rapport annuel d\u2019activit\xE9",
  "Recevoir les \xE9tats financiers audit\xE9s",
  "Mandater la coordination pour une demande de subvention",
  "Adh\xE9rer \xE0 une entente de partenariat",
  "Nommer les signataires bancaires"
];
var yearOf2 = /* @__PURE__ */ __name((date) => Number(date.slice(0, 4)), "yearOf");
var dateIn = /* @__PURE__ */ __name((rng, year, fromMonth = 1, toMonth = 12) => `${year}-${String(rng.int(fromMonth, toMonth)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`, "dateIn");
var min = /* @__PURE__ */ __name((a, b) => a < b ? a : b, "min");
function leadershipIn(profile, year, fromYear, toYear) {
  if (profile.leadership === "strong") return 0.9;
  if (profile.leadership === "weak") return Math.max(0.25, 0.6 - 0.06 * (year - fromYear));
  const t = (year - fromYear) / Math.max(1, toYear - fromYear);
  return 0.35 + 0.6 * t;
}
__name(leadershipIn, "leadershipIn");
function governanceHistory(rng, input) {
  const toYear = yearOf2(input.asOf);
  const fromYear = input.fromYear;
  const { profile } = input;
  const uuid = /* @__PURE__ */ __name(() => rng.uuid(), "uuid");
  const person = /* @__PURE__ */ __name(() => {
    const p = personName(rng, rng.chance(0.5));
    return `${p.firstName} ${p.lastName}`;
  }, "person");
  const firmsActive = /* @__PURE__ */ __name((day) => input.firms.filter((f) => f.joinedOn !== null && f.joinedOn <= day && (f.leftOn === null || f.leftOn > day)), "firmsActive");
  const sectoral = input.basis !== "regional";
  const applied = addDays(input.recognisedSince, -rng.int(120, 200));
  const events = [
    { kind: "applied", occurredOn: applied, answerDueOn: null, note: "D\xE9p\xF4t du dossier au minist\xE8re" },
    { kind: "recognised", occurredOn: input.recognisedSince, answerDueOn: null, note: "Lettre de reconnaissance du ministre" }
  ];
  if (profile.recognition === "past_notice") {
    const notice = `${Math.max(yearOf2(input.recognisedSince) + 2, toYear - 5)}-03-14`;
    events.push({ kind: "notice_given", occurredOn: notice, answerDueOn: addDays(notice, 30), note: "Avis : rapport annuel remis en retard" });
    events.push({ kind: "restored", occurredOn: addDays(notice, 21), answerDueOn: null, note: "Rapport annuel et \xE9tats financiers remis; avis lev\xE9" });
  }
  if (profile.recognition === "notice_now") {
    const notice = addDays(input.asOf, -12);
    events.push({ kind: "notice_given", occurredOn: notice, answerDueOn: addDays(notice, 15), note: "Avis : conseil sans repr\xE9sentant de la main-d\u2019\u0153uvre et activit\xE9 en baisse" });
  }
  const seats = [
    ...[1, 2, 3, 4].map((n) => ({ id: uuid(), kind: "employer", label: `Employeurs ${n}`, position: n - 1 })),
    ...[1, 2].map((n) => ({ id: uuid(), kind: "workforce", label: `Main-d\u2019\u0153uvre ${n}`, position: 3 + n })),
    { id: uuid(), kind: "other", label: sectoral ? "Comit\xE9 sectoriel" : "Milieu de l\u2019\xE9ducation", position: 6 }
  ];
  const boardMembers = [];
  const start = `${fromYear}-01-01`;
  for (const seat of seats) {
    let termStart = addDays(start, -rng.int(0, 500));
    while (termStart <= input.asOf) {
      const length = rng.int(2, 4);
      const termEnd = addDays(`${yearOf2(termStart) + length}-${termStart.slice(5)}`, -1);
      const year = yearOf2(termStart);
      const vacantForWeak = profile.leadership === "weak" && seat.kind === "workforce" && termEnd >= `${toYear - 2}-01-01`;
      const vacantEarly = profile.leadership === "improving" && seat.kind === "workforce" && year < fromYear + 2;
      const vacantChance = seat.kind === "other" && profile.leadership === "weak" && rng.chance(0.4);
      if (!(vacantForWeak || vacantEarly || vacantChance)) {
        const firm = seat.kind === "employer" ? rng.pick(input.firms.length ? input.firms : [null]) : null;
        const isChair = seat.position === 0;
        const last = termEnd >= input.asOf;
        const name = isChair && last && input.chair ? input.chair.name : person();
        boardMembers.push({
          id: uuid(),
          seatId: seat.id,
          name,
          organisation: seat.kind === "workforce" ? rng.pick(["Syndicat des travailleurs", "Comit\xE9 des employ\xE9s", "Repr\xE9sentante des employ\xE9s"]) : seat.kind === "other" ? rng.pick(["C\xE9gep r\xE9gional", "Comit\xE9 sectoriel"]) : firm?.legalName ?? "",
          memberId: firm?.id ?? null,
          email: `${name.toLowerCase().normalize("NFD").replace(/[^a-z]+/g, ".").replace(/^\.|\.$/g, "")}@exemple.demo`,
          office: isChair ? "chair" : seat.position === 1 ? "treasurer" : seat.position === 2 ? "secretary" : "director",
          termStart,
          termEnd: last ? null : termEnd,
          userId: isChair && last && input.chair ? input.chair.userId : null
        });
      }
      termStart = addDays(termEnd, 1 + (vacantForWeak || vacantEarly ? 0 : rng.chance(0.15) ? rng.int(30, 120) : 0));
    }
  }
  const sittingOn = /* @__PURE__ */ __name((day) => boardMembers.filter((m) => m.termStart <= day && (m.termEnd === null || m.termEnd >= day)), "sittingOn");
  const meetings = [];
  for (let year = fromYear; year <= toYear; year++) {
    const strength = leadershipIn(profile, year, fromYear, toYear);
    const count = Math.max(1, Math.round(1 + strength * 5));
    const months2 = [2, 4, 6, 9, 11, 12].slice(0, count);
    for (const month of months2) {
      const heldOn = `${year}-${String(month).padStart(2, "0")}-${String(rng.int(5, 25)).padStart(2, "0")}`;
      if (heldOn > input.asOf) continue;
      const sitting = sittingOn(heldOn);
      const present = sitting.filter(() => rng.chance(0.35 + 0.6 * strength)).map((m) => m.id);
      const kind = month === 6 ? "annual_general" : "regular";
      const decisions = Array.from({ length: rng.int(1, 3) }, () => ({ text: rng.pick(DECISIONS), outcome: rng.chance(0.9) ? "adopted" : "deferred" }));
      meetings.push({
        id: uuid(),
        heldOn,
        kind,
        agenda: `1. Ouverture et quorum
2. Adoption du proc\xE8s-verbal
3. Suivi des activit\xE9s de formation
4. ${decisions[0].text}
5. Varia`,
        minutes: `R\xE9union tenue le ${heldOn}; ${present.length} administrateurs pr\xE9sents sur ${sitting.length}.`,
        present,
        absent: sitting.filter((m) => !present.includes(m.id)).map((m) => m.id),
        decisions
      });
    }
  }
  const leaders = [];
  const coordinator = { id: uuid(), name: input.coordinatorName ?? person(), role: "coordinator", memberId: null, boardMemberId: null, since: input.recognisedSince, until: null, contributions: [] };
  leaders.push(coordinator);
  for (const chair of boardMembers.filter((m) => m.office === "chair")) {
    leaders.push({ id: uuid(), name: chair.name, role: "chair", memberId: chair.memberId, boardMemberId: chair.id, since: chair.termStart, until: chair.termEnd, contributions: [] });
  }
  const championCount = profile.leadership === "strong" ? 4 : profile.leadership === "improving" ? 3 : 1;
  const champions = input.firms.filter((f) => f.joinedOn !== null && f.leftOn === null).slice(0, championCount);
  for (const [i, firm] of champions.entries()) {
    const since = profile.leadership === "improving" ? `${fromYear + 2 + i}-03-01` : firm.joinedOn;
    leaders.push({ id: uuid(), name: person(), role: "champion", memberId: firm.id, boardMemberId: null, since: [since, input.asOf].sort()[0], until: profile.leadership === "weak" && i > 0 ? `${toYear - 2}-12-31` : null, contributions: [] });
  }
  const activeLeaders = /* @__PURE__ */ __name((day) => leaders.filter((l) => l.since <= day && (l.until === null || l.until >= day)), "activeLeaders");
  for (const firm of input.firms) {
    if (!firm.joinedOn || yearOf2(firm.joinedOn) < fromYear) continue;
    const recruiters = activeLeaders(firm.joinedOn);
    if (recruiters.length === 0) continue;
    const who = profile.leadership === "weak" ? coordinator : rng.pick(recruiters);
    who.contributions.push({ kind: "recruitment", occurredOn: firm.joinedOn, memberId: firm.id, amountCents: null, note: "Adh\xE9sion \xE0 la suite d\u2019une rencontre" });
  }
  for (let year = fromYear; year <= toYear; year++) {
    const strength = leadershipIn(profile, year, fromYear, toYear);
    for (const l of activeLeaders(`${year}-06-30`)) {
      const meetingsOut = Math.round(strength * rng.int(1, 5));
      for (let k = 0; k < meetingsOut; k++) {
        const on = dateIn(rng, year);
        if (on <= input.asOf) l.contributions.push({ kind: "meeting", occurredOn: on, memberId: null, amountCents: null, note: rng.pick(["Rencontre avec un partenaire", "Table r\xE9gionale", "Visite d\u2019entreprise"]) });
      }
      if (l.role !== "champion" && rng.chance(strength * 0.7)) {
        const on = dateIn(rng, year);
        if (on <= input.asOf) l.contributions.push({ kind: "resource", occurredOn: on, memberId: null, amountCents: rng.int(5, 40) * 1e5, note: "Financement obtenu pour un projet de formation" });
      }
    }
  }
  const kinds = profile.ecosystem === "rich" ? ["services_quebec", "funder", "funder", "college", "school_service_centre", sectoral ? "csmo" : "chamber_of_commerce", "employer_association", "trainer", "other"] : profile.ecosystem === "growing" ? ["services_quebec", "csmo", "funder", "college", "employer_association", "chamber_of_commerce", "funder", "trainer"] : ["services_quebec", sectoral ? "csmo" : "chamber_of_commerce", "college"];
  const used = /* @__PURE__ */ new Map();
  const partners = kinds.map((kind, i) => {
    const spec = PARTNERS[kind];
    const n = used.get(kind) ?? 0;
    used.set(kind, n + 1);
    const name = spec.names[n % spec.names.length];
    const sinceYear = profile.ecosystem === "growing" ? fromYear + Math.floor(i * 1.1) : fromYear - rng.int(0, 3);
    const since = `${Math.min(sinceYear, toYear)}-${String(rng.int(1, 9)).padStart(2, "0")}-01`;
    const ends = profile.ecosystem === "thin" && i > 0 ? `${toYear - 2}-06-30` : null;
    const until = ends && ends > since ? ends : null;
    const supports = [];
    const agreements = [];
    for (let year = Math.max(fromYear, yearOf2(since)); year <= toYear; year++) {
      const first = `${year}-${since.slice(5)}`;
      if (first > input.asOf || until && first > until) break;
      if (spec.amount) {
        const [lo, hi] = spec.amount;
        const thin = profile.ecosystem === "thin" ? Math.max(0.3, 1 - 0.12 * (year - fromYear)) : 1;
        const amount = Math.round(rng.int(lo, hi) * thin / 1e4) * 1e4;
        supports.push({ kind: "financial", description: spec.what, amountCents: amount, startsOn: first, endsOn: min(addDays(`${year + 1}-${since.slice(5)}`, -1), until ?? "9999-12-31") });
        if ((year - yearOf2(since)) % 3 === 0) agreements.push({ title: `Entente ${year}\u2013${year + 3}`, signedOn: addDays(first, -20), startsOn: first, endsOn: addDays(`${year + 3}-${since.slice(5)}`, -1) });
      } else if (rng.chance(profile.ecosystem === "thin" ? 0.5 : 0.85)) {
        supports.push({ kind: spec.support, description: spec.what, amountCents: spec.support === "material" ? rng.int(5, 30) * 1e4 : null, startsOn: first, endsOn: min(`${year}-12-31`, until ?? "9999-12-31") });
      }
    }
    const contact = personName(rng, rng.chance(0.5));
    return {
      id: uuid(),
      name,
      kind,
      since,
      until,
      website: `https://${name.toLowerCase().normalize("NFD").replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "").slice(0, 30)}.demo`,
      supports,
      agreements,
      contacts: [{ name: `${contact.firstName} ${contact.lastName}`, roleTitle: rng.pick(["Conseill\xE8re aux entreprises", "Directeur g\xE9n\xE9ral", "Responsable des partenariats"]), email: `${contact.firstName.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}@partenaire.demo` }]
    };
  });
  const activityYears = [];
  for (let year = fromYear; year < toYear; year++) {
    const members = firmsActive(`${year}-12-31`);
    if (members.length === 0) continue;
    const strength = leadershipIn(profile, year, fromYear, toYear);
    const served = members.filter(() => rng.chance(0.3 + 0.45 * strength));
    const microSmall = served.filter((f) => f.headcount < 100).length;
    const workers = served.reduce((n, f) => n + Math.max(1, Math.round(Math.min(f.headcount, 40) * (0.15 + 0.2 * rng.next()))), 0);
    const lowSkilled = Math.round(workers * (0.15 + 0.25 * strength * rng.next() + 0.1 * strength));
    activityYears.push({ year, firmsServed: served.length, microSmallFirmsServed: microSmall, workersServed: workers, lowSkilledWorkersServed: Math.min(workers, lowSkilled) });
  }
  const neqDigits = String(116e7 + rng.int(0, 9999999));
  return {
    file: {
      legalName: input.name,
      neq: neqDigits,
      incorporatedOn: addDays(applied, -rng.int(200, 400)),
      address: rng.pick(["125, rue Principale", "450, boulevard de l\u2019Industrie", "33, rue du Parc"]),
      skillsProblems: sectoral ? "P\xE9nurie de main-d\u2019\u0153uvre qualifi\xE9e, normes d\u2019hygi\xE8ne et de salubrit\xE9, sant\xE9 et s\xE9curit\xE9, supervision de premier niveau." : "Sant\xE9 et s\xE9curit\xE9, supervision, bureautique et gestion des ressources humaines dans de petites entreprises sans service de formation.",
      poolingRationale: "Les entreprises membres, surtout petites, n\u2019ont pas le volume pour organiser seules des formations; la mutualisation r\xE9unit leurs employ\xE9s dans des groupes interentreprises.",
      collaboration: "R\xE9solutions d\u2019adh\xE9sion des membres et engagement \xE0 partager leurs besoins de formation.",
      viableMembers: sectoral ? 8 : 20,
      viabilityBudgetCents: (sectoral ? 18e4 : 32e4) * 100,
      viabilityActivity: sectoral ? "Une vingtaine de sessions par an." : "Une quarantaine de sessions par an.",
      resolution: input.basis === "sectoral" ? { body: "Comit\xE9 sectoriel de main-d\u2019\u0153uvre du secteur", adoptedOn: addDays(applied, -45), reference: `CSMO-${yearOf2(applied)}-07` } : null
    },
    events,
    seats,
    boardMembers,
    meetings,
    leaders,
    partners,
    activityYears
  };
}
__name(governanceHistory, "governanceHistory");

// apps/server/src/db/seed/batch.ts
var BATCH_ROWS = 1e3;
async function insertInBatches(db, table, rows, size = BATCH_ROWS) {
  for (let i = 0; i < rows.length; i += size) {
    await db.insertInto(table).values(rows.slice(i, i + size)).execute();
  }
}
__name(insertInBatches, "insertInBatches");

// apps/server/src/db/seed/rows.ts
function mutualRow(m) {
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    kind: m.kind,
    region_code: m.regionCode,
    scian_code: m.scianCode,
    recognised_since: m.recognisedSince
  };
}
__name(mutualRow, "mutualRow");
function providerRow(mutualId, p, regions) {
  return {
    id: p.id,
    mutual_id: mutualId,
    name: p.name,
    kind: p.kind,
    accreditation_number: p.accreditationNumber,
    email: p.email,
    phone: p.phone,
    regions
  };
}
__name(providerRow, "providerRow");
function memberRow(mutualId, f) {
  return {
    id: f.id,
    mutual_id: mutualId,
    legal_name: f.legalName,
    neq: f.neq,
    scian_code: f.scianCode,
    region_code: f.regionCode,
    headcount: f.headcount,
    annual_payroll_cents: f.annualPayrollCents,
    status: f.status,
    status_changed_on: f.statusChangedOn,
    status_reason: f.statusReason,
    joined_on: f.joinedOn,
    left_on: f.leftOn,
    consent_outcome_data: f.consentOutcomeData,
    address: f.address,
    city: f.city,
    postal_code: f.postalCode,
    phone: f.phone,
    website: f.website
  };
}
__name(memberRow, "memberRow");
function contactRows(mutualId, f) {
  return f.contacts.map((c) => ({
    mutual_id: mutualId,
    member_id: f.id,
    name: c.name,
    email: c.email,
    phone: c.phone,
    role_title: c.roleTitle,
    is_primary: c.isPrimary
  }));
}
__name(contactRows, "contactRows");
function employeeRow(mutualId, memberId, e) {
  return {
    id: e.id,
    mutual_id: mutualId,
    member_id: memberId,
    first_name: e.firstName,
    last_name: e.lastName,
    email: e.email,
    job_title: e.jobTitle,
    noc_code: e.nocCode,
    teer: e.teer,
    education_level: e.educationLevel,
    language: e.language,
    birth_year: e.birthYear,
    hire_date: e.hireDate,
    end_date: e.endDate,
    end_reason: e.endReason
  };
}
__name(employeeRow, "employeeRow");
function wageRows(mutualId, memberId, e) {
  return e.wages.map((w) => ({
    mutual_id: mutualId,
    member_id: memberId,
    employee_id: e.id,
    effective_on: w.effectiveOn,
    hourly_wage_cents: w.hourlyWageCents
  }));
}
__name(wageRows, "wageRows");
function userRow(a, passwordHash) {
  return {
    email: a.email,
    display_name: a.displayName,
    password_hash: passwordHash,
    locale: a.locale,
    role: a.role,
    mutual_id: a.mutualId,
    member_id: a.memberId,
    provider_id: a.providerId
  };
}
__name(userRow, "userRow");

// apps/server/src/db/seed/seed-accounts.ts
var seedAccounts = {
  name: "accounts",
  async run({ db, dataset, passwordHash, log }) {
    await insertInBatches(
      db,
      "app_user",
      dataset.accounts.map((a) => userRow(a, passwordHash))
    );
    log(`seeded ${dataset.accounts.length} accounts (password in README)`);
  }
};

// apps/server/src/db/seed/seed-catalogue.ts
var months = /* @__PURE__ */ __name((from, to) => Array.from({ length: to - from + 1 }, (_, i) => `2027-${String(from + i).padStart(2, "0")}`), "months");
var LANAUDIERE = {
  providerRegions: [["14", "15", "16"], ["14"], ["14", "15", "13"], ["14", "16"]],
  courses: [
    { key: "forklift", provider: 0, topic: "health-safety.forklift", fr: "Conduite s\xE9curitaire du chariot \xE9l\xE9vateur", en: "Safe forklift operation", language: "fr", mode: "in_person", regions: ["14"], periods: months(2, 5), hours: 16, fixed: 18e4, seat: 9500, min: 6, max: 12 },
    { key: "whmis", provider: 1, topic: "health-safety.whmis", fr: "SIMDUT 2015 en ligne", en: "WHMIS 2015 online", language: "fr", mode: "virtual", regions: [], periods: months(1, 6), hours: 4, fixed: 6e4, seat: 4e3, min: 5, max: 20 },
    { key: "whmis-en", provider: 1, topic: "health-safety.whmis", fr: "SIMDUT 2015 (anglais)", en: "WHMIS 2015 (English)", language: "en", mode: "virtual", regions: [], periods: ["2027-03", "2027-05"], hours: 4, fixed: 6e4, seat: 4500, min: 5, max: 15 },
    { key: "first-aid", provider: 0, topic: "health-safety.first-aid", fr: "Secourisme en milieu de travail", en: "Workplace first aid", language: "fr", mode: "in_person", regions: ["14"], periods: ["2027-06"], hours: 16, fixed: 15e4, seat: 7e3, min: 6, max: 12 },
    { key: "supervising", provider: 2, topic: "management.supervising-team", fr: "Superviser une \xE9quipe au quotidien", en: "Supervising a team day to day", language: "fr", mode: "in_person", regions: ["14", "15"], periods: ["2027-02", "2027-04"], hours: 21, fixed: 32e4, seat: 15e3, min: 8, max: 14 },
    { key: "spreadsheets", provider: 1, topic: "digital.spreadsheets", fr: "Excel pour la production", en: "Excel for production staff", language: "fr", mode: "virtual", regions: [], periods: months(1, 4), hours: 12, fixed: 9e4, seat: 6e3, min: 6, max: 16 },
    { key: "welding", provider: 3, topic: "trades.welding", fr: "Soudage MIG et TIG : perfectionnement", en: "MIG and TIG welding: advanced", language: "fr", mode: "in_person", regions: ["14"], periods: months(3, 6), hours: 60, fixed: 45e4, seat: 35e3, min: 4, max: 8 },
    { key: "lean", provider: 0, topic: "production.lean", fr: "Initiation au lean manufacturing", en: "Lean manufacturing basics", language: "fr", mode: "in_person", regions: ["14"], periods: ["2027-04", "2027-05"], hours: 14, fixed: 25e4, seat: 12e3, min: 10, max: 16 },
    { key: "french", provider: 2, topic: "languages.workplace-french", fr: "Fran\xE7ais au travail (virtuel)", en: "Workplace French (virtual)", language: "fr", mode: "virtual", regions: [], periods: months(1, 6), hours: 30, fixed: 24e4, seat: 9e3, min: 6, max: 10 },
    { key: "harassment", provider: 2, topic: "hr.harassment-prevention", fr: "Pr\xE9venir le harc\xE8lement au travail", en: "Preventing workplace harassment", language: "fr", mode: "virtual", regions: [], periods: months(1, 6), hours: 3, fixed: 45e3, seat: 2500, min: 4, max: 25 },
    { key: "cnc", provider: 3, topic: "trades.cnc", fr: "Programmation CNC", en: "CNC programming", language: "fr", mode: "in_person", regions: ["14"], periods: months(3, 6), hours: 45, fixed: 38e4, seat: 28e3, min: 4, max: 8, status: "proposed" },
    { key: "maintenance", provider: 0, topic: "production.maintenance", fr: "Maintenance pr\xE9ventive (ancienne version)", en: "Preventive maintenance (old version)", language: "fr", mode: "in_person", regions: ["14"], periods: ["2026-10"], hours: 21, fixed: 21e4, seat: 9e3, min: 6, max: 12, status: "retired" }
  ],
  needs: [
    // Pools well: six firms, enough seats for the in-person course (minimum 6) in March.
    { topic: "health-safety.forklift", seats: [3, 2, 4, 2, 3, 2], languages: ["fr"], modes: ["in_person"], periods: ["2027-02", "2027-03"], priority: "high" },
    { topic: "health-safety.forklift", seats: [2], languages: ["fr"], modes: ["in_person"], periods: ["2027-03", "2027-04"], regionCode: "15" },
    // region not served
    { topic: "health-safety.whmis", seats: [4, 3, 2, 5, 2], languages: ["fr"], modes: ["virtual", "in_person"], periods: months(1, 3) },
    { topic: "health-safety.whmis", seats: [2], languages: ["en"], modes: ["virtual"], periods: ["2027-03"] },
    // below the minimum
    { topic: "health-safety.first-aid", seats: [4, 3, 3], languages: ["fr"], modes: ["in_person"], periods: ["2027-02", "2027-03"] },
    // no period
    { topic: "management.supervising-team", seats: [2, 2, 3], languages: ["fr"], modes: ["in_person"], periods: ["2027-04"], priority: "high" },
    // 7 of 8 seats
    { topic: "digital.spreadsheets", seats: [3, 2, 2, 4], languages: ["fr", "en"], modes: ["virtual"], periods: ["2027-02", "2027-03"], maxPrice: 2e4 },
    { topic: "trades.welding", seats: [3, 2], languages: ["fr"], modes: ["in_person"], periods: ["2027-04", "2027-05"], priority: "high" },
    { topic: "production.lean", seats: [3, 3], languages: ["fr"], modes: ["in_person"], periods: ["2027-04"] },
    // below the minimum
    { topic: "trades.plc", seats: [2, 3], languages: ["fr"], modes: ["in_person"], periods: ["2027-05"] },
    // no course on the topic
    { topic: "trades.cnc", seats: [2], languages: ["fr"], modes: ["in_person"], periods: ["2027-04"] },
    // the course is only proposed
    { topic: "languages.workplace-french", seats: [4, 2], languages: ["fr"], modes: ["in_person"], periods: ["2027-03"] },
    // no mode match
    { topic: "hr.harassment-prevention", seats: [1, 2, 2], languages: ["fr"], modes: ["virtual"], periods: ["2027-01", "2027-02"] },
    { topic: "finance.cost-accounting", seats: [1], languages: ["fr"], modes: ["in_person", "virtual"], periods: ["2027-05"], priority: "low" },
    // History: needs already planned, withdrawn or closed.
    { topic: "health-safety.lockout", seats: [4, 3], languages: ["fr"], modes: ["in_person"], periods: ["2027-01"], status: "planned" },
    { topic: "marketing.customer-service", seats: [2], languages: ["fr"], modes: ["virtual"], periods: ["2027-02"], status: "withdrawn" },
    { topic: "health-safety.whmis", seats: [5], languages: ["fr"], modes: ["in_person"], periods: ["2026-09"], status: "closed" }
  ]
};
var ALIMENTAIRE = {
  providerRegions: [["14", "16", "17", "03"], ["14", "15", "16", "17", "12", "03", "05", "13"]],
  courses: [
    { key: "food-safety", provider: 1, topic: "production.food-safety", fr: "Hygi\xE8ne et salubrit\xE9 alimentaires (MAPAQ)", en: "Food hygiene and safety (MAPAQ)", language: "fr", mode: "in_person", regions: ["14", "16", "17", "03"], periods: months(2, 4), hours: 12, fixed: 14e4, seat: 6500, min: 5, max: 15 },
    { key: "food-safety-en", provider: 1, topic: "production.food-safety", fr: "Hygi\xE8ne alimentaire (anglais, virtuel)", en: "Food hygiene (English, virtual)", language: "en", mode: "virtual", regions: [], periods: months(1, 6), hours: 6, fixed: 8e4, seat: 5e3, min: 6, max: 20 },
    { key: "butchery", provider: 0, topic: "trades.mechanics", fr: "Entretien des \xE9quipements de d\xE9coupe", en: "Cutting equipment maintenance", language: "fr", mode: "in_person", regions: ["14", "16"], periods: ["2027-03", "2027-05"], hours: 14, fixed: 16e4, seat: 8e3, min: 4, max: 10 }
  ],
  needs: [
    { topic: "production.food-safety", seats: [3, 2, 2], languages: ["fr"], modes: ["in_person"], periods: ["2027-02", "2027-03"], priority: "high" },
    { topic: "production.food-safety", seats: [2, 1], languages: ["en"], modes: ["virtual"], periods: ["2027-03"] },
    { topic: "trades.mechanics", seats: [2], languages: ["fr"], modes: ["in_person"], periods: ["2027-05"], regionCode: "05" },
    { topic: "sustainability.waste-reduction", seats: [2, 2], languages: ["fr"], modes: ["virtual"], periods: ["2027-04"] }
  ]
};
var PLANS = { lanaudiere: LANAUDIERE, alimentaire: ALIMENTAIRE };
var CONTACT_ROLES = ["Responsable des inscriptions", "Conseill\xE8re p\xE9dagogique", "Direction"];
function providerUpdates(mutual, plan2) {
  return mutual.providers.map((p, i) => ({
    id: p.id,
    regions: plan2.providerRegions[i] ?? [],
    website: `https://${p.slug}.demo`,
    contacts: JSON.stringify([{ name: `Service aux entreprises ${p.name}`, role: CONTACT_ROLES[i % CONTACT_ROLES.length], email: p.email, phone: p.phone }]),
    notes: i === 0 ? "Tarifs pr\xE9f\xE9rentiels pour les membres de la mutuelle." : ""
  }));
}
__name(providerUpdates, "providerUpdates");
var at = /* @__PURE__ */ __name((date, hour = 10) => `${date}T${String(hour).padStart(2, "0")}:00:00.000Z`, "at");
function build(mutual, plan2, topic, rng, coordinatorId) {
  const mutualId = mutual.id;
  const active = mutual.firms.filter((f) => f.status === "active");
  const courseIds = /* @__PURE__ */ new Map();
  const courses = plan2.courses.map((c) => {
    const id = rng.uuid();
    courseIds.set(c.key, id);
    const status = c.status ?? "approved";
    return {
      id,
      mutual_id: mutualId,
      provider_id: mutual.providers[c.provider].id,
      topic_id: topic(c.topic),
      status,
      title_fr: c.fr,
      title_en: c.en,
      description_fr: `${c.fr} : formation de ${c.hours} h offerte aux entreprises membres.`,
      description_en: `${c.en}: a ${c.hours}-hour course for member firms.`,
      objectives: "Appliquer les bonnes pratiques au poste de travail; conna\xEEtre les obligations l\xE9gales.",
      content: "Th\xE9orie, d\xE9monstrations, exercices pratiques et \xE9valuation des apprentissages.",
      duration_hours: c.hours,
      language: c.language,
      mode: c.mode,
      regions: c.regions,
      periods: c.periods,
      fixed_cost_cents: c.fixed,
      seat_cost_cents: c.seat,
      min_seats: c.min,
      max_seats: c.max,
      max_sessions_per_period: c.mode === "virtual" ? 2 : 1,
      approved_at: status === "proposed" ? null : at("2026-09-15"),
      approved_by: status === "proposed" ? null : coordinatorId
    };
  });
  const revisions = [];
  const revised = plan2.courses.find((c) => c.key === "welding" || c.key === "butchery");
  if (revised) {
    revisions.push({
      mutual_id: mutualId,
      course_id: courseIds.get(revised.key),
      provider_id: mutual.providers[revised.provider].id,
      proposed: JSON.stringify({ seatCostCents: revised.seat + 3e3, periods: [...revised.periods, "2027-07"] }),
      status: "pending",
      submitted_at: at("2026-10-28", 14)
    });
  }
  const order = [...active];
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  let cursor = 0;
  const nextFirm = /* @__PURE__ */ __name(() => order[cursor++ % order.length], "nextFirm");
  const needs = [];
  for (const spec of plan2.needs) {
    for (const seats of spec.seats) {
      const firm = nextFirm();
      const created = `2026-${String(rng.int(8, 10)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
      needs.push({
        id: rng.uuid(),
        mutual_id: mutualId,
        member_id: firm.id,
        topic_id: topic(spec.topic),
        seats,
        noc_code: firm.employees[0]?.nocCode ?? null,
        languages: spec.languages,
        modes: spec.modes,
        region_code: spec.regionCode ?? firm.regionCode,
        periods: spec.periods,
        priority: spec.priority ?? "medium",
        max_price_per_seat_cents: spec.maxPrice ?? null,
        status: spec.status ?? "open",
        status_changed_at: at(created),
        source: rng.chance(0.2) ? "import" : "declared",
        created_at: at(created, 9),
        updated_at: at(created, 9)
      });
    }
  }
  const diagnostics = [];
  const states = ["validated", "completed", "in_progress", "scheduled", "cancelled"];
  const byHeadcount = [...active].sort((a, b) => b.headcount - a.headcount || a.legalName.localeCompare(b.legalName));
  states.forEach((status, i) => {
    const firm = byHeadcount[i % byHeadcount.length];
    const id = rng.uuid();
    const day = ["2026-09-12", "2026-10-20", "2026-10-30", "2026-11-18", "2026-10-05"][i];
    const started = status !== "scheduled" && status !== "cancelled";
    const done = status === "completed" || status === "validated";
    const noc = firm.employees[0]?.nocCode ?? "94100";
    diagnostics.push({
      id,
      mutual_id: mutualId,
      member_id: firm.id,
      status,
      scheduled_on: day,
      conducted_by: coordinatorId,
      challenges: started ? "Roulement du personnel de production; nouveaux \xE9quipements \xE0 ma\xEEtriser; rel\xE8ve des superviseurs." : "",
      skills_gaps: JSON.stringify(
        started ? [
          { nocCode: noc, jobTitle: firm.employees[0]?.jobTitle ?? "Op\xE9rateur", description: "S\xE9curit\xE9 des \xE9quipements de manutention", employees: 4 },
          { nocCode: "0", jobTitle: "Chef d\u2019\xE9quipe", description: "Encadrer une \xE9quipe et donner de la r\xE9troaction", employees: 2 }
        ] : []
      ),
      priorities: started ? "Sant\xE9 et s\xE9curit\xE9 avant tout, puis supervision." : "",
      constraints: JSON.stringify({ languages: ["fr"], modes: ["in_person", "virtual"], regionCode: firm.regionCode, periods: months(2, 5), maxPricePerSeatCents: 4e4, notes: "\xC9viter les semaines de fin de mois." }),
      notes: status === "cancelled" ? "Report\xE9 \xE0 la demande de l\u2019entreprise." : "",
      started_at: started ? at(day, 9) : null,
      completed_at: done ? at(day, 12) : null,
      validated_at: status === "validated" ? at("2026-09-20") : null
    });
    if (done) {
      const lines = [
        ["health-safety.forklift", 3, ["2027-03", "2027-04"]],
        ["management.supervising-team", 2, ["2027-04"]]
      ];
      for (const [code, seats, periods] of lines) {
        needs.push({
          id: rng.uuid(),
          mutual_id: mutualId,
          member_id: firm.id,
          topic_id: topic(code),
          diagnostic_id: id,
          seats,
          noc_code: code.startsWith("management") ? "0" : noc,
          languages: ["fr"],
          modes: ["in_person"],
          region_code: firm.regionCode,
          periods,
          priority: "high",
          max_price_per_seat_cents: 4e4,
          status: status === "validated" ? "open" : "proposed",
          status_changed_at: at(day, 12),
          source: "diagnostic",
          created_at: at(day, 12),
          updated_at: at(day, 12)
        });
      }
    }
  });
  let quote = null;
  const supervising = plan2.courses.find((c) => c.key === "supervising");
  if (supervising) {
    const topicId = topic(supervising.topic);
    const asked = needs.filter((n) => n.topic_id === topicId && n.status === "open");
    const requestId = rng.uuid();
    const [answering, waiting] = [mutual.providers[0], mutual.providers[2]];
    const responseId = rng.uuid();
    quote = {
      request: {
        id: requestId,
        mutual_id: mutualId,
        topic_id: topicId,
        title: "Superviser une \xE9quipe \u2014 cohorte du printemps 2027",
        details: "Cohorte interentreprises \xE0 Joliette; formation en fran\xE7ais, en pr\xE9sentiel, en avril 2027.",
        region_code: "14",
        language: "fr",
        modes: ["in_person"],
        periods: ["2027-04"],
        seats: asked.reduce((s, n) => s + n.seats, 0),
        members_count: new Set(asked.map((n) => n.member_id)).size,
        need_ids: asked.map((n) => n.id),
        response_due_on: "2026-11-30",
        created_by: coordinatorId,
        created_at: at("2026-10-25"),
        updated_at: at("2026-10-29")
      },
      providers: [
        { quote_request_id: requestId, provider_id: answering.id, mutual_id: mutualId, status: "answered", sent_at: at("2026-10-25"), answered_at: at("2026-10-29") },
        { quote_request_id: requestId, provider_id: waiting.id, mutual_id: mutualId, status: "sent", sent_at: at("2026-10-25") }
      ],
      responses: [
        {
          id: responseId,
          mutual_id: mutualId,
          quote_request_id: requestId,
          provider_id: answering.id,
          fixed_cost_cents: 28e4,
          seat_cost_cents: 14e3,
          min_seats: 6,
          max_seats: 12,
          periods: ["2027-04"],
          duration_hours: 21,
          conditions: "Salle fournie par une entreprise h\xF4te; mat\xE9riel didactique inclus.",
          submitted_at: at("2026-10-29")
        }
      ],
      events: [
        { mutual_id: mutualId, quote_request_id: requestId, at: at("2026-10-25"), actor_user_id: coordinatorId, kind: "created", detail: JSON.stringify({ seats: asked.reduce((s, n) => s + n.seats, 0), members: new Set(asked.map((n) => n.member_id)).size, needs: asked.length }) },
        { mutual_id: mutualId, quote_request_id: requestId, provider_id: answering.id, at: at("2026-10-25"), actor_user_id: coordinatorId, kind: "sent", detail: "{}" },
        { mutual_id: mutualId, quote_request_id: requestId, provider_id: waiting.id, at: at("2026-10-25"), actor_user_id: coordinatorId, kind: "sent", detail: "{}" },
        { mutual_id: mutualId, quote_request_id: requestId, provider_id: answering.id, at: at("2026-10-29"), actor_user_id: null, kind: "answered", detail: JSON.stringify({ responseId }) }
      ]
    };
  }
  return { courses, revisions, needs, diagnostics, quote };
}
__name(build, "build");
async function coordinatorOf(db, mutualId) {
  const row = await db.selectFrom("app_user").select("id").where("mutual_id", "=", mutualId).where("role", "=", "coordinator").limit(1).executeTakeFirst();
  return row?.id ?? null;
}
__name(coordinatorOf, "coordinatorOf");
var seedCatalogue = {
  name: "catalogue",
  async run({ db, dataset, rng, log }) {
    const counts = { topics: 0, courses: 0, needs: 0, diagnostics: 0, quotes: 0 };
    for (const mutual of dataset.mutuals) {
      counts.topics += await installStarterTopics(db, mutual.id);
      const plan2 = PLANS[mutual.key];
      if (!plan2) continue;
      const topicRows = await db.selectFrom("topic").select(["id", "code"]).where("mutual_id", "=", mutual.id).execute();
      const ids = new Map(topicRows.map((t) => [t.code, t.id]));
      const topic = /* @__PURE__ */ __name((code) => {
        const id = ids.get(code);
        if (!id) throw new Error(`demo seed: no starter topic ${code}`);
        return id;
      }, "topic");
      for (const p of providerUpdates(mutual, plan2)) {
        const { id, ...set } = p;
        await db.updateTable("provider").set(set).where("id", "=", id).execute();
      }
      const coordinatorId = await coordinatorOf(db, mutual.id);
      const built = build(mutual, plan2, topic, rng.fork(mutual.key), coordinatorId);
      await insertInBatches(db, "course", built.courses);
      await insertInBatches(db, "course_revision", built.revisions);
      await insertInBatches(db, "diagnostic", built.diagnostics);
      await insertInBatches(db, "need", built.needs);
      if (built.quote) {
        await insertInBatches(db, "quote_request", [built.quote.request]);
        await insertInBatches(db, "quote_request_provider", built.quote.providers);
        await insertInBatches(db, "quote_response", built.quote.responses);
        await insertInBatches(db, "quote_event", built.quote.events);
        counts.quotes++;
      }
      counts.courses += built.courses.length;
      counts.needs += built.needs.length;
      counts.diagnostics += built.diagnostics.length;
    }
    log(
      `seeded ${counts.topics} topics, ${counts.courses} courses, ${counts.diagnostics} diagnostics, ${counts.needs} needs and ${counts.quotes} request(s) for quote`
    );
  }
};

// apps/server/src/db/seed/seed-delivery.ts
import { createHash } from "node:crypto";
var PLANS2 = [
  { state: "proposed", start: null, days: 0, firms: 2, perFirm: 1, goNoGo: 25 },
  { state: "proposed", start: null, days: 0, firms: 1, perFirm: 1, goNoGo: -2, alert: true },
  { state: "confirmed", start: null, days: 0, firms: 3, perFirm: 2, goNoGo: -5 },
  { state: "scheduled", start: 14, days: 2, firms: 3, perFirm: 2, waitlist: 2, goNoGo: -10 },
  { state: "in_delivery", start: -1, days: 2, firms: 3, perFirm: 2, goNoGo: -30 },
  { state: "delivered", start: -30, days: 2, firms: 3, perFirm: 2, goNoGo: -60 },
  { state: "evaluated", start: -80, days: 1, firms: 2, perFirm: 3, goNoGo: -110 },
  { state: "cancelled", start: 7, days: 1, firms: 2, perFirm: 1, goNoGo: -20, cancelReason: "Formateur indisponible \u2014 Trainer unavailable" }
];
var ORDER = ["proposed", "confirmed", "scheduled", "in_delivery", "delivered", "evaluated"];
var hash = /* @__PURE__ */ __name((s) => createHash("sha256").update(s).digest("hex"), "hash");
var seedDelivery = {
  name: "delivery",
  async run({ db, dataset, rng, log }) {
    let sessions = 0;
    let attestations = 0;
    const asOf = dataset.asOf;
    for (const mutual of dataset.mutuals) {
      const courses = await db.selectFrom("course").selectAll().where("mutual_id", "=", mutual.id).where("status", "=", "approved").orderBy("title_fr").execute();
      if (courses.length === 0) continue;
      const coordinator = await db.selectFrom("app_user").select("id").where("mutual_id", "=", mutual.id).where("role", "=", "coordinator").limit(1).executeTakeFirst();
      const trainers = await db.selectFrom("app_user").select(["id", "provider_id", "display_name"]).where("mutual_id", "=", mutual.id).where("role", "=", "trainer").execute();
      const firms = mutual.firms.filter((f) => f.status === "active").map((f) => ({ id: f.id, employees: f.employees.filter((e) => !e.endDate) })).filter((f) => f.employees.length >= 4).sort((a, b) => b.employees.length - a.employees.length).slice(0, 6);
      if (firms.length < 3) continue;
      let seq = 0;
      const used = /* @__PURE__ */ new Map();
      const nextEmployee = /* @__PURE__ */ __name((firm) => {
        const i = used.get(firm.id) ?? 0;
        used.set(firm.id, i + 1);
        return firm.employees[i % firm.employees.length];
      }, "nextEmployee");
      for (const [i, plan2] of PLANS2.entries()) {
        const course = courses[i % courses.length];
        const trainer = trainers.find((t) => t.provider_id === course.provider_id);
        const firstDay = plan2.start === null ? null : addDays(asOf, plan2.start);
        const period = (firstDay ?? addDays(asOf, 45)).slice(0, 7);
        const chosen = [...firms.slice(i % 3), ...firms.slice(0, i % 3)].slice(0, plan2.firms);
        const participants = chosen.flatMap((f) => Array.from({ length: plan2.perFirm }, () => ({ memberId: f.id, employee: nextEmployee(f) })));
        const waiting = Array.from({ length: plan2.waitlist ?? 0 }, (_, k) => ({ memberId: chosen[k % chosen.length].id, employee: nextEmployee(chosen[k % chosen.length]) }));
        const seatsMax = plan2.waitlist ? participants.length : Math.max(course.max_seats, participants.length);
        const seatsMin = Math.min(course.min_seats, seatsMax);
        const cost = course.fixed_cost_cents + course.seat_cost_cents * Math.max(participants.length, seatsMin);
        const at2 = /* @__PURE__ */ __name((d) => `${addDays(asOf, d)}T14:00:00.000Z`, "at");
        const session = await db.insertInto("training_session").values({
          mutual_id: mutual.id,
          course_id: course.id,
          period,
          region_code: course.mode === "virtual" ? null : course.regions[0] ?? mutual.regionCode,
          seats: participants.length,
          cost_cents: cost,
          status: plan2.state,
          seats_min: seatsMin,
          seats_max: seatsMax,
          go_no_go_date: addDays(asOf, plan2.goNoGo),
          go_no_go_alerted_at: plan2.alert ? at2(-2) : null,
          place: firstDay && course.mode === "in_person" ? `Salle de formation, ${["Joliette", "Terrebonne", "Repentigny", "Mascouche"][i % 4]}` : null,
          virtual_link: firstDay && course.mode === "virtual" ? "https://meet.example.org/mutualis-demo" : null,
          provider_id: course.provider_id,
          trainer_user_id: firstDay ? trainer?.id ?? null : null,
          trainer_name: firstDay && !trainer ? "Sylvie Riopel" : null,
          single_firm: plan2.firms === 1 && plan2.state !== "proposed",
          cancel_reason: plan2.cancelReason ?? null,
          cancelled_at: plan2.cancelReason ? at2(-1) : null,
          sequence: plan2.state === "cancelled" ? 2 : firstDay ? 1 : 0,
          created_by: coordinator?.id ?? null,
          created_at: at2(plan2.goNoGo - 30)
        }).returning("id").executeTakeFirstOrThrow();
        sessions++;
        const events = [{ kind: "created", to: "proposed", day: plan2.goNoGo - 30 }];
        if (plan2.alert) events.push({ kind: "go_no_go_alert", to: "", day: plan2.goNoGo });
        const reached = plan2.state === "cancelled" ? ORDER.indexOf("scheduled") : ORDER.indexOf(plan2.state);
        for (let k = 1; k <= reached; k++) events.push({ kind: "transition", to: ORDER[k], day: plan2.goNoGo + k });
        if (plan2.state === "cancelled") events.push({ kind: "transition", to: "cancelled", day: -1 });
        let from = null;
        for (const e of events) {
          await db.insertInto("session_event").values({
            mutual_id: mutual.id,
            session_id: session.id,
            actor_user_id: e.kind === "go_no_go_alert" ? null : coordinator?.id ?? null,
            kind: e.kind,
            from_status: e.kind === "transition" ? from : null,
            to_status: e.to || null,
            reason: e.to === "cancelled" ? plan2.cancelReason ?? null : null,
            at: at2(Math.min(e.day, 0)),
            detail: "{}"
          }).execute();
          if (e.to) from = e.to;
        }
        const days = [];
        for (let d = 0; d < plan2.days && firstDay; d++) {
          days.push(
            await db.insertInto("session_meeting_day").values({ mutual_id: mutual.id, session_id: session.id, day: addDays(firstDay, d), starts_at: "08:30", ends_at: "16:00", hours: 7 }).returning(["id", "day", "hours"]).executeTakeFirstOrThrow()
          );
        }
        const delivered = plan2.state === "delivered" || plan2.state === "evaluated";
        const enrolled = [];
        for (const p of participants) {
          const outcome = delivered ? rng.next() < 0.85 ? "passed" : "not_passed" : null;
          enrolled.push({
            ...p,
            row: await db.insertInto("enrolment").values({ mutual_id: mutual.id, session_id: session.id, member_id: p.memberId, employee_id: p.employee.id, status: "confirmed", outcome, score: outcome ? 60 + Math.floor(rng.next() * 40) : null, created_at: at2(plan2.goNoGo - 20) }).returning("id").executeTakeFirstOrThrow(),
            outcome
          });
        }
        for (const w of waiting) {
          await db.insertInto("enrolment").values({ mutual_id: mutual.id, session_id: session.id, member_id: w.memberId, employee_id: w.employee.id, status: "waitlisted", created_at: at2(plan2.goNoGo - 5) }).execute();
        }
        const marks = [];
        if (plan2.state === "in_delivery" || delivered) {
          for (const e of enrolled) {
            for (const [d, day] of days.entries()) {
              if (plan2.state === "in_delivery" && d > 0) continue;
              const present = !(delivered && e === enrolled[enrolled.length - 1] && d === days.length - 1);
              marks.push({ enrolmentId: e.row.id, meetingDayId: day.id, present, hours: present ? 7 : 0 });
              await db.insertInto("attendance").values({ enrolment_id: e.row.id, meeting_day_id: day.id, mutual_id: mutual.id, session_id: session.id, present, hours: present ? 7 : 0, recorded_by: trainer?.id ?? coordinator?.id ?? null }).execute();
            }
          }
        }
        if (!delivered) continue;
        await db.insertInto("session_register").values({ session_id: session.id, mutual_id: mutual.id, evaluation_result: `${enrolled.filter((e) => e.outcome === "passed").length} r\xE9ussi(s) sur ${enrolled.length}`, updated_by: coordinator?.id ?? null }).execute();
        const facts = deliveredFacts({ days, participants: enrolled.map((e) => ({ enrolmentId: e.row.id })), attendance: marks });
        for (const [k, e] of enrolled.entries()) {
          const { hoursAttended: hours, completed } = facts.participants[k];
          if (!completed) continue;
          seq++;
          const emp = e.employee;
          await db.insertInto("attestation").values({
            mutual_id: mutual.id,
            number: formatAttestationNumber(Number(days[days.length - 1].day.slice(0, 4)), seq, verificationCode(Uint8Array.from({ length: 8 }, () => Math.floor(rng.next() * 256)))),
            enrolment_id: e.row.id,
            session_id: session.id,
            member_id: e.memberId,
            employee_id: emp.id,
            participant_name: `${emp.firstName} ${emp.lastName}`,
            course_title_fr: course.title_fr,
            course_title_en: course.title_en,
            provider_name: null,
            date_from: facts.firstDay,
            date_to: facts.lastDay,
            hours,
            issued_at: at2(plan2.start + plan2.days)
          }).execute();
          attestations++;
          for (const level of [1, 2]) {
            const answered = rng.next() < 0.7;
            await db.insertInto("questionnaire").values({
              mutual_id: mutual.id,
              session_id: session.id,
              level,
              enrolment_id: e.row.id,
              member_id: e.memberId,
              to_address: emp.email,
              locale: emp.language,
              token_hash: hash(`demo-${e.row.id}-${level}`),
              send_on: addDays(asOf, plan2.start + plan2.days),
              closes_on: addDays(asOf, plan2.start + plan2.days + 30),
              sent_at: at2(plan2.start + plan2.days),
              answered_at: answered ? at2(plan2.start + plan2.days + 2) : null,
              answers: answered ? JSON.stringify(
                level === 1 ? { overall: 3 + Math.floor(rng.next() * 3), trainer: 4 + Math.floor(rng.next() * 2), relevance: 3 + Math.floor(rng.next() * 3), logistics: 3 + Math.floor(rng.next() * 3) } : { objectives: 3 + Math.floor(rng.next() * 3), before: 1 + Math.floor(rng.next() * 3), after: 3 + Math.floor(rng.next() * 3), confidence: 3 + Math.floor(rng.next() * 3) }
              ) : null
            }).execute();
          }
        }
      }
      await db.updateTable("mutual").set({ attestation_seq: seq }).where("id", "=", mutual.id).execute();
    }
    log(`seeded ${sessions} sessions in every delivery state and ${attestations} attestations`);
  }
};

// apps/server/src/db/seed/seed-employees.ts
var seedEmployees = {
  name: "employees",
  async run({ db, dataset, log }) {
    const employees = dataset.mutuals.flatMap((m) => m.firms.flatMap((f) => f.employees.map((e) => employeeRow(m.id, f.id, e))));
    const wages = dataset.mutuals.flatMap((m) => m.firms.flatMap((f) => f.employees.flatMap((e) => wageRows(m.id, f.id, e))));
    await insertInBatches(db, "employee", employees);
    await insertInBatches(db, "wage", wages);
    log(`seeded ${employees.length} employees and ${wages.length} wage rows`);
  }
};

// apps/server/src/db/seed/seed-governance.ts
function historyRows(mutualId, h, createdBy) {
  const rows = {
    recognition_file: [
      {
        mutual_id: mutualId,
        legal_name: h.file.legalName,
        neq: h.file.neq,
        incorporated_on: h.file.incorporatedOn,
        address: h.file.address,
        skills_problems: h.file.skillsProblems,
        pooling_rationale: h.file.poolingRationale,
        collaboration: h.file.collaboration,
        viable_members: h.file.viableMembers,
        viability_budget_cents: h.file.viabilityBudgetCents,
        viability_activity: h.file.viabilityActivity,
        resolution_body: h.file.resolution?.body ?? "",
        resolution_adopted_on: h.file.resolution?.adoptedOn ?? null,
        resolution_reference: h.file.resolution?.reference ?? ""
      }
    ],
    recognition_event: h.events.map((e, i) => ({
      mutual_id: mutualId,
      kind: e.kind,
      occurred_on: e.occurredOn,
      answer_due_on: e.answerDueOn,
      note: e.note,
      created_by: createdBy,
      created_at: new Date(Date.parse(`${e.occurredOn}T15:00:00Z`) + i).toISOString()
    })),
    board_seat: h.seats.map((s) => ({ id: s.id, mutual_id: mutualId, kind: s.kind, label: s.label, position: s.position })),
    board_member: h.boardMembers.map((m) => ({
      id: m.id,
      mutual_id: mutualId,
      seat_id: m.seatId,
      name: m.name,
      organisation: m.organisation,
      member_id: m.memberId,
      email: m.email,
      office: m.office,
      term_start: m.termStart,
      term_end: m.termEnd,
      user_id: m.userId
    })),
    board_meeting: h.meetings.map((g) => ({ id: g.id, mutual_id: mutualId, held_on: g.heldOn, kind: g.kind, held: true, agenda: g.agenda, minutes: g.minutes, created_by: createdBy })),
    board_attendance: h.meetings.flatMap((g) => [
      ...g.present.map((id) => ({ meeting_id: g.id, board_member_id: id, mutual_id: mutualId, present: true })),
      ...g.absent.map((id) => ({ meeting_id: g.id, board_member_id: id, mutual_id: mutualId, present: false }))
    ]),
    board_decision: h.meetings.flatMap((g) => g.decisions.map((d, i) => ({ meeting_id: g.id, mutual_id: mutualId, position: i + 1, text: d.text, outcome: d.outcome }))),
    leader: h.leaders.map((l) => ({ id: l.id, mutual_id: mutualId, name: l.name, role: l.role, member_id: l.memberId, board_member_id: l.boardMemberId, since: l.since, until: l.until })),
    leader_contribution: h.leaders.flatMap(
      (l) => l.contributions.map((c) => ({ mutual_id: mutualId, leader_id: l.id, kind: c.kind, occurred_on: c.occurredOn, member_id: c.memberId, amount_cents: c.amountCents, note: c.note }))
    ),
    partner: h.partners.map((p) => ({ id: p.id, mutual_id: mutualId, name: p.name, kind: p.kind, since: p.since, until: p.until, website: p.website })),
    partner_support: h.partners.flatMap(
      (p) => p.supports.map((s) => ({ mutual_id: mutualId, partner_id: p.id, kind: s.kind, description: s.description, amount_cents: s.amountCents, starts_on: s.startsOn, ends_on: s.endsOn, created_by: createdBy }))
    ),
    partner_agreement: h.partners.flatMap(
      (p) => p.agreements.map((a) => ({ mutual_id: mutualId, partner_id: p.id, title: a.title, signed_on: a.signedOn, starts_on: a.startsOn, ends_on: a.endsOn }))
    ),
    partner_contact: h.partners.flatMap((p) => p.contacts.map((c) => ({ mutual_id: mutualId, partner_id: p.id, name: c.name, role_title: c.roleTitle, email: c.email }))),
    activity_year: h.activityYears.map((y) => ({
      mutual_id: mutualId,
      year: y.year,
      firms_served: y.firmsServed,
      micro_small_firms_served: y.microSmallFirmsServed,
      workers_served: y.workersServed,
      low_skilled_workers_served: y.lowSkilledWorkersServed
    }))
  };
  return rows;
}
__name(historyRows, "historyRows");
async function insertGovernanceHistories(db, histories) {
  const all = histories.map((h) => historyRows(h.mutualId, h.history, h.createdBy));
  const tables = Object.keys(all[0] ?? {});
  for (const table of tables) {
    await insertInBatches(db, table, all.flatMap((r) => r[table]));
  }
}
__name(insertGovernanceHistories, "insertGovernanceHistories");
var historyFirms = /* @__PURE__ */ __name((firms) => firms.map((f) => ({ id: f.id, legalName: f.legalName, headcount: f.headcount, joinedOn: f.joinedOn, leftOn: f.leftOn })), "historyFirms");
function historyOf(rng, m, firms, profile, asOf, extra = {}) {
  const since = m.recognisedSince ?? "2012-01-01";
  return governanceHistory(rng, {
    mutualId: m.id,
    name: m.name,
    basis: m.kind,
    recognisedSince: since,
    fromYear: Math.max(Number(since.slice(0, 4)), Number(asOf.slice(0, 4)) - 9),
    asOf,
    firms,
    profile,
    ...extra
  });
}
__name(historyOf, "historyOf");
var seedGovernance = {
  name: "governance",
  async run({ db, dataset, rng, passwordHash, log }) {
    const asOf = dataset.asOf;
    const added = governanceDemoMutuals({ seed: dataset.seed, asOf });
    await insertInBatches(db, "mutual", added.map(mutualRow));
    await insertInBatches(db, "member", added.flatMap((m) => m.firms.map((f) => memberRow(m.id, f))));
    await insertInBatches(db, "member_contact", added.flatMap((m) => m.firms.flatMap((f) => contactRows(m.id, f))));
    await insertInBatches(db, "employee", added.flatMap((m) => m.firms.flatMap((f) => f.employees.map((e) => employeeRow(m.id, f.id, e)))));
    await insertInBatches(db, "wage", added.flatMap((m) => m.firms.flatMap((f) => f.employees.flatMap((e) => wageRows(m.id, f.id, e)))));
    await insertInBatches(
      db,
      "app_user",
      added.map((m) => ({ email: m.coordinator.email, display_name: m.coordinator.displayName, password_hash: passwordHash, locale: "fr", role: "coordinator", mutual_id: m.id }))
    );
    const boardAccount = dataset.accounts.find((a) => a.role === "board_viewer");
    const chairUser = boardAccount ? await db.selectFrom("app_user").select(["id", "display_name"]).where("email", "=", boardAccount.email).executeTakeFirst() : void 0;
    const coordinators = new Map(dataset.accounts.filter((a) => a.role === "coordinator").map((a) => [a.mutualId, a.displayName]));
    const all = [
      ...dataset.mutuals.map((m) => ({ key: m.key, mutual: m, firms: historyFirms(m.firms), coordinator: coordinators.get(m.id) })),
      ...added.map((m) => ({ key: m.key, mutual: m, firms: historyFirms(m.firms), coordinator: m.coordinator.displayName }))
    ];
    const histories = all.map(({ key, mutual, firms, coordinator }) => ({
      mutualId: mutual.id,
      createdBy: null,
      history: historyOf(rng.fork(key), mutual, firms, DEMO_GOVERNANCE_PROFILES[key], asOf, {
        chair: key === "lanaudiere" && chairUser && boardAccount?.mutualId === mutual.id ? { name: chairUser.display_name, userId: chairUser.id } : null,
        coordinatorName: coordinator
      })
    }));
    await insertGovernanceHistories(db, histories);
    const byKey = new Map(all.map((a) => [a.key, a.mutual.id]));
    await insertInBatches(
      db,
      "research_consent",
      all.map((a) => ({ mutual_id: a.mutual.id, consented: DEMO_RESEARCH_CONSENT[a.key] ?? false, decided_on: "2025-06-12", note: "R\xE9solution du conseil" }))
    );
    const lanaudiere = byKey.get("lanaudiere");
    if (lanaudiere) await insertInBatches(db, "scorecard_threshold", [{ mutual_id: lanaudiere, indicator: "low_skilled_share", green: 0.35, amber: 0.2 }]);
    const funderIds = [];
    for (const f of DEMO_FUNDERS) {
      const row = await db.insertInto("funder").values({ name: f.name, kind: f.kind }).returning("id").executeTakeFirstOrThrow();
      funderIds.push(row.id);
      await insertInBatches(
        db,
        "funder_mutual",
        f.mutuals.flatMap((k) => byKey.get(k) ? [{ funder_id: row.id, mutual_id: byKey.get(k) }] : [])
      );
    }
    const funderUser = await db.insertInto("app_user").values({ email: DEMO_OBSERVER_ACCOUNTS.funder.email, display_name: DEMO_OBSERVER_ACCOUNTS.funder.displayName, password_hash: passwordHash, locale: "fr", role: "funder", funder_id: funderIds[0] }).returning("id").executeTakeFirstOrThrow();
    await db.insertInto("app_user").values({ email: DEMO_OBSERVER_ACCOUNTS.researcher.email, display_name: DEMO_OBSERVER_ACCOUNTS.researcher.displayName, password_hash: passwordHash, locale: "fr", role: "researcher" }).execute();
    await db.insertInto("emulation_scenario").values({
      owner_funder_id: funderIds[0],
      created_by: funderUser.id,
      name: DEMO_SCENARIO.name,
      territory: DEMO_SCENARIO.territory,
      region_code: DEMO_SCENARIO.regionCode,
      firm_counts: JSON.stringify(DEMO_SCENARIO.firmCounts),
      assumptions: JSON.stringify({ ...DEMO_EMULATION_DEFAULTS })
    }).execute();
    const meetings = histories.reduce((n, h) => n + h.history.meetings.length, 0);
    const partners = histories.reduce((n, h) => n + h.history.partners.length, 0);
    log(`seeded governance: ${added.length} more mutuals, ${meetings} board meetings, ${partners} partners, ${DEMO_FUNDERS.length} funders, a funder and a researcher`);
  }
};
var DEMO_EMULATION_DEFAULTS = { ...DEFAULT_EMULATION_ASSUMPTIONS, participationRate: 0.12, seed: 2026 };

// apps/server/src/db/seed/seed-members.ts
var seedMembers = {
  name: "members",
  async run({ db, dataset, log }) {
    const members = dataset.mutuals.flatMap((m) => m.firms.map((f) => memberRow(m.id, f)));
    const contacts = dataset.mutuals.flatMap((m) => m.firms.flatMap((f) => contactRows(m.id, f)));
    await insertInBatches(db, "member", members);
    await insertInBatches(db, "member_contact", contacts);
    log(`seeded ${members.length} member firms and ${contacts.length} contacts`);
  }
};

// apps/server/src/db/seed/seed-mutuals.ts
var seedMutuals = {
  name: "mutuals",
  async run({ db, dataset, log }) {
    await insertInBatches(db, "mutual", dataset.mutuals.map(mutualRow));
    const providers = dataset.mutuals.flatMap((m) => {
      const regions = [...new Set(m.firms.map((f) => f.regionCode))].sort();
      return m.providers.map((p) => providerRow(m.id, p, regions));
    });
    await insertInBatches(db, "provider", providers);
    log(`seeded ${dataset.mutuals.length} mutuals and ${providers.length} providers`);
  }
};

// apps/server/src/db/seed/demo.ts
var DEMO_PASSWORD = "mutualis-demo";
var demoSteps = [seedMutuals, seedMembers, seedEmployees, seedAccounts, seedCatalogue, seedDelivery, seedGovernance];
async function seedDemo(db, options = {}) {
  const log = options.log ?? (() => {
  });
  const seed = options.seed ?? DEMO_SEED;
  const dataset = generateDemoDataset({ seed });
  const passwordHash = await hash2(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    for (const step of demoSteps) {
      const rng = createRng(`demo/${seed}/step/${step.name}`);
      await step.run({ db: trx, dataset, rng, passwordHash, log });
    }
  });
}
__name(seedDemo, "seedDemo");
async function seedDemoIfEmpty(db, options = {}) {
  const existing = await db.selectFrom("mutual").select("id").limit(1).executeTakeFirst();
  if (existing) return false;
  await seedDemo(db, options);
  options.log?.("seeded the demo mutuals");
  return true;
}
__name(seedDemoIfEmpty, "seedDemoIfEmpty");
export {
  DEMO_PASSWORD,
  demoSteps,
  seedDemo,
  seedDemoIfEmpty
};
//# sourceMappingURL=demo-2BTKHETW.mjs.map
