/**
 * The public page a questionnaire link opens, e.g. `${PUBLIC_URL}/questionnaire/…?lang=en`, by e-mail
 * or on a printed sheet. `lang` is the participant's language, so the page opens in it at once (even
 * when the link has expired).
 */
export const questionnaireLink = (publicUrl: string, token: string, locale: 'fr' | 'en') =>
  `${publicUrl.replace(/\/+$/, '')}/questionnaire/${encodeURIComponent(token)}?lang=${locale}`;
