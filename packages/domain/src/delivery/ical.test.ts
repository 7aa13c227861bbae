import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeText, foldLine, writeCalendar } from './ical.ts';

describe('iCalendar writer', () => {
  it('given special characters, then they are escaped', () => {
    assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
  });
  it('given a long line with accents, then no physical line exceeds 75 octets and unfolding restores it', () => {
    const line = `SUMMARY:${'Sécurité é '.repeat(30)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) assert.ok(Buffer.byteLength(physical, 'utf8') <= 75, physical);
    assert.equal(folded.replace(/\r\n /g, ''), line);
  });
  it('given an event, then it is written with the Montreal time zone, sequence and status', () => {
    const ics = writeCalendar({
      name: 'Formations',
      events: [
        {
          uid: 'day-1@mutualis',
          date: '2027-03-15',
          startTime: '08:30',
          endTime: '16:00',
          summary: 'Cariste, niveau 1',
          location: '12 rue X, Laval',
          sequence: 3,
          status: 'CANCELLED',
          updatedAt: '2027-03-01T12:34:56.000Z',
        },
      ],
    });
    assert.ok(ics.endsWith('\r\n'));
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /\n/);
    assert.match(ics, /BEGIN:VTIMEZONE\r\nTZID:America\/Montreal/);
    assert.match(ics, /DTSTART;TZID=America\/Montreal:20270315T083000/);
    assert.match(ics, /DTSTAMP:20270301T123456Z/);
    assert.match(ics, /SEQUENCE:3/);
    assert.match(ics, /STATUS:CANCELLED/);
    assert.match(ics, /SUMMARY:\[ANNULÉ \/ CANCELLED\] Cariste\\, niveau 1/);
    assert.match(ics, /LOCATION:12 rue X\\, Laval/);
  });
});
