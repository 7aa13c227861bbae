import type { PrivacyOfficer } from '@mutualis/contracts';
import type { Locale } from './templates.ts';

// The privacy officer's contact at the foot of every e-mail (Law 25): added by the outbox sender to
// each message it sends, whatever its kind, in the recipient's language.

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

/** The footer's sentence: who to write to about one's personal information. */
export function privacyFooterLine(locale: Locale, officer: PrivacyOfficer): string {
  const who = officer.title ? `${officer.name} (${officer.title})` : officer.name;
  const phone = officer.phone ? (locale === 'fr' ? `, tél. ${officer.phone}` : `, phone ${officer.phone}`) : '';
  return locale === 'fr'
    ? `Protection des renseignements personnels : ${who}, ${officer.email}${phone}`
    : `Privacy officer: ${who}, ${officer.email}${phone}`;
}

/** The message with the officer's contact as its last paragraph, in both its text and HTML parts. */
export function withPrivacyFooter(
  message: { text: string; html: string | null },
  locale: Locale,
  officer: PrivacyOfficer | null,
): { text: string; html: string | null } {
  if (!officer) return message;
  const line = privacyFooterLine(locale, officer);
  const text = `${message.text}\n\n${line}`;
  if (message.html === null) return { text, html: null };
  const paragraph = `<p style="font-size: 0.85em; color: #555">${escapeHtml(line).replace(
    escapeHtml(officer.email),
    `<a href="mailto:${escapeHtml(officer.email)}">${escapeHtml(officer.email)}</a>`,
  )}</p>`;
  const html = message.html.includes('</body>')
    ? message.html.replace('</body>', `${paragraph}\n</body>`)
    : `${message.html}\n${paragraph}`;
  return { text, html };
}
