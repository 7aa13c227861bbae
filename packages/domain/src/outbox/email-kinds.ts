// The kinds of e-mails Mutualis sends: a closed list, so that coordinators following the outbox read
// each kind in words, never as a code.

export const EMAIL_KINDS = [
  'invitation',
  'password_reset',
  'quote_request',
  'session_invitation',
  'enrolment_confirmation',
  'session_reminder',
  'session_change',
  'session_cancelled',
  'waitlist_promotion',
  'waitlisted',
  'go_no_go_alert',
  'seat_request',
  'questionnaire_1',
  'questionnaire_2',
  'level3_questionnaire_3',
  'attestation_expiry',
  'outcome_form',
  'participation_exit',
  'participation_joining',
  'participation_prospect',
  'participation_renewal',
  'invoice',
  'credit_note',
  'invoice_reminder',
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];
