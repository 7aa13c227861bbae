// The contracts' own checks name their failure with a stable code instead of an English sentence:
// the zod message of such a check is its code, and the server writes the text in the caller's
// language from these texts (apps/server/src/messages/). `{minimum}`, `{maximum}` come from the issue.

/** A message in French and English; `{name}` is replaced by the parameter of that name. */
export interface Texts {
  fr: string;
  en: string;
}

export const CONTRACT_MESSAGES = {
  password_too_short: { fr: 'Au moins {minimum} caractères', en: 'At least {minimum} characters' },
  real_date: { fr: 'Une date réelle écrite AAAA-MM-JJ', en: 'A real date written YYYY-MM-DD' },
  month: { fr: 'Un mois écrit AAAA-MM', en: 'A month written YYYY-MM' },
  time_of_day: { fr: 'Une heure écrite HH:MM', en: 'A time written HH:MM' },
  region_code: { fr: 'Un code de région du Québec de 01 à 17', en: 'A Quebec region code from 01 to 17' },
  noc_code: {
    fr: 'Un code CNP 2021 de 5 chiffres (2e chiffre de 0 à 5)',
    en: 'A NOC 2021 code of 5 digits (2nd digit 0–5)',
  },
  noc_tag: { fr: 'Un code CNP 2021 de 1 à 5 chiffres', en: 'A NOC 2021 code of 1 to 5 digits' },
  scian_code: { fr: 'Un code SCIAN de 2 à 6 chiffres', en: 'A SCIAN code of 2 to 6 digits' },
  postal_code: { fr: 'Un code postal canadien comme H2X 1Y4', en: 'A Canadian postal code like H2X 1Y4' },
  slug: {
    fr: 'Des lettres minuscules, des chiffres et des traits d’union',
    en: 'Lowercase letters, digits and dashes',
  },
  topic_code: {
    fr: 'Des lettres minuscules, des chiffres, des traits d’union; un point entre les niveaux',
    en: 'Lowercase letters, digits, dashes; a dot between levels',
  },
  no_repeats: { fr: 'Une même valeur ne peut pas revenir', en: 'A value may not repeat' },
  seats_or_employees: { fr: 'Indiquez un nombre de places ou des employés', en: 'Give a number of seats or employees' },
  max_below_min: { fr: 'Doit être au moins le minimum', en: 'Must be at least the minimum' },
  ends_before_starts: { fr: 'Doit être le jour du début ou après', en: 'Must be on or after the start date' },
} as const satisfies Record<string, Texts>;

export type ContractMessageCode = keyof typeof CONTRACT_MESSAGES;

/** The message of a contract's check: its code (`.regex(re, checkCode('noc_code'))`). */
export const checkCode = (code: ContractMessageCode): ContractMessageCode => code;
