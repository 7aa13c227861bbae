// The e-mails of billing, in the recipient's language: a new invoice or credit note, a reminder.
// They link to the document in Mutualis (the PDF is downloaded there, behind the login).
import type { RenderedEmail } from '../mail/templates.ts';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

function render(subject: string, paragraphs: string[], action: { label: string; url: string }): RenderedEmail {
  const text = [...paragraphs, `${action.label} : ${action.url}`, '— Mutualis'].join('\n\n');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36rem">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(action.url)}" style="display: inline-block; padding: 0.6rem 1rem; background: #0b5cad; color: #fff; text-decoration: none; border-radius: 4px">${escapeHtml(action.label)}</a></p>
<p>— Mutualis</p>
</body></html>`;
  return { subject, text, html };
}

const money = (cents: number, lang: 'fr' | 'en') =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD' })
    .format(cents / 100)
    .replace(/\u202f|\u00a0/g, ' ');

export interface DocumentMailFacts {
  lang: 'fr' | 'en';
  mutualName: string;
  memberName: string;
  kind: 'invoice' | 'credit_note';
  number: string;
  totalCents: number;
  dueCents: number;
  dueOn: string | null;
  link: string;
}

/** A new invoice or credit note is available. */
export function documentEmail(f: DocumentMailFacts): RenderedEmail {
  if (f.lang === 'en') {
    const what = f.kind === 'invoice' ? `Invoice ${f.number}` : `Credit note ${f.number}`;
    return render(
      `${what} — ${f.mutualName}`,
      [
        `Hello,`,
        `${f.mutualName} issued ${what.charAt(0).toLowerCase()}${what.slice(1)} to ${f.memberName}: ${money(f.totalCents, 'en')}${f.kind === 'invoice' && f.dueOn ? `, due on ${f.dueOn}` : ''}.`,
        'You can read and download it in Mutualis, with your statement of account.',
      ],
      { label: 'See the document', url: f.link },
    );
  }
  const what = f.kind === 'invoice' ? `Facture ${f.number}` : `Note de crédit ${f.number}`;
  return render(
    `${what} — ${f.mutualName}`,
    [
      'Bonjour,',
      `${f.mutualName} a émis la ${what.charAt(0).toLowerCase()}${what.slice(1)} à ${f.memberName} : ${money(f.totalCents, 'fr')}${f.kind === 'invoice' && f.dueOn ? `, payable au plus tard le ${f.dueOn}` : ''}.`,
      'Vous pouvez la consulter et la télécharger dans Mutualis, avec votre état de compte.',
    ],
    { label: 'Voir le document', url: f.link },
  );
}

/** A reminder for an overdue invoice. */
export function reminderEmail(f: DocumentMailFacts & { daysLate: number }): RenderedEmail {
  if (f.lang === 'en') {
    return render(
      `Reminder: invoice ${f.number} — ${f.mutualName}`,
      [
        'Hello,',
        `Invoice ${f.number} of ${f.mutualName} to ${f.memberName} was due on ${f.dueOn} (${f.daysLate} days ago). ${money(f.dueCents, 'en')} remains to be paid.`,
        'If you have already paid it, thank you, and please ignore this message.',
      ],
      { label: 'See the invoice', url: f.link },
    );
  }
  return render(
    `Rappel : facture ${f.number} — ${f.mutualName}`,
    [
      'Bonjour,',
      `La facture ${f.number} de ${f.mutualName} à ${f.memberName} était payable le ${f.dueOn} (il y a ${f.daysLate} jours). Il reste ${money(f.dueCents, 'fr')} à payer.`,
      'Si vous l’avez déjà payée, merci, et veuillez ne pas tenir compte de ce message.',
    ],
    { label: 'Voir la facture', url: f.link },
  );
}
