import { z } from 'zod';

/**
 * Every error code the API answers with: a closed list. The server maps each to its HTTP status
 * in one place (apps/server/src/errors.ts); the web app translates each (errors.json).
 */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_request',
  'import_failed',
  'invalid_credentials',
  'unauthenticated',
  'token_invalid',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'capacity_exceeded',
  'already_enrolled',
  'enrolment_closed',
  'deadline_passed',
  'questionnaire_closed',
  'already_answered',
  'transition_not_allowed',
  'minimum_not_reached',
  'too_few_firms',
  'not_scheduled',
  'not_started',
  'register_incomplete',
  'attendance_incomplete',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal_error',
  'busy_try_again',
  'period_closed',
  'dues_overdue',
  'not_payable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** RFC 9457 problem document: every API error. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(ERROR_CODES).meta({ description: 'Stable error code' }),
    detail: z.string().optional().meta({ description: 'What went wrong, in the caller’s language' }),
    errors: z
      .array(
        z.object({
          field: z.string(),
          code: z.string().meta({
            description:
              'Stable code of the failure: a zod issue code (too_small, invalid_type…) or one of Mutualis’s (noc_code, seats_max_below_min…)',
          }),
          message: z.string().meta({
            description:
              'The failure in the caller’s language: the account’s, else Accept-Language’s (French by default)',
          }),
          row: z.number().int().optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;
