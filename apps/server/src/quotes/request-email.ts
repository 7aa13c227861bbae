// The e-mail that asks a provider for a quote (French then English), and where it goes.
import {
  formatCount,
  formatDate,
  formatNumber,
  formatPeriods,
  type Lang,
  languageName,
  regionName,
} from '@mutualis/domain/format/index';
import type { ProviderContact } from '../db/tables.ts';

/** The bilingual request-for-quote e-mail. */
export function requestEmail(input: {
  title: string;
  topic: string;
  seats: number;
  members: number;
  periods: string[];
  regionCode: string | null;
  language: string | null;
  dueOn: string | null;
  link: string;
  mutualName: string;
}) {
  // each half written for its reader: months, region and language in words, dates and counts in its language
  const periods = (lang: Lang) => formatPeriods(input.periods, lang) || '—';
  const region = (lang: Lang) => regionName(input.regionCode, lang) || '—';
  const language = (lang: Lang) => languageName(input.language, lang) || '—';
  const firms = (lang: Lang) =>
    formatCount(
      input.members,
      lang,
      lang === 'fr' ? { one: 'entreprise', other: 'entreprises' } : { one: 'firm', other: 'firms' },
    );
  const subject = `Demande de soumission / Request for quote: ${input.title}`;
  const text = [
    `${input.mutualName} vous invite à soumettre un prix pour la formation « ${input.title} » (${input.topic}).`,
    `Places visées : ${formatNumber(input.seats, 'fr')} (${firms('fr')}) · Périodes : ${periods('fr')} · Région : ${region('fr')} · Langue : ${language('fr')}${input.dueOn ? ` · Réponse attendue avant le ${formatDate(input.dueOn, 'fr')}` : ''}.`,
    `Répondez dans le portail formateur : ${input.link}`,
    '---',
    `${input.mutualName} invites you to quote for the training "${input.title}" (${input.topic}).`,
    `Seats: ${formatNumber(input.seats, 'en')} (${firms('en')}) · Periods: ${periods('en')} · Region: ${region('en')} · Language: ${language('en')}${input.dueOn ? ` · Answer by ${formatDate(input.dueOn, 'en')}` : ''}.`,
    `Answer in the trainer portal: ${input.link}`,
    '— Mutualis',
  ].join('\n\n');
  const esc = (s: string) =>
    s.replace(
      /[&<>"']/g,
      (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
    );
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${esc(subject)}</title></head><body>${text
    .split('\n\n')
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')}</body></html>`;
  return { subject, text, html };
}

/** The provider's address: its own e-mail, else its first contact's. */
export const providerAddress = (p: { provider_email: string | null; provider_contacts: ProviderContact[] | null }) =>
  p.provider_email ?? (p.provider_contacts ?? []).find((c) => c.email)?.email ?? null;
