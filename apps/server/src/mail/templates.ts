import type { Role } from '../db/tables.ts';

// The e-mails Mutualis sends, in the recipient's language. Each template gives a subject,
// a plain-text body and an HTML body built from the same paragraphs (values are escaped).

export type Locale = 'fr' | 'en';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const roleLabels: Record<Locale, Record<Role, string>> = {
  fr: {
    platform_admin: 'administrateur de la plateforme',
    coordinator: 'coordination',
    member_contact: 'entreprise membre',
    trainer: 'formateur',
    board_viewer: 'membre du conseil',
    funder: 'bailleur de fonds',
    researcher: 'chercheur ou chercheuse',
  },
  en: {
    platform_admin: 'platform administrator',
    coordinator: 'coordinator',
    member_contact: 'member employer',
    trainer: 'trainer',
    board_viewer: 'board member',
    funder: 'funder',
    researcher: 'researcher',
  },
};

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

/** Paragraphs plus one call-to-action link, as text and as HTML. */
function layout(
  locale: Locale,
  subject: string,
  paragraphs: string[],
  action: { label: string; url: string },
  footer: string,
): RenderedEmail {
  const text = [
    ...paragraphs,
    `${action.label}${locale === 'fr' ? ' :' : ':'} ${action.url}`,
    footer,
    '— Mutualis',
  ].join('\n\n');
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36rem">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(action.url)}" style="display: inline-block; padding: 0.6rem 1rem; background: #0b5cad; color: #fff; text-decoration: none; border-radius: 4px">${escapeHtml(action.label)}</a></p>
<p style="font-size: 0.9em; color: #555">${escapeHtml(action.url)}</p>
<p style="font-size: 0.9em; color: #555">${escapeHtml(footer)}</p>
<p>— Mutualis</p>
</body></html>`;
  return { subject, text, html };
}

/** The invitation to create one's password, valid `validDays` days. */
export function invitationEmail(input: {
  locale: Locale;
  inviteeName: string;
  inviterName: string;
  mutualName: string | null;
  role: Role;
  link: string;
  validDays: number;
}): RenderedEmail {
  const role = roleLabels[input.locale][input.role];
  if (input.locale === 'en') {
    const where = input.mutualName ? ` for ${input.mutualName}` : '';
    return layout(
      'en',
      `Your Mutualis invitation${where}`,
      [
        `Hello ${input.inviteeName},`,
        `${input.inviterName} invites you to Mutualis${where}, as ${role}.`,
        `Choose your password to activate your account. This link works once and expires in ${input.validDays} days.`,
      ],
      { label: 'Activate my account', url: input.link },
      'If you did not expect this invitation, you can ignore this message.',
    );
  }
  const where = input.mutualName ? ` pour ${input.mutualName}` : '';
  return layout(
    'fr',
    `Votre invitation à Mutualis${where}`,
    [
      `Bonjour ${input.inviteeName},`,
      `${input.inviterName} vous invite à Mutualis${where}, à titre de ${role}.`,
      `Choisissez votre mot de passe pour activer votre compte. Ce lien ne sert qu'une fois et expire dans ${input.validDays} jours.`,
    ],
    { label: 'Activer mon compte', url: input.link },
    "Si vous n'attendiez pas cette invitation, vous pouvez ignorer ce message.",
  );
}

/** The link to choose a new password, valid `validMinutes` minutes. */
export function passwordResetEmail(input: {
  locale: Locale;
  name: string;
  link: string;
  validMinutes: number;
}): RenderedEmail {
  if (input.locale === 'en') {
    return layout(
      'en',
      'Reset your Mutualis password',
      [
        `Hello ${input.name},`,
        'Someone (hopefully you) asked to reset the password of your Mutualis account.',
        `This link works once and expires in ${input.validMinutes} minutes.`,
      ],
      { label: 'Choose a new password', url: input.link },
      'If you did not ask for this, ignore this message: your password stays the same.',
    );
  }
  return layout(
    'fr',
    'Réinitialisez votre mot de passe Mutualis',
    [
      `Bonjour ${input.name},`,
      "Quelqu'un (vous, espérons-le) a demandé à réinitialiser le mot de passe de votre compte Mutualis.",
      `Ce lien ne sert qu'une fois et expire dans ${input.validMinutes} minutes.`,
    ],
    { label: 'Choisir un nouveau mot de passe', url: input.link },
    "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.",
  );
}
