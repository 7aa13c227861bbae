// The privacy area's messages: erasure, confidentiality incidents, retention (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const privacyMessages = {
  employee_already_anonymised: { fr: 'Cet employé a déjà été anonymisé', en: 'This employee was already anonymised' },
  before_incident_start: { fr: 'Précède le début de l’incident', en: 'Is before the start of the incident' },
  retention_months_range: {
    fr: 'Une durée entière de {minimum} à {maximum} mois',
    en: 'A whole number of months from {minimum} to {maximum}',
  },
  retention_kind_twice: { fr: 'Ce type de données apparaît deux fois', en: 'This kind of data appears twice' },
} as const satisfies Record<string, Texts>;
