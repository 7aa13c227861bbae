// The e-mails of session delivery, in the recipient's language (same layout as templates.ts:
// paragraphs and one link, as text and as escaped HTML).
import { formatCount, formatMeetingDay, formatNumber } from '@mutualis/domain/format/index';
import type { Locale, RenderedEmail } from './templates.ts';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

function layout(
  locale: Locale,
  subject: string,
  paragraphs: string[],
  action?: { label: string; url: string },
): RenderedEmail {
  const text = [
    ...paragraphs,
    action ? `${action.label}${locale === 'fr' ? ' :' : ':'} ${action.url}` : null,
    '— Mutualis',
  ]
    .filter(Boolean)
    .join('\n\n');
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36rem">
${paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n')}
${action ? `<p><a href="${escapeHtml(action.url)}" style="display: inline-block; padding: 0.6rem 1rem; background: #0b5cad; color: #fff; text-decoration: none; border-radius: 4px">${escapeHtml(action.label)}</a></p>\n<p style="font-size: 0.9em; color: #555">${escapeHtml(action.url)}</p>` : ''}
<p>— Mutualis</p>
</body></html>`;
  return { subject, text, html };
}

export interface SessionMailFacts {
  /** The session's title for a French and for an English reader: each e-mail takes its recipient's. */
  titles: Record<Locale, string>;
  /** The meeting days, written in the recipient's language ("lundi 15 mars 2027, 8 h 30 – 16 h 00"). */
  days: { day: string; startsAt: string; endsAt: string }[];
  place: string | null;
  virtualLink: string | null;
}

const where = (locale: Locale, s: SessionMailFacts) => {
  const lines: string[] = [];
  if (s.days.length)
    lines.push(
      `${locale === 'fr' ? 'Dates :' : 'Dates:'}\n${s.days.map((d) => formatMeetingDay(d, locale)).join('\n')}`,
    );
  if (s.place) lines.push(`${locale === 'fr' ? 'Lieu : ' : 'Place: '}${s.place}`);
  if (s.virtualLink)
    lines.push(`${locale === 'fr' ? 'Lien de la classe virtuelle : ' : 'Virtual classroom link: '}${s.virtualLink}`);
  return lines;
};

export type DeliveryEmailKind =
  | 'session_invitation'
  | 'enrolment_confirmation'
  | 'session_reminder'
  | 'session_change'
  | 'session_cancelled'
  | 'waitlist_promotion'
  | 'waitlisted'
  | 'questionnaire'
  | 'level3_questionnaire'
  | 'go_no_go_alert'
  | 'seat_request';

/** Renders one delivery e-mail. `name` is the recipient's name. */
export function deliveryEmail(
  kind: DeliveryEmailKind,
  input: {
    locale: Locale;
    name: string;
    session: SessionMailFacts;
    link?: string;
    reason?: string | null;
    /** go/no-go: seats and firms; seat request: firm and seats. */
    detail?: Record<string, string | number>;
  },
): RenderedEmail {
  const { locale, name, session } = input;
  const fr = locale === 'fr';
  const hello = fr ? `Bonjour ${name},` : `Hello ${name},`;
  const t = session.titles[locale];
  // figures of the alert and the seat request, written for the recipient ("1 place", "2 entreprises")
  const num = (n: string | number | undefined) => formatNumber(Number(n ?? 0), locale);
  const count = (n: string | number | undefined, one: string, other: string) =>
    formatCount(Number(n ?? 0), locale, { one, other });
  switch (kind) {
    case 'session_invitation':
      return layout(
        locale,
        fr ? `Convocation : ${t}` : `Invitation: ${t}`,
        [
          hello,
          fr ? `Vous êtes attendu(e) à la formation « ${t} ».` : `You are expected at the training "${t}".`,
          ...where(locale, session),
        ],
        input.link ? { label: fr ? 'Ajouter à mon agenda' : 'Add to my calendar', url: input.link } : undefined,
      );
    case 'enrolment_confirmation':
      return layout(locale, fr ? `Inscription confirmée : ${t}` : `Enrolment confirmed: ${t}`, [
        hello,
        fr ? `Votre place à la formation « ${t} » est confirmée.` : `Your seat in the training "${t}" is confirmed.`,
        ...where(locale, session),
      ]);
    case 'waitlisted':
      return layout(locale, fr ? `Liste d’attente : ${t}` : `Waitlist: ${t}`, [
        hello,
        fr
          ? `La formation « ${t} » est complète ; vous êtes sur la liste d’attente. Nous vous écrirons dès qu’une place se libère.`
          : `The training "${t}" is full; you are on the waitlist. We will write as soon as a seat frees up.`,
      ]);
    case 'session_reminder':
      return layout(locale, fr ? `Rappel : ${t}` : `Reminder: ${t}`, [
        hello,
        fr ? `Rappel : la formation « ${t} » approche.` : `Reminder: the training "${t}" is coming up.`,
        ...where(locale, session),
      ]);
    case 'session_change':
      return layout(locale, fr ? `Changement : ${t}` : `Change: ${t}`, [
        hello,
        fr
          ? `La formation « ${t} » a changé. Voici l’horaire à jour.`
          : `The training "${t}" has changed. Here is the updated schedule.`,
        ...where(locale, session),
      ]);
    case 'session_cancelled':
      return layout(
        locale,
        fr ? `Annulation : ${t}` : `Cancelled: ${t}`,
        [
          hello,
          fr ? `La formation « ${t} » est annulée.` : `The training "${t}" is cancelled.`,
          input.reason ? (fr ? `Motif : ${input.reason}` : `Reason: ${input.reason}`) : '',
        ].filter(Boolean),
      );
    case 'waitlist_promotion':
      return layout(locale, fr ? `Une place s’est libérée : ${t}` : `A seat freed up: ${t}`, [
        hello,
        fr
          ? `Bonne nouvelle : une place s’est libérée à la formation « ${t} » et elle est à vous.`
          : `Good news: a seat freed up in the training "${t}" and it is yours.`,
        ...where(locale, session),
      ]);
    case 'questionnaire':
      return layout(
        locale,
        input.detail?.level === 2
          ? fr
            ? `Vos acquis : « ${t} »`
            : `What you learned: "${t}"`
          : fr
            ? `Votre avis sur « ${t} »`
            : `Your opinion of "${t}"`,
        [
          hello,
          fr
            ? `Merci d’avoir suivi la formation « ${t} ». Quelques questions (2 minutes), sans compte à créer :`
            : `Thank you for taking the training "${t}". A few questions (2 minutes), no account needed:`,
        ],
        { label: fr ? 'Répondre au questionnaire' : 'Answer the questionnaire', url: input.link ?? '' },
      );
    case 'level3_questionnaire':
      return layout(
        locale,
        fr ? `Suivi : les compétences de « ${t} » au travail` : `Follow-up: the skills of "${t}" at work`,
        [
          hello,
          fr
            ? `Il y a deux mois, des employés de votre entreprise ont suivi « ${t} ». Utilisent-ils ces compétences au travail ?`
            : `Two months ago, employees of your firm took "${t}". Do they use these skills at work?`,
        ],
        { label: fr ? 'Répondre au suivi' : 'Answer the follow-up', url: input.link ?? '' },
      );
    case 'go_no_go_alert': {
      const d = input.detail ?? {};
      return layout(
        locale,
        fr ? `Go/no-go : minimum non atteint pour « ${t} »` : `Go/no-go: minimum not reached for "${t}"`,
        [
          hello,
          fr
            ? `La date de décision de « ${t} » est arrivée : ${count(d.seats, 'place', 'places')} sur un minimum de ${num(d.seatsMin)}, ${count(d.firms, 'entreprise', 'entreprises')} sur ${num(d.minFirms)} requise${Number(d.minFirms) >= 2 ? 's' : ''}.`
            : `The decision date of "${t}" has come: ${count(d.seats, 'seat', 'seats')} of a ${num(d.seatsMin)} minimum, ${count(d.firms, 'firm', 'firms')} of ${num(d.minFirms)} required.`,
          fr
            ? 'Décidez de confirmer la séance quand même ou de l’annuler.'
            : 'Decide whether to confirm the session anyway or cancel it.',
        ],
        input.link ? { label: fr ? 'Voir la séance' : 'Open the session', url: input.link } : undefined,
      );
    }
    case 'seat_request': {
      const d = input.detail ?? {};
      return layout(
        locale,
        fr ? `Demande de places : ${t}` : `Seat request: ${t}`,
        [
          hello,
          fr
            ? `${d.firm} demande ${count(d.seats, 'place', 'places')} de plus à « ${t} ».`
            : `${d.firm} asks for ${count(d.seats, 'more seat', 'more seats')} in "${t}".`,
          input.reason ? (fr ? `Note : ${input.reason}` : `Note: ${input.reason}`) : '',
        ].filter(Boolean),
        input.link ? { label: fr ? 'Voir la séance' : 'Open the session', url: input.link } : undefined,
      );
    }
  }
}
