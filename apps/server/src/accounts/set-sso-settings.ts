import type { SsoSettings, SsoSettingsRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid } from '../errors.ts';
import { presentSso, ssoMutual } from './get-sso-settings.ts';
import { assertIssuerAllowed, clientSecretKey } from './oidc-client.ts';
import { sealSecret } from './secret-box.ts';
import { ssoRepository } from './sso-repository.ts';

/**
 * The coordinator (or the platform administrator, naming the mutual) sets the mutual's OpenID Connect
 * provider (off until enabled). A secret left out keeps the stored one; enabling needs one. The secret
 * is stored sealed (secret-box.ts, under a key derived from SESSION_SECRET). Audited without the secret.
 */
export async function setSsoSettings(
  deps: Deps,
  caller: Caller,
  input: { mutualId?: string; body: SsoSettingsRequest },
): Promise<SsoSettings> {
  const { body } = input;
  assertIssuerAllowed(body.issuer, deps.config);
  return inTransaction(deps, async (tx) => {
    const mutualId = await ssoMutual(tx.db, caller, input.mutualId);
    const repo = ssoRepository(tx.db);
    const before = await repo.find(mutualId);
    const row = {
      mutual_id: mutualId,
      provider_name: body.providerName.trim(),
      issuer: body.issuer.trim(),
      client_id: body.clientId.trim(),
      client_secret:
        body.clientSecret !== undefined
          ? sealSecret(body.clientSecret, clientSecretKey(deps.config))
          : (before?.client_secret ?? null),
      enabled: body.enabled,
      require_email_verified: body.requireEmailVerified ?? true,
    };
    if (row.enabled && !row.client_secret) throw invalid('clientSecret', 'sso_secret_required');
    await repo.save(row, tx.now().toISOString());
    await auditRepository(tx.db).record({
      at: tx.now().toISOString(),
      mutualId,
      actorUserId: caller.userId,
      action: 'sso.set',
      entityType: 'mutual',
      entityId: mutualId,
      change: {
        providerName: row.provider_name,
        issuer: row.issuer,
        clientId: row.client_id,
        enabled: row.enabled,
        requireEmailVerified: row.require_email_verified,
        secretChanged: body.clientSecret !== undefined,
      },
    });
    return presentSso(row);
  });
}
