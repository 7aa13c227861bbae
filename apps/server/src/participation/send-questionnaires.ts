import { pageOf } from '@mutualis/contracts';
import { webPaths } from '@mutualis/contracts/web-paths';
import { addDays, todayInMontreal } from '@mutualis/domain/dates';
import type { ParticipationKind } from '@mutualis/domain/participation/questionnaires';
import { hashToken, newToken, userRepository } from '../accounts/index.ts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { invalid } from '../errors.ts';
import { webUrl } from '../links.ts';
import { participationEmail } from '../mail/evidence-templates.ts';
import { mutualRepository } from '../mutuals/index.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { participationRepository } from './questionnaire-repository.ts';

/** Days a participation questionnaire stays open. */
export const PARTICIPATION_DAYS = 30;

const link = (config: Deps['config'], token: string, locale: 'fr' | 'en') =>
  webUrl(config, webPaths.participationForm(token, locale));

/**
 * E-mails a questionnaire of one kind to the firms named — members' contacts (joining, renewal,
 * exit) or prospects' contacts (prospect) — or, without ids, to the kind's usual firms not asked
 * that kind in the last 300 days: a fresh personal link each, open 30 days.
 */
export async function sendParticipationQuestionnaires(
  deps: Deps,
  caller: Caller,
  input: { kind: ParticipationKind; memberIds?: string[]; prospectIds?: string[] },
) {
  const mutualId = mutualOf(caller);
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const repo = participationRepository(tx.db);
    const mutual = await mutualRepository(tx.db).find(mutualId);
    const recipients: {
      memberId: string | null;
      prospectId: string | null;
      name: string;
      firmName: string;
      email: string;
      locale: 'fr' | 'en';
    }[] = [];
    const withoutAddress: string[] = [];
    const defaults = () =>
      repo.defaultAudience(mutualId, input.kind, addDays(today, -365), `${addDays(today, -300)}T00:00:00.000Z`);
    if (input.kind === 'prospect') {
      const ids = input.prospectIds ? [...new Set(input.prospectIds)] : await defaults();
      const prospects = await repo.prospects(mutualId, ids);
      if (prospects.length !== ids.length) throw invalid('prospectIds', 'names_non_prospect');
      for (const p of prospects) {
        if (!p.contact_email) withoutAddress.push(p.legal_name);
        else
          recipients.push({
            memberId: null,
            prospectId: p.id,
            name: p.contact_name ?? p.legal_name,
            firmName: p.legal_name,
            email: p.contact_email,
            locale: 'fr',
          });
      }
    } else {
      const ids = input.memberIds ? [...new Set(input.memberIds)] : await defaults();
      const members = await repo.members(mutualId, ids);
      if (members.length !== ids.length) throw invalid('memberIds', 'names_non_member');
      const contacts = await userRepository(tx.db).contactsOf(ids);
      for (const m of members) {
        const mine = contacts.filter((c) => c.memberId === m.id);
        if (mine.length === 0) withoutAddress.push(m.legal_name);
        for (const c of mine)
          recipients.push({
            memberId: m.id,
            prospectId: null,
            name: c.name,
            firmName: m.legal_name,
            email: c.email,
            locale: c.locale === 'en' ? 'en' : 'fr',
          });
      }
    }
    const closesOn = addDays(today, PARTICIPATION_DAYS);
    for (const r of recipients) {
      const token = newToken();
      await repo.insert({
        mutualId,
        kind: input.kind,
        memberId: r.memberId,
        prospectId: r.prospectId,
        toAddress: r.email,
        locale: r.locale,
        tokenHash: hashToken(token),
        closesOn,
        createdBy: caller.userId,
        now: deps.now().toISOString(),
      });
      const email = participationEmail({
        kind: input.kind,
        locale: r.locale,
        name: r.name,
        firmName: r.firmName,
        mutualName: mutual?.name ?? 'Mutualis',
        closesOn,
        link: link(deps.config, token, r.locale),
      });
      await enqueueEmail(
        tx.db,
        { mutualId, kind: `participation_${input.kind}`, to: r.email, locale: r.locale, email },
        deps.now(),
      );
    }
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'participation.send',
      entityType: 'participation_questionnaire',
      entityId: null,
      change: { kind: input.kind, sent: recipients.length },
    });
    return { sent: recipients.length, withoutAddress };
  });
}

/** The questionnaires sent, newest first (coordinators). */
export async function listParticipationQuestionnaires(
  deps: Deps,
  caller: Caller,
  query: { kind?: ParticipationKind; answered?: 'yes' | 'no'; page: number; pageSize: number },
) {
  const mutualId = mutualOf(caller);
  const { rows, total } = await participationRepository(deps.db).list(mutualId, query, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return pageOf(
    rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      firmKind: r.member_id ? ('member' as const) : ('prospect' as const),
      firmId: (r.member_id ?? r.prospect_id) as string,
      firmName: r.firm_name,
      toAddress: r.to_address,
      sentAt: r.sent_at,
      closesOn: r.closes_on,
      answeredAt: r.answered_at,
    })),
    total,
    query,
  );
}
