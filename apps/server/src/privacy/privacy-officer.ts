import type { PrivacyOfficer, PrivacyOfficerAnswer } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { type OfficerColumns, officerRepository } from './officer-repository.ts';

/** The platform's default officer, from the configuration (PRIVACY_OFFICER_*), or null when none is set. */
export function platformOfficer(config: Config): PrivacyOfficer | null {
  if (!config.PRIVACY_OFFICER_NAME || !config.PRIVACY_OFFICER_EMAIL) return null;
  return {
    name: config.PRIVACY_OFFICER_NAME,
    title: config.PRIVACY_OFFICER_TITLE ?? '',
    email: config.PRIVACY_OFFICER_EMAIL,
    phone: config.PRIVACY_OFFICER_PHONE ?? null,
  };
}

export function officerOfColumns(row: OfficerColumns | undefined): PrivacyOfficer | null {
  if (!row?.privacy_officer_name || !row.privacy_officer_email) return null;
  return {
    name: row.privacy_officer_name,
    title: row.privacy_officer_title ?? '',
    email: row.privacy_officer_email,
    phone: row.privacy_officer_phone,
  };
}

/** The officer people of `mutualId` write to: the mutual's own, else the platform's default. */
export async function privacyOfficerOf(deps: Deps, mutualId: string | null): Promise<PrivacyOfficerAnswer> {
  const own = mutualId ? officerOfColumns(await officerRepository(deps.db).find(mutualId)) : null;
  if (own) return { officer: own, source: 'mutual' };
  const platform = platformOfficer(deps.config);
  return { officer: platform, source: platform ? 'platform' : null };
}

/**
 * The officers of a batch of e-mails' mutuals (null: no mutual), each falling back on the platform's
 * default: the outbox sender adds the contact at the foot of every message it sends.
 */
export async function privacyOfficersOf(
  db: Db,
  platform: PrivacyOfficer | null,
  mutualIds: (string | null)[],
): Promise<Map<string | null, PrivacyOfficer | null>> {
  const ids = [...new Set(mutualIds.filter((id): id is string => id !== null))];
  const rows = await officerRepository(db).findMany(ids);
  const result = new Map<string | null, PrivacyOfficer | null>([[null, platform]]);
  for (const id of ids) result.set(id, officerOfColumns(rows.find((r) => r.id === id)) ?? platform);
  return result;
}
