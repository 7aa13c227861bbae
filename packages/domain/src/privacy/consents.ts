// A person's consents (Law 25): what one employee agreed to, recorded with who recorded it, when and
// how. A withdrawal is a new record, never an edit: the history is the proof. The latest record of a
// kind is the one in force.

/** What Mutualis asks a person's consent for: questionnaires sent to their own e-mail, research use of their outcome data. */
export const CONSENT_KINDS = ['evaluation_emails', 'research_use'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** How the consent (or its withdrawal) was given. */
export const CONSENT_METHODS = ['signed_form', 'email', 'in_app', 'verbal'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export interface ConsentRecord {
  kind: ConsentKind;
  granted: boolean;
  recordedAt: string;
}

/** The consent in force per kind: the latest record (by time) of each kind, or null when none was ever recorded. */
export function consentsInForce(records: readonly ConsentRecord[]): Record<ConsentKind, ConsentRecord | null> {
  const inForce = Object.fromEntries(CONSENT_KINDS.map((k) => [k, null])) as Record<ConsentKind, ConsentRecord | null>;
  for (const r of records) {
    const current = inForce[r.kind];
    if (!current || r.recordedAt >= current.recordedAt) inForce[r.kind] = r;
  }
  return inForce;
}
