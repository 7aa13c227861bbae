// The privacy area's messages: erasure and confidentiality incidents (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const privacyMessages = {
  employee_already_anonymised: { fr: 'Cet employé a déjà été anonymisé', en: 'This employee was already anonymised' },
  before_incident_start: { fr: 'Précède le début de l’incident', en: 'Is before the start of the incident' },
} as const satisfies Record<string, Texts>;
