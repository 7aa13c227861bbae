// The outcomes area's messages: the yearly form, its import, job changes, research consent (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const outcomeMessages = {
  outcome_form_not_found: { fr: 'Formulaire introuvable', en: 'Form not found' },
  form_already_sent: { fr: 'Ce formulaire a déjà été envoyé', en: 'This form was already sent' },
  form_closed: { fr: 'Ce formulaire est fermé', en: 'This form is closed' },
  year_in_future: { fr: 'Ne peut pas être une année future', en: 'Cannot be a future year' },
  names_non_member: {
    fr: 'Nomme une entreprise qui n’est pas membre de la mutuelle',
    en: 'Names a firm that is not a member of the mutual',
  },
  job_change_on_date: {
    fr: 'Un changement est déjà inscrit à cette date',
    en: 'A change is already recorded on that date',
  },
  signer_required: {
    fr: 'Obligatoire : la personne qui a décidé pour l’entreprise',
    en: 'Required: who decided for the firm',
  },
  measure_kept: {
    fr: 'L’entreprise garde la mesure choisie les années précédentes pour que ses années se comparent; demandez à la coordination de la changer',
    en: 'The firm keeps the measure it chose so that its years compare; ask the coordinator to change it',
  },
  // the form's checks (domain outcomes/firm-year.ts)
  whole_not_negative: { fr: 'Un nombre entier, 0 ou plus', en: 'A whole number, 0 or more' },
  year_range: { fr: 'Une année de {from} à {to}', en: 'A year from {from} to {to}' },
  measure_unknown: { fr: 'N’est pas une mesure connue', en: 'Is not a known measure' },
  number_not_negative: { fr: 'Un nombre, 0 ou plus', en: 'A number, 0 or more' },
  below_billion: { fr: 'Doit être inférieur à 1 000 000 000', en: 'Must be below 1,000,000,000' },
  percentage_at_most_100: { fr: 'C’est un pourcentage : au plus 100', en: 'Is a percentage: at most 100' },
  absenteeism_range: { fr: 'Un nombre de 0 à 100 000 000', en: 'A number from 0 to 100,000,000' },
  hours_per_employee: {
    fr: 'Dépasse 4 000 heures par employé',
    en: 'Is more than 4,000 hours per employee',
  },
  days_per_employee: { fr: 'Dépasse 366 jours par employé', en: 'Is more than 366 days per employee' },
  // the import's checks (domain outcomes/outcome-import.ts)
  outcome_column_missing: {
    fr: 'Colonne manquante (attendue : « {expected} »)',
    en: 'Column missing (expected "{expected}")',
  },
  not_a_number: { fr: '« {value} » n’est pas un nombre', en: '"{value}" is not a number' },
  one_of: { fr: 'Une de ces valeurs : {options}', en: 'One of {options}' },
  year_already_on_row: {
    fr: 'L’année {year} de cette entreprise est déjà à la ligne {row}',
    en: 'This member’s {year} is already on row {row}',
  },
} as const satisfies Record<string, Texts>;
