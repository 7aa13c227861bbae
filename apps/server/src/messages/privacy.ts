// The privacy area's messages (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const privacyMessages = {
  retention_months_range: {
    fr: 'Une durée entière de {minimum} à {maximum} mois',
    en: 'A whole number of months from {minimum} to {maximum}',
  },
  retention_kind_twice: { fr: 'Ce type de données apparaît deux fois', en: 'This kind of data appears twice' },
} as const satisfies Record<string, Texts>;
