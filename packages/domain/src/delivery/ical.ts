// An iCalendar (RFC 5545) writer for session feeds: time zone America/Montreal,
// SEQUENCE for updates, STATUS:CANCELLED for cancellations, 75-octet line folding.

/** Whose sessions a private calendar URL shows: a trainer's, a member firm's or one participant's. */
export const CALENDAR_FEED_KINDS = ['trainer', 'member', 'participant'] as const;
export type CalendarFeedKind = (typeof CALENDAR_FEED_KINDS)[number];

export interface CalendarEvent {
  /** Stable across updates (e.g. the meeting day id). */
  uid: string;
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM' local time in America/Montreal */
  startTime: string;
  endTime: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  /** Increases each time the session changes, so that calendars replace the old copy. */
  sequence: number;
  status: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  /** ISO instant of the last change (DTSTAMP / LAST-MODIFIED). */
  updatedAt: string;
}

export const TIME_ZONE = 'America/Montreal';

// Eastern time rules in force since 2007 (Energy Policy Act; Quebec follows them).
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'X-LIC-LOCATION:America/Montreal',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'TZNAME:EDT',
  'DTSTART:20070311T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'TZNAME:EST',
  'DTSTART:20071104T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so that no line exceeds 75 octets of UTF-8 (§3.1); continuation
 * lines start with one space, and a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const localDateTime = (date: string, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
const utcStamp = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;

/** Writes a whole VCALENDAR document (CRLF line ends) with the events sorted by date and time. */
export function writeCalendar(input: { name: string; productId?: string; events: readonly CalendarEvent[] }): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${input.productId ?? '-//Mutualis//Sessions//FR'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...VTIMEZONE,
  ];
  const events = [...input.events].sort(
    (a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime) || a.uid.localeCompare(b.uid),
  );
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(e.updatedAt)}`,
      `LAST-MODIFIED:${utcStamp(e.updatedAt)}`,
      `SEQUENCE:${e.sequence}`,
      `STATUS:${e.status}`,
      `DTSTART;TZID=${TIME_ZONE}:${localDateTime(e.date, e.startTime)}`,
      `DTEND;TZID=${TIME_ZONE}:${localDateTime(e.date, e.endTime)}`,
      `SUMMARY:${escapeText(e.status === 'CANCELLED' ? `[ANNULÉ / CANCELLED] ${e.summary}` : e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
