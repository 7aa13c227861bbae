import type { TokenPurpose } from '@mutualis/domain/accounts/account-status';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { hashToken, newToken } from './login-sessions.ts';
import { tokenRepository } from './token-repository.ts';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

/** Issues a fresh token (replacing the user's unused ones for the purpose); returns the secret. */
export async function issueToken(trx: Db, userId: string, purpose: TokenPurpose, ttlMs: number, now: Date) {
  const tokens = tokenRepository(trx);
  await tokens.revokeAll(userId, purpose, now.toISOString());
  const token = newToken();
  await tokens.insert({
    tokenHash: hashToken(token),
    userId,
    purpose,
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
  });
  return token;
}

export const tokenInvalid = () => new AppError('token_invalid', 'token_invalid');

/** Uses a token once; throws token_invalid when unknown, used or expired. Returns its user id. */
export async function consumeToken(trx: Db, token: string, purpose: TokenPurpose, now: Date) {
  const row = await tokenRepository(trx).consume(hashToken(token), purpose, now.toISOString());
  if (!row) throw tokenInvalid();
  return row.userId;
}
