// The learning area's messages: attestations' validity and renewal (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const learningMessages = {
  renewal_need_exists: {
    fr: 'Cette attestation a déjà un besoin de renouvellement',
    en: 'This attestation already has a renewal need',
  },
} as const satisfies Record<string, Texts>;
