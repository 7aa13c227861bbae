// The language a server answer is written in: the account's when logged in, else the first of
// French or English in the request's Accept-Language (by its q weights), else French.
import type { Lang } from '@mutualis/domain/format/index';

/** French or English from an Accept-Language header ("en-US,en;q=0.9,fr;q=0.8" → 'en'); French when neither. */
export function acceptedLanguage(header: string | null | undefined): Lang {
  if (!header) return 'fr';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...options] = part.trim().split(';');
      const q = options.map((o) => /^\s*q=([0-9.]+)\s*$/.exec(o)?.[1]).find(Boolean);
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => (r.lang === 'fr' || r.lang === 'en') && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.lang as Lang | undefined) ?? 'fr';
}

/** The caller's language: its account's, else what its request accepts. */
export function answerLanguage(
  caller: { locale: Lang } | null | undefined,
  acceptLanguage: string | null | undefined,
): Lang {
  return caller?.locale ?? acceptedLanguage(acceptLanguage);
}
