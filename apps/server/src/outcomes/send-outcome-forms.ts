import { webPaths } from '@mutualis/contracts/web-paths';
import { addDays, todayInMontreal } from '@mutualis/domain/dates';
import { hashToken, newToken, userRepository } from '../accounts/index.ts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { invalid } from '../errors.ts';
import { webUrl } from '../links.ts';
import { outcomeFormEmail } from '../mail/evidence-templates.ts';
import { mutualRepository } from '../mutuals/index.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { type FirmRef, outcomeRepository } from './repository.ts';

/** Days a yearly form link stays open. */
export const OUTCOME_FORM_DAYS = 60;

/** The public page a form e-mail opens; `lang` opens it in the recipient's language. */
export const outcomeFormLink = (config: Deps['config'], token: string, locale: 'fr' | 'en') =>
  webUrl(config, webPaths.outcomeForm(token, locale));

/**
 * E-mails the year's form to the contacts of the members asked (default: every active member that
 * has not reported the year) and, if asked, to the prospects that report the form: a fresh personal
 * link each, open 60 days. Firms without a contact address are named in the answer.
 */
export async function sendOutcomeForms(
  deps: Deps,
  caller: Caller,
  input: { year: number; memberIds?: string[]; includeProspects?: boolean },
) {
  const mutualId = mutualOf(caller);
  const today = todayInMontreal(deps.now());
  if (input.year > Number(today.slice(0, 4))) throw invalid('year', 'year_in_future');
  return inTransaction(deps, async (tx) => {
    const repo = outcomeRepository(tx.db);
    const mutual = await mutualRepository(tx.db).find(mutualId);
    const reported = new Set(
      (await repo.yearRows(mutualId, input.year)).map((r) => (r.member_id ?? r.prospect_id) as string),
    );
    const members = (await repo.members(mutualId, input.memberIds)).filter((m) =>
      input.memberIds ? true : !reported.has(m.id),
    );
    if (input.memberIds && members.length !== new Set(input.memberIds).size)
      throw invalid('memberIds', 'names_non_member');
    const contacts = await userRepository(tx.db).contactsOf(members.map((m) => m.id));
    const recipients: { firm: FirmRef; name: string; firmName: string; email: string; locale: 'fr' | 'en' }[] = [];
    const withoutAddress: string[] = [];
    for (const m of members) {
      const mine = contacts.filter((c) => c.memberId === m.id);
      if (mine.length === 0) withoutAddress.push(m.legal_name);
      for (const c of mine)
        recipients.push({
          firm: { kind: 'member', id: m.id },
          name: c.name,
          firmName: m.legal_name,
          email: c.email,
          locale: c.locale === 'en' ? 'en' : 'fr',
        });
    }
    if (input.includeProspects) {
      for (const p of await repo.reportingProspects(mutualId)) {
        if (reported.has(p.id)) continue;
        if (!p.contact_email) withoutAddress.push(p.legal_name);
        else
          recipients.push({
            firm: { kind: 'prospect', id: p.id },
            name: p.contact_name ?? p.legal_name,
            firmName: p.legal_name,
            email: p.contact_email,
            locale: 'fr',
          });
      }
    }
    const closesOn = addDays(today, OUTCOME_FORM_DAYS);
    for (const r of recipients) {
      const token = newToken();
      await repo.insertRequest({
        mutualId,
        firm: r.firm,
        year: input.year,
        toAddress: r.email,
        locale: r.locale,
        tokenHash: hashToken(token),
        closesOn,
        createdBy: caller.userId,
        now: deps.now().toISOString(),
      });
      const email = outcomeFormEmail({
        locale: r.locale,
        name: r.name,
        firmName: r.firmName,
        mutualName: mutual?.name ?? 'Mutualis',
        year: input.year,
        closesOn,
        link: outcomeFormLink(deps.config, token, r.locale),
      });
      await enqueueEmail(tx.db, { mutualId, kind: 'outcome_form', to: r.email, locale: r.locale, email }, deps.now());
    }
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'outcome.request',
      entityType: 'outcome_request',
      entityId: null,
      change: { year: input.year, sent: recipients.length },
    });
    return { sent: recipients.length, withoutAddress };
  });
}
