// The e-mails of the evidence module, in the recipient's language: the yearly outcome form and the
// participation questionnaires (same layout as the other e-mails: paragraphs and one link).
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
  action: { label: string; url: string },
): RenderedEmail {
  const text = [...paragraphs, `${action.label}${locale === 'fr' ? ' :' : ':'} ${action.url}`, '— Mutualis'].join(
    '\n\n',
  );
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36rem">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(action.url)}" style="display: inline-block; padding: 0.6rem 1rem; background: #0b5cad; color: #fff; text-decoration: none; border-radius: 4px">${escapeHtml(action.label)}</a></p>
<p style="font-size: 0.9em; color: #555">${escapeHtml(action.url)}</p>
<p>— Mutualis</p>
</body></html>`;
  return { subject, text, html };
}

/** The yearly outcome form: a personal link for the firm's contact. */
export function outcomeFormEmail(input: {
  locale: Locale;
  name: string;
  firmName: string;
  mutualName: string;
  year: number;
  closesOn: string;
  link: string;
}): RenderedEmail {
  const { locale, name, firmName, mutualName, year, closesOn, link } = input;
  if (locale === 'en') {
    return layout(
      'en',
      `${mutualName}: ${firmName}'s outcomes for ${year}`,
      [
        `Hello ${name},`,
        `${mutualName} asks its member firms, once a year, for a few figures: headcount, departures, payroll, hours worked, the productivity measure you chose, absenteeism and work accidents. They show what training changes for firms like yours.`,
        `The form for ${firmName}, year ${year}, takes about ten minutes and is open until ${closesOn}. You can also say whether your firm agrees to the research use of its data (aggregates only, never personal data).`,
      ],
      { label: 'Fill in the form', url: link },
    );
  }
  return layout(
    'fr',
    `${mutualName} : les résultats ${year} de ${firmName}`,
    [
      `Bonjour ${name},`,
      `Chaque année, ${mutualName} demande à ses entreprises membres quelques chiffres : effectif, départs, masse salariale, heures travaillées, la mesure de productivité que vous avez choisie, absentéisme et accidents du travail. Ils montrent ce que la formation change pour des entreprises comme la vôtre.`,
      `Le formulaire de ${firmName} pour ${year} prend une dizaine de minutes et reste ouvert jusqu’au ${closesOn}. Vous pourrez aussi indiquer si votre entreprise accepte l’usage de ses données en recherche (agrégées seulement, jamais de données personnelles).`,
    ],
    { label: 'Remplir le formulaire', url: link },
  );
}

export type ParticipationEmailKind = 'joining' | 'renewal' | 'exit' | 'prospect';

/** A participation questionnaire: why the firm joins, stays, left or did not join. */
export function participationEmail(input: {
  kind: ParticipationEmailKind;
  locale: Locale;
  name: string;
  firmName: string;
  mutualName: string;
  closesOn: string;
  link: string;
}): RenderedEmail {
  const { kind, locale, name, firmName, mutualName, closesOn, link } = input;
  const fr: Record<ParticipationEmailKind, string> = {
    joining: `Bienvenue à ${mutualName} ! Pour mieux servir ${firmName}, dites-nous en quelques clics pourquoi vous avez adhéré.`,
    renewal: `Votre adhésion à ${mutualName} se renouvelle bientôt. Votre avis sur l’année nous aide à nous améliorer.`,
    exit: `${firmName} n’est plus membre de ${mutualName}. Pourriez-vous nous dire pourquoi ? Vos réponses nous aident à mieux servir les entreprises.`,
    prospect: `Merci d’avoir rencontré ${mutualName}. Pourriez-vous nous dire ce qui a retenu ${firmName} d’adhérer ?`,
  };
  const en: Record<ParticipationEmailKind, string> = {
    joining: `Welcome to ${mutualName}! To serve ${firmName} better, tell us in a few clicks why you joined.`,
    renewal: `Your membership of ${mutualName} renews soon. Your view of the year helps us improve.`,
    exit: `${firmName} is no longer a member of ${mutualName}. Could you tell us why? Your answers help us serve firms better.`,
    prospect: `Thank you for meeting ${mutualName}. Could you tell us what kept ${firmName} from joining?`,
  };
  if (locale === 'en') {
    return layout(
      'en',
      `${mutualName}: a short questionnaire`,
      [`Hello ${name},`, en[kind], `It takes three minutes and is open until ${closesOn}.`],
      { label: 'Answer', url: link },
    );
  }
  return layout(
    'fr',
    `${mutualName} : un court questionnaire`,
    [`Bonjour ${name},`, fr[kind], `Il prend trois minutes et reste ouvert jusqu’au ${closesOn}.`],
    { label: 'Répondre', url: link },
  );
}
