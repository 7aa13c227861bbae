// Calendar dates of the mutual: 'YYYY-MM-DD' strings, read in Montreal. Instants (timestamps) stay UTC;
// a date is what a person in Québec would write on the day. No I/O, no local-time Date arithmetic.

/** The time zone every date of the mutual is read in: deadlines, "today", statements, date filters. */
export const MUTUAL_TIME_ZONE = 'America/Montreal';

const DAY_MS = 86_400_000;

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: MUTUAL_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Montreal wall clock at an instant, as the UTC milliseconds of the same figures. */
function wallClockMs(instant: number): number {
  const part: Record<string, number> = {};
  for (const p of wallClock.formatToParts(new Date(instant))) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  d.setUTCFullYear(part.year as number, (part.month as number) - 1, part.day as number);
  d.setUTCHours(part.hour as number, part.minute as number, part.second as number, 0);
  return d.getTime();
}

/** The calendar date ('YYYY-MM-DD') an instant falls on in Montreal (EST or EDT, whichever holds then). */
export function dateInMontreal(instant: Date | string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(wallClockMs(ms)).toISOString().slice(0, 10);
}

/** Today's date in Montreal: the date every deadline of the mutual is read in, whatever the server's zone. */
export function todayInMontreal(now: Date): string {
  return dateInMontreal(now);
}

/** Adds whole days to a 'YYYY-MM-DD' date (calendar arithmetic, no time of day; a fraction is rounded). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + Math.round(days) * DAY_MS).toISOString().slice(0, 10);
}

/** The instant (ISO timestamp) a Montreal calendar day begins: its local midnight, 05:00Z in winter, 04:00Z in summer. */
export function startOfDayInMontreal(date: string): string {
  const midnightAsUtc = Date.parse(`${date}T00:00:00Z`);
  // First the offset at noon UTC, which is the same day in Montreal (so never the year before, which Intl
  // would write without its era for the year 0001); then the offset in force at that local midnight:
  // the clocks change at 02:00 local, so the second reading is the right one.
  const noon = midnightAsUtc + DAY_MS / 2;
  const guess = midnightAsUtc - (wallClockMs(noon) - noon);
  return new Date(midnightAsUtc - (wallClockMs(guess) - guess)).toISOString();
}
