// A session's title as each reader reads it.
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
