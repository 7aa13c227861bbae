// Education levels (Quebec diplomas), languages and reasons an employment ends.

export const EDUCATION_LEVELS = [
  { code: 'none', fr: 'Aucun diplôme', en: 'No diploma', lowSkilled: true },
  {
    code: 'secondary',
    fr: "Diplôme d'études secondaires (DES)",
    en: 'Secondary school diploma (DES)',
    lowSkilled: true,
  },
  {
    code: 'vocational',
    fr: "Diplôme d'études professionnelles (DEP)",
    en: 'Vocational diploma (DEP)',
    lowSkilled: false,
  },
  {
    code: 'college',
    fr: 'Études collégiales (DEC, AEC)',
    en: 'College diploma or attestation (DEC, AEC)',
    lowSkilled: false,
  },
  { code: 'bachelor', fr: 'Baccalauréat', en: "Bachelor's degree", lowSkilled: false },
  {
    code: 'graduate',
    fr: 'Études supérieures (maîtrise, doctorat)',
    en: "Graduate degree (master's, doctorate)",
    lowSkilled: false,
  },
] as const;

export type EducationLevel = (typeof EDUCATION_LEVELS)[number]['code'];
export const EDUCATION_CODES = EDUCATION_LEVELS.map((e) => e.code) as [EducationLevel, ...EducationLevel[]];

export const LANGUAGES = [
  { code: 'fr', fr: 'Français', en: 'French' },
  { code: 'en', fr: 'Anglais', en: 'English' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const END_REASONS = [
  { code: 'resignation', fr: 'Démission', en: 'Resignation' },
  { code: 'layoff', fr: 'Mise à pied', en: 'Layoff' },
  { code: 'dismissal', fr: 'Congédiement', en: 'Dismissal' },
  { code: 'retirement', fr: 'Retraite', en: 'Retirement' },
  { code: 'end_of_contract', fr: 'Fin de contrat', en: 'End of contract' },
  { code: 'other', fr: 'Autre', en: 'Other' },
] as const;

export type EndReason = (typeof END_REASONS)[number]['code'];
export const END_REASON_CODES = END_REASONS.map((e) => e.code) as [EndReason, ...EndReason[]];

/** True when the level counts as low-skilled (no diploma or secondary only), the targeting indicator. */
export function isLowSkilled(level: string): boolean {
  return EDUCATION_LEVELS.some((e) => e.code === level && e.lowSkilled);
}
