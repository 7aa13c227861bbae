import type { Partner } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../errors.ts';
import { documentRepository } from './document-repository.ts';
import { governanceMutualOf } from './governance-access.ts';
import { partnerRepository } from './partner-repository.ts';
import { documentsByOwner, presentPartnerSummary } from './present.ts';

/** A partner with its support (newest first), agreements (with their documents) and contacts. */
export async function readPartner(db: Db, mutualId: string, partnerId: string, today: string): Promise<Partner> {
  const repo = partnerRepository(db);
  const [row] = await repo.list(mutualId, {}, { limit: 1, offset: 0 }, [partnerId]);
  if (!row) throw notFound('partner');
  const [supports, agreements, contacts] = await Promise.all([
    repo.supports(partnerId),
    repo.agreements(partnerId),
    repo.contacts(partnerId),
  ]);
  const docs = documentsByOwner(
    await documentRepository(db).listFor(
      mutualId,
      'partner_agreement',
      agreements.map((a) => a.id),
    ),
  );
  return {
    ...presentPartnerSummary(row, today),
    website: row.website,
    notes: row.notes,
    supports: supports.map((s) => ({
      id: s.id,
      kind: s.kind as Partner['supports'][number]['kind'],
      description: s.description,
      amountCents: s.amount_cents === null ? null : Number(s.amount_cents),
      startsOn: s.starts_on,
      endsOn: s.ends_on,
    })),
    agreements: agreements.map((a) => ({
      id: a.id,
      title: a.title,
      signedOn: a.signed_on,
      startsOn: a.starts_on,
      endsOn: a.ends_on,
      notes: a.notes,
      documents: docs.get(a.id) ?? [],
    })),
    contacts: contacts.map((c) => ({
      id: c.id,
      name: c.name,
      roleTitle: c.role_title,
      email: c.email,
      phone: c.phone,
    })),
  };
}

/** One partner of the caller's mutual. */
export async function getPartner(deps: Deps, caller: Caller, input: { partnerId: string }): Promise<Partner> {
  return readPartner(deps.db, governanceMutualOf(caller), input.partnerId, todayInMontreal(deps.now()));
}
