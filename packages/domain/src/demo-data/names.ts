// Names and places for generated demo data: common Quebec family and given names, and towns
// with their postal area (first three characters of the postal code) and telephone area code.

export const LAST_NAMES: readonly string[] = [
  'Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné',
  'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher',
  'Caron', 'Beaulieu', 'Cloutier', 'Dubé', 'Poirier', 'Fournier', 'Lapointe', 'Leclerc', 'Lefebvre', 'Poulin',
  'Thibault', 'St-Pierre', 'Nadeau', 'Martin', 'Landry', 'Martel', 'Bédard', 'Grenier', 'Lessard', 'Bernier',
  'Richard', 'Michaud', 'Hébert', 'Desjardins', 'Couture', 'Turcotte', 'Lachance', 'Parent', 'Blais', 'Gosselin',
  'Savard', 'Proulx', 'Beaudoin', 'Demers', 'Perreault', 'Boivin', 'Cyr', 'Lemieux', 'Roussel', 'Mercier',
  'Rivest', 'Ducharme', 'Laporte', 'Brault', 'Coutu', 'Guilbault', 'Desrosiers', 'Champagne', 'Laurin', 'Mailhot',
  'Sarrazin', 'Hétu', 'Granger', 'Dugas', 'Rondeau', 'Ferland', 'Beauséjour', 'Riopel', 'Asselin', 'Brien',
  'Nguyen', 'Diallo', 'Haddad', 'Joseph', 'Pierre', 'Rodriguez', 'Singh', 'Chen', 'Traoré', 'Benali',
  'Smith', 'Murphy', "O'Neill", 'Campbell',
];

export const FIRST_NAMES_F: readonly string[] = [
  'Marie', 'Julie', 'Isabelle', 'Nathalie', 'Sophie', 'Catherine', 'Mélanie', 'Geneviève', 'Valérie', 'Karine',
  'Stéphanie', 'Annie', 'Émilie', 'Caroline', 'Chantal', 'Josée', 'Audrey', 'Camille', 'Léa', 'Chloé',
  'Rosalie', 'Florence', 'Sarah', 'Jessica', 'Marie-Ève', 'Marie-Claude', 'Andréanne', 'Maude', 'Noémie', 'Laurence',
  'Fatima', 'Aminata', 'Linh', 'Sofia', 'Emily',
];

export const FIRST_NAMES_M: readonly string[] = [
  'Jean', 'Michel', 'Pierre', 'Martin', 'Sylvain', 'Stéphane', 'Patrick', 'Éric', 'François', 'Daniel',
  'Sébastien', 'Mathieu', 'Alexandre', 'Maxime', 'Simon', 'Jonathan', 'Guillaume', 'David', 'Nicolas', 'Marc-André',
  'Jean-François', 'Louis', 'Samuel', 'Gabriel', 'William', 'Félix', 'Olivier', 'Antoine', 'Vincent', 'Charles',
  'Mohamed', 'Karim', 'Minh', 'Carlos', 'Ryan',
];

export interface Place {
  city: string;
  regionCode: string;
  /** First three characters of the postal code. */
  fsa: string;
  areaCode: string;
}

const place = (city: string, regionCode: string, fsa: string, areaCode = '450'): Place => ({ city, regionCode, fsa, areaCode });

/** Towns of Lanaudière (region 14). */
export const LANAUDIERE_PLACES: readonly Place[] = [
  place('Joliette', '14', 'J6E'),
  place('Saint-Charles-Borromée', '14', 'J6E'),
  place('Notre-Dame-des-Prairies', '14', 'J6E'),
  place('Repentigny', '14', 'J6A'),
  place('Terrebonne', '14', 'J6W'),
  place('Mascouche', '14', 'J7K'),
  place("L'Assomption", '14', 'J5W'),
  place('Lavaltrie', '14', 'J5T'),
  place('Berthierville', '14', 'J0K'),
  place('Rawdon', '14', 'J0K'),
  place('Saint-Lin–Laurentides', '14', 'J5M'),
  place('Sainte-Julienne', '14', 'J0K'),
  place('Saint-Félix-de-Valois', '14', 'J0K'),
  place('Crabtree', '14', 'J0K'),
  place('Saint-Jacques', '14', 'J0K'),
  place('Saint-Donat', '14', 'J0T', '819'),
  place('Saint-Michel-des-Saints', '14', 'J0K'),
  place("L'Épiphanie", '14', 'J5X'),
  place("Saint-Roch-de-l'Achigan", '14', 'J0K'),
  place('Saint-Gabriel', '14', 'J0K'),
];

/** Towns across Quebec, at least one per administrative region. */
export const QUEBEC_PLACES: readonly Place[] = [
  place('Rimouski', '01', 'G5L', '418'),
  place('Saguenay', '02', 'G7H', '418'),
  place('Alma', '02', 'G8B', '418'),
  place('Québec', '03', 'G1K', '418'),
  place('Saint-Augustin-de-Desmaures', '03', 'G3A', '418'),
  place('Trois-Rivières', '04', 'G9A', '819'),
  place('Shawinigan', '04', 'G9N', '819'),
  place('Sherbrooke', '05', 'J1H', '819'),
  place('Magog', '05', 'J1X', '819'),
  place('Montréal', '06', 'H1N', '514'),
  place('Montréal', '06', 'H4N', '514'),
  place('Gatineau', '07', 'J8T', '819'),
  place('Rouyn-Noranda', '08', 'J9X', '819'),
  place('Baie-Comeau', '09', 'G4Z', '418'),
  place('Chibougamau', '10', 'G8P', '418'),
  place('Gaspé', '11', 'G4X', '418'),
  place('Lévis', '12', 'G6V', '418'),
  place('Saint-Georges', '12', 'G5Y', '418'),
  place('Sainte-Marie', '12', 'G6E', '418'),
  place('Laval', '13', 'H7L'),
  ...LANAUDIERE_PLACES.slice(0, 6),
  place('Saint-Jérôme', '15', 'J7Z'),
  place('Mirabel', '15', 'J7J'),
  place('Saint-Hyacinthe', '16', 'J2S'),
  place('Granby', '16', 'J2G'),
  place('Saint-Jean-sur-Richelieu', '16', 'J3B'),
  place('Drummondville', '17', 'J2C', '819'),
  place('Victoriaville', '17', 'G6P', '819'),
];

export const STREETS: readonly string[] = [
  'rue Principale', 'rue Notre-Dame', "boulevard de l'Industrie", 'rue des Entreprises', 'rue Saint-Louis',
  'rue Beaudry', 'boulevard Industriel', 'chemin du Roy', 'rue Lépine', 'rue Marion', 'rue Visitation',
  'rue Saint-Pierre', 'montée Masson', 'rue Laurier', 'rang Double', 'rue du Parc-Industriel', 'rue Gauthier',
];

const LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';

/** A postal code in the place's area, like 'J6E 3T9'. */
export function postalCodeIn(p: Place, r: { int(min: number, max: number): number }): string {
  const letter = () => LETTERS[r.int(0, LETTERS.length - 1)];
  return `${p.fsa} ${r.int(1, 9)}${letter()}${r.int(0, 9)}`;
}

/** A telephone number in the place's area code, like '450 755-1234'. */
export function phoneIn(p: Place, r: { int(min: number, max: number): number }): string {
  return `${p.areaCode} ${r.int(200, 989)}-${String(r.int(0, 9999)).padStart(4, '0')}`;
}

/** Lower-case ASCII words joined by dashes: 'Métal Gagné & Fils inc.' → 'metal-gagne-fils'. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(inc|ltee|enr|s\.?e\.?n\.?c)\b\.?/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
