// The columns of an employee import file. Headers are accepted in French or English, in any
// case, with or without accents, spaces or punctuation ("Date d'embauche" = "date_embauche" = "Hire date").

import { foldForSearch } from '../reference/text.ts';

export type EmployeeField =
  | 'first_name'
  | 'last_name'
  | 'email'
  | 'job_title'
  | 'noc_code'
  | 'education_level'
  | 'language'
  | 'birth_year'
  | 'hire_date'
  | 'end_date'
  | 'end_reason'
  | 'hourly_wage'
  | 'wage_effective_on';

export interface ImportColumn {
  field: EmployeeField;
  fr: string;
  en: string;
  required: boolean;
  /** Other spellings accepted (besides fr, en and the field name). */
  aliases: readonly string[];
  exampleFr: string;
  exampleEn: string;
}

export const EMPLOYEE_IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    field: 'first_name',
    fr: 'Prénom',
    en: 'First name',
    required: true,
    aliases: ['firstname', 'given name'],
    exampleFr: 'Marie',
    exampleEn: 'Mary',
  },
  {
    field: 'last_name',
    fr: 'Nom',
    en: 'Last name',
    required: true,
    aliases: ['nom de famille', 'lastname', 'surname', 'family name'],
    exampleFr: 'Tremblay',
    exampleEn: 'Smith',
  },
  {
    field: 'email',
    fr: 'Courriel',
    en: 'Email',
    required: false,
    aliases: ['adresse courriel', 'e-mail', 'mail', 'email address'],
    exampleFr: 'marie.tremblay@exemple.ca',
    exampleEn: 'mary.smith@example.ca',
  },
  {
    field: 'job_title',
    fr: 'Titre du poste',
    en: 'Job title',
    required: true,
    aliases: ['poste', 'fonction', 'title', 'position'],
    exampleFr: 'Opératrice de machine',
    exampleEn: 'Machine operator',
  },
  {
    field: 'noc_code',
    fr: 'Code CNP',
    en: 'NOC code',
    required: true,
    aliases: ['cnp', 'noc', 'code cnp 2021', 'noc 2021'],
    exampleFr: '94100',
    exampleEn: '94100',
  },
  {
    field: 'education_level',
    fr: 'Scolarité',
    en: 'Education',
    required: true,
    aliases: ['niveau de scolarite', 'plus haut diplome', 'diplome', 'education level', 'highest education'],
    exampleFr: 'secondary',
    exampleEn: 'secondary',
  },
  {
    field: 'language',
    fr: 'Langue',
    en: 'Language',
    required: false,
    aliases: ['langue de travail', 'preferred language'],
    exampleFr: 'fr',
    exampleEn: 'en',
  },
  {
    field: 'birth_year',
    fr: 'Année de naissance',
    en: 'Birth year',
    required: false,
    aliases: ['annee naissance', 'year of birth'],
    exampleFr: '1985',
    exampleEn: '1985',
  },
  {
    field: 'hire_date',
    fr: "Date d'embauche",
    en: 'Hire date',
    required: true,
    aliases: ['embauche', 'date embauche', 'hired on', 'start date'],
    exampleFr: '2021-03-15',
    exampleEn: '2021-03-15',
  },
  {
    field: 'end_date',
    fr: 'Date de fin',
    en: 'End date',
    required: false,
    aliases: ['date de depart', 'fin', 'left on'],
    exampleFr: '',
    exampleEn: '',
  },
  {
    field: 'end_reason',
    fr: 'Motif de fin',
    en: 'End reason',
    required: false,
    aliases: ['motif de depart', 'raison de fin', 'reason'],
    exampleFr: '',
    exampleEn: '',
  },
  {
    field: 'hourly_wage',
    fr: 'Salaire horaire',
    en: 'Hourly wage',
    required: false,
    aliases: ['taux horaire', 'salaire', 'wage', 'hourly rate'],
    exampleFr: '24,50',
    exampleEn: '24.50',
  },
  {
    field: 'wage_effective_on',
    fr: 'Date du salaire',
    en: 'Wage effective date',
    required: false,
    aliases: ['salaire en vigueur le', 'date effective du salaire', 'wage date', 'wage effective on'],
    exampleFr: '2024-01-01',
    exampleEn: '2024-01-01',
  },
];

/** A header folded to compare spellings: lower case, no accents, words joined by single spaces. */
export function normalizeHeader(header: string): string {
  return foldForSearch(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byHeader = new Map<string, EmployeeField>();
for (const column of EMPLOYEE_IMPORT_COLUMNS) {
  for (const spelling of [column.field, column.fr, column.en, ...column.aliases])
    byHeader.set(normalizeHeader(spelling), column.field);
}

export interface HeaderMapping {
  /** Column index → field, for the recognised columns. */
  fields: Map<number, EmployeeField>;
  /** Headers that matched no field (ignored). */
  ignored: string[];
  /** Required fields with no column. */
  missing: EmployeeField[];
  /** Fields given by more than one column. */
  duplicated: EmployeeField[];
}

/** Recognises the columns of a header row (French or English names, any case or accents). */
export function mapImportHeaders(headers: readonly string[]): HeaderMapping {
  const fields = new Map<number, EmployeeField>();
  const ignored: string[] = [];
  const seen = new Set<EmployeeField>();
  const duplicated: EmployeeField[] = [];
  headers.forEach((header, index) => {
    const field = byHeader.get(normalizeHeader(String(header ?? '')));
    if (!field) {
      if (String(header ?? '').trim()) ignored.push(String(header));
      return;
    }
    if (seen.has(field)) duplicated.push(field);
    seen.add(field);
    fields.set(index, field);
  });
  const missing = EMPLOYEE_IMPORT_COLUMNS.filter((c) => c.required && !seen.has(c.field)).map((c) => c.field);
  return { fields, ignored, missing, duplicated };
}
