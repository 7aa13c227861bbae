// The reports area's messages: the annual report and the 1 % statements (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const reportMessages = {
  fiscal_year_not_ended: {
    fr: 'L’exercice {label} n’est pas encore terminé',
    en: 'The fiscal year {label} has not ended yet',
  },
  report_already_sent: {
    fr: 'Le rapport {label} est déjà inscrit comme transmis',
    en: 'The {label} report is already recorded as sent',
  },
  mutual_not_recognised_today: {
    fr: 'La mutuelle n’est pas reconnue aujourd’hui : l’insuffisance se verse au fonds provincial (FDRCMO), pas à la mutuelle',
    en: 'The mutual is not recognised today: a shortfall is paid to the provincial fund (FDRCMO), not to the mutual',
  },
  shortfall_already_invoiced: {
    fr: 'L’insuffisance de {year} est déjà facturée ({number})',
    en: 'The {year} shortfall is already invoiced ({number})',
  },
  no_shortfall: {
    fr: '{firm} n’a pas d’insuffisance pour {year}',
    en: '{firm} has no shortfall for {year}',
  },
} as const satisfies Record<string, Texts>;
