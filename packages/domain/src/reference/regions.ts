// Quebec's 17 administrative regions (codes and official names of the Institut de la statistique du Québec).

export interface Region {
  code: string;
  fr: string;
  en: string;
}

export const REGIONS: readonly Region[] = [
  { code: '01', fr: 'Bas-Saint-Laurent', en: 'Bas-Saint-Laurent' },
  { code: '02', fr: 'Saguenay–Lac-Saint-Jean', en: 'Saguenay–Lac-Saint-Jean' },
  { code: '03', fr: 'Capitale-Nationale', en: 'Capitale-Nationale' },
  { code: '04', fr: 'Mauricie', en: 'Mauricie' },
  { code: '05', fr: 'Estrie', en: 'Estrie' },
  { code: '06', fr: 'Montréal', en: 'Montréal' },
  { code: '07', fr: 'Outaouais', en: 'Outaouais' },
  { code: '08', fr: 'Abitibi-Témiscamingue', en: 'Abitibi-Témiscamingue' },
  { code: '09', fr: 'Côte-Nord', en: 'Côte-Nord' },
  { code: '10', fr: 'Nord-du-Québec', en: 'Nord-du-Québec' },
  { code: '11', fr: 'Gaspésie–Îles-de-la-Madeleine', en: 'Gaspésie–Îles-de-la-Madeleine' },
  { code: '12', fr: 'Chaudière-Appalaches', en: 'Chaudière-Appalaches' },
  { code: '13', fr: 'Laval', en: 'Laval' },
  { code: '14', fr: 'Lanaudière', en: 'Lanaudière' },
  { code: '15', fr: 'Laurentides', en: 'Laurentides' },
  { code: '16', fr: 'Montérégie', en: 'Montérégie' },
  { code: '17', fr: 'Centre-du-Québec', en: 'Centre-du-Québec' },
];

const regionCodes = new Set(REGIONS.map((r) => r.code));

/** True only for the two-digit codes 01–17. */
export function isValidRegion(code: string): boolean {
  return regionCodes.has(code);
}
