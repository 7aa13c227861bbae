// A session's title in both languages: the course's two titles, unless the session was given a
// title of its own, which then reads the same in both.

/** The French and English titles of a session from its own title (null or the course's French one when none) and its course's. */
export function sessionTitles(s: { title: string | null; courseTitleFr: string; courseTitleEn: string }): { fr: string; en: string } {
  const own = s.title && s.title !== s.courseTitleFr ? s.title : null;
  return { fr: own ?? s.courseTitleFr, en: own ?? s.courseTitleEn };
}
