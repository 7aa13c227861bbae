// The employees area's messages, with those of an employee row of an import file (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const employeeMessages = {
  text_too_long: { fr: 'Au plus {maximum} caractères', en: 'At most {maximum} characters' },
  email_invalid: { fr: 'N’est pas une adresse courriel valide', en: 'Is not a valid e-mail address' },
  education_unknown: { fr: 'Un niveau de scolarité connu ({codes})', en: 'A known education level ({codes})' },
  language_unknown: { fr: 'fr ou en', en: 'fr or en' },
  birth_year_range: { fr: 'Une année entre 1900 et {latest}', en: 'A year between 1900 and {latest}' },
  before_hire_date: { fr: 'Ne peut pas précéder la date d’embauche', en: 'Cannot be before the hire date' },
  end_reason_unknown: { fr: 'Un motif de départ connu ({codes})', en: 'A known end reason ({codes})' },
  end_reason_needs_end_date: {
    fr: 'Un motif de départ demande une date de fin',
    en: 'An end reason needs an end date',
  },
  amount_invalid: { fr: 'Un montant en dollars, p. ex. 24,50', en: 'An amount in dollars, e.g. 24.50' },
  hourly_wage_range: { fr: 'Plus de 0 $ et au plus 1 000 $ l’heure', en: 'More than $0 and at most $1,000 an hour' },
  wage_date_needs_wage: {
    fr: 'Une date de salaire demande un salaire horaire',
    en: 'A wage date needs an hourly wage',
  },
  required_with_end_date: { fr: 'Obligatoire avec une date de fin', en: 'Required with an end date' },
  required_with_end_reason: { fr: 'Obligatoire avec un motif de départ', en: 'Required with an end reason' },
  employee_already_left: { fr: 'Cet employé a déjà quitté le {date}', en: 'This employee already left on {date}' },
  // import files
  same_employee_as_row: { fr: 'Même employé qu’à la ligne {row}', en: 'Same employee as row {row}' },
  column_twice: { fr: 'Cette colonne apparaît deux fois', en: 'This column appears twice' },
  header_unusable: { fr: 'La ligne d’en-tête n’est pas utilisable', en: 'The header row is not usable' },
  too_many_rows: {
    fr: 'Le fichier a {rows} lignes; au plus {maximum} par importation',
    en: 'The file has {rows} rows; at most {maximum} per import',
  },
  import_already_committed: { fr: 'Cette importation est déjà enregistrée', en: 'This import was already committed' },
  import_expired: {
    fr: 'Cet aperçu d’importation a expiré; téléversez de nouveau le fichier',
    en: 'This import preview has expired; upload the file again',
  },
  same_employee_twice: {
    fr: 'La ligne {row} est le même employé qu’une ligne précédente',
    en: 'Row {row} is the same employee as an earlier row',
  },
  employee_changed_during_import: {
    fr: 'Ligne {row} : l’employé correspondant a changé pendant l’importation; réessayez',
    en: 'Row {row}: the matching employee changed during the import; try again',
  },
} as const satisfies Record<string, Texts>;
