import { z } from 'zod';
import { checkCode } from './messages.ts';

const message = checkCode('real_date');

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not) in years 0001–9999, as PostgreSQL stores dates. */
export const isoDateSchema = z.iso.date(message).refine((value) => !value.startsWith('0000'), message);
