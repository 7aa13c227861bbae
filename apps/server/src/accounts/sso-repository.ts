import type { Db } from '../db/client.ts';

/** A mutual's OpenID Connect provider (0083). */
export interface SsoRow {
  mutual_id: string;
  provider_name: string;
  issuer: string;
  client_id: string;
  client_secret: string | null;
  enabled: boolean;
  require_email_verified: boolean;
}

/** The mutuals' single sign-on providers and the log-ins under way (0083). */
export function ssoRepository(db: Db) {
  return {
    async find(mutualId: string): Promise<SsoRow | undefined> {
      return db.selectFrom('mutual_sso').selectAll().where('mutual_id', '=', mutualId).executeTakeFirst();
    },
    /** The enabled provider of the mutual with this slug or id, with the mutual's slug. */
    async findEnabled(slugOrId: string): Promise<(SsoRow & { slug: string }) | undefined> {
      const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(slugOrId);
      return db
        .selectFrom('mutual_sso')
        .innerJoin('mutual', 'mutual.id', 'mutual_sso.mutual_id')
        .selectAll('mutual_sso')
        .select('mutual.slug')
        .where('mutual_sso.enabled', '=', true)
        .where((eb) => (isUuid ? eb('mutual.id', '=', slugOrId) : eb('mutual.slug', '=', slugOrId)))
        .executeTakeFirst();
    },
    async slugOf(mutualId: string): Promise<string | undefined> {
      return (await db.selectFrom('mutual').select('slug').where('id', '=', mutualId).executeTakeFirst())?.slug;
    },
    async save(row: SsoRow, at: string) {
      await db
        .insertInto('mutual_sso')
        .values({ ...row, updated_at: at })
        .onConflict((oc) => oc.column('mutual_id').doUpdateSet({ ...row, updated_at: at }))
        .execute();
    },
    /** Keeps a log-in sent to the provider; forgets the ones that ran out. */
    async addAttempt(attempt: { state: string; mutualId: string; nonce: string; codeVerifier: string }, now: Date) {
      await db.deleteFrom('oidc_login_attempt').where('expires_at', '<', now.toISOString()).execute();
      await db
        .insertInto('oidc_login_attempt')
        .values({
          state: attempt.state,
          mutual_id: attempt.mutualId,
          nonce: attempt.nonce,
          code_verifier: attempt.codeVerifier,
          expires_at: new Date(now.getTime() + ATTEMPT_TTL_MS).toISOString(),
        })
        .execute();
    },
    /** Takes (deletes and returns) the unexpired log-in with this state: a state serves once. */
    async takeAttempt(state: string, now: Date) {
      return db
        .deleteFrom('oidc_login_attempt')
        .where('state', '=', state)
        .where('expires_at', '>', now.toISOString())
        .returning(['mutual_id', 'nonce', 'code_verifier'])
        .executeTakeFirst();
    },
  };
}

/** How long a log-in may stay at the provider. */
export const ATTEMPT_TTL_MS = 10 * 60 * 1000;
