// The e-mails of the learner record, in the recipient's language: the reminder that attestations
// of a firm's employees expire soon (same layout as templates.ts: paragraphs and one link).
import type { Locale, RenderedEmail } from './templates.ts';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

export interface ExpiringAttestation {
  employeeName: string;
  titleFr: string;
  titleEn: string;
  number: string;
  expiresOn: string;
  daysLeft: number;
}

const longDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

const inDays = (locale: Locale, n: number) => {
  const plural = new Intl.PluralRules(locale === 'fr' ? 'fr-CA' : 'en-CA').select(n) === 'one' ? '' : 's';
  return locale === 'fr' ? `dans ${n} jour${plural}` : `in ${n} day${plural}`;
};

/** Tells a firm's contact which of its employees' attestations expire soon, with the link to plan their renewal. */
export function expiryReminderEmail(input: {
  locale: Locale;
  name: string;
  firmName: string;
  items: readonly ExpiringAttestation[];
  link: string;
}): RenderedEmail {
  const { locale, name, firmName, items, link } = input;
  const fr = locale === 'fr';
  const subject =
    items.length === 1
      ? fr
        ? `Attestation à renouveler : ${items[0].employeeName}, ${items[0].titleFr}`
        : `Attestation to renew: ${items[0].employeeName}, ${items[0].titleEn}`
      : fr
        ? `${items.length} attestations à renouveler — ${firmName}`
        : `${items.length} attestations to renew — ${firmName}`;
  const lines = items.map((i) =>
    fr
      ? `• ${i.employeeName} — ${i.titleFr} (${i.number}) : expire le ${longDate(locale, i.expiresOn)}, ${inDays(locale, i.daysLeft)}`
      : `• ${i.employeeName} — ${i.titleEn} (${i.number}): expires on ${longDate(locale, i.expiresOn)}, ${inDays(locale, i.daysLeft)}`,
  );
  const paragraphs = [
    fr ? `Bonjour ${name},` : `Hello ${name},`,
    fr
      ? `Des attestations de formation d’employés de ${firmName} arrivent à échéance :`
      : `Training attestations of ${firmName}'s employees are about to expire:`,
    lines.join('\n'),
    fr
      ? 'Vous pouvez créer le besoin de renouvellement en un clic depuis la liste des échéances ; la mutuelle le regroupera avec ceux des autres entreprises.'
      : 'You can create the renewal need in one click from the list of expiries; the mutual will pool it with other firms’ needs.',
  ];
  const action = { label: fr ? 'Voir les échéances' : 'See the expiries', url: link };
  const text = [...paragraphs, `${action.label}${fr ? ' :' : ':'} ${action.url}`, '— Mutualis'].join('\n\n');
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36rem">
${paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n')}
<p><a href="${escapeHtml(action.url)}" style="display: inline-block; padding: 0.6rem 1rem; background: #0b5cad; color: #fff; text-decoration: none; border-radius: 4px">${escapeHtml(action.label)}</a></p>
<p style="font-size: 0.9em; color: #555">${escapeHtml(action.url)}</p>
<p>— Mutualis</p>
</body></html>`;
  return { subject, text, html };
}
