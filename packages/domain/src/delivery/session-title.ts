// A session's title as each reader reads it: the title the coordinator gave the session (one text,
// for every reader), else its course's title in the reader's language.
import type { Lang } from '../format/locale.ts';
import { textIn } from '../format/names.ts';

/** What names a session: the coordinator's own title for it, if any, and its course's titles. */
export interface SessionTitles {
  ownTitle: string | null;
  courseTitleFr: string;
  courseTitleEn: string;
}

/**
 * A session's title in the reader's language: the title the coordinator gave the session (one
 * text, for every reader), else its course's title in that language, else in the other one.
 */
export function sessionTitleIn(s: SessionTitles, lang: Lang): string {
  return s.ownTitle?.trim() || textIn({ fr: s.courseTitleFr, en: s.courseTitleEn }, lang);
}

/**
 * The French and English titles of a session from its title (its own, or the course's French one
 * when it has none, as `coalesce(s.title, c.title_fr)` reads) and its course's: the same rule.
 */
export function sessionTitles(s: { title: string | null; courseTitleFr: string; courseTitleEn: string }): {
  fr: string;
  en: string;
} {
  const titles = {
    ownTitle: s.title && s.title !== s.courseTitleFr ? s.title : null,
    courseTitleFr: s.courseTitleFr,
    courseTitleEn: s.courseTitleEn,
  };
  return { fr: sessionTitleIn(titles, 'fr'), en: sessionTitleIn(titles, 'en') };
}
