import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDayShort,
  formatHours,
  formatMeetingDay,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriods,
  formatTime,
  langOf,
  languageName,
  nocCategoryName,
  regionName,
  scianName,
  sizeClassName,
  teerName,
  textIn,
} from './index.ts';

// The exact strings issue #9 asks for. Spaces inside a figure ("1 200,50 $", "11,2 %", "7,5 h")
// are no-break spaces (U+00A0), written \u00a0 here.
const nb = (s: string) => s.replace(/ /g, '\u00a0');

describe('numbers and hours', () => {
  it('given 7.5 hours, when written in French, then "7,5 h"; in English "7.5 h"', () => {
    assert.equal(formatHours(7.5, 'fr'), nb('7,5 h'));
    assert.equal(formatHours(7.5, 'en'), nb('7.5 h'));
  });
  it('given 14 hours, then no decimal is written', () => {
    assert.equal(formatHours(14, 'fr'), nb('14 h'));
  });
  it('given a year or a page number in a sentence (min2), then no grouping below 10 000', () => {
    assert.equal(formatNumber(2027, 'fr', 2, 'min2'), '2027');
    assert.equal(formatNumber(12345.5, 'fr', 2, 'min2'), nb('12 345,5'));
  });
  it('given a number over a thousand, then French groups thousands with a no-break space and English with a comma', () => {
    assert.equal(formatNumber(1234567.5, 'fr'), nb('1 234 567,5'));
    assert.equal(formatNumber(1234567.5, 'en'), '1,234,567.5');
  });
});

describe('money from integer cents', () => {
  it('given 120 050 cents, when written in French, then "1 200,50 $"; in English "$1,200.50"', () => {
    assert.equal(formatMoney(120050, 'fr'), nb('1 200,50 $'));
    assert.equal(formatMoney(120050, 'en'), '$1,200.50');
  });
  it('given whole dollars, then no cents are written unless asked', () => {
    assert.equal(formatMoney(2700000, 'fr'), nb('27 000 $'));
    assert.equal(formatMoney(2700000, 'fr', 2), nb('27 000,00 $'));
    assert.equal(formatMoney(120050, 'en', 0), '$1,201');
  });
  it('given a negative amount, then the sign comes first', () => {
    assert.equal(formatMoney(-500, 'fr'), nb('-5 $'));
    assert.equal(formatMoney(-550, 'en'), '-$5.50');
  });
});

describe('percentages', () => {
  it('given the ratio 0.112, when written in French, then "11,2 %"; in English "11.2%"', () => {
    assert.equal(formatPercent(0.112, 'fr'), nb('11,2 %'));
    assert.equal(formatPercent(0.112, 'en'), '11.2%');
  });
  it('given a whole percentage, then no decimal', () => {
    assert.equal(formatPercent(0.5, 'fr'), nb('50 %'));
  });
});

describe('dates, months and ranges', () => {
  it('given a day for a column head, then its short weekday and month: "lun. 7 déc." / "Mon, Dec 7"', () => {
    assert.equal(formatDayShort('2026-12-07', 'fr'), 'lun. 7 déc.');
    assert.equal(formatDayShort('2026-12-07', 'en'), 'Mon, Dec 7');
    assert.equal(formatDayShort('2027-02-01', 'fr'), 'lun. 1er févr.');
  });
  it('given 2026-12-06, when written in French, then "6 décembre 2026"; in English "December 6, 2026"', () => {
    assert.equal(formatDate('2026-12-06', 'fr'), '6 décembre 2026');
    assert.equal(formatDate('2026-12-06', 'en'), 'December 6, 2026');
  });
  it('given the first of a month, then it is the same day whatever the time zone, and French writes "1er"', () => {
    assert.equal(formatDate('2027-01-01', 'fr'), '1er janvier 2027');
    assert.equal(formatDate('2027-01-01', 'en'), 'January 1, 2027');
    assert.equal(formatDate('2027-01-11', 'fr'), '11 janvier 2027');
    assert.equal(formatDate('2021-03-21', 'fr'), '21 mars 2021');
    assert.equal(formatDateRange('2027-03-01', '2027-03-03', 'fr'), '1er–3 mars 2027');
  });
  it('given the month 2027-01, then "janvier 2027" / "January 2027", never "2027-01"', () => {
    assert.equal(formatMonth('2027-01', 'fr'), 'janvier 2027');
    assert.equal(formatMonth('2027-01', 'en'), 'January 2027');
    assert.equal(formatPeriod('2027-01', 'fr'), 'janvier 2027');
  });
  it('given a year as a period, then the year; given periods, then each in words, in order', () => {
    assert.equal(formatPeriod('2027', 'fr'), '2027');
    assert.equal(formatPeriods(['2027-03', '2027-01'], 'fr'), 'janvier 2027, mars 2027');
  });
  it('given two days of one month, then the month and year are written once', () => {
    assert.equal(formatDateRange('2026-12-06', '2026-12-08', 'fr'), '6–8 décembre 2026');
    assert.equal(formatDateRange('2026-12-06', '2026-12-08', 'en'), 'December 6–8, 2026');
  });
  it('given one day, or a missing end, then one date', () => {
    assert.equal(formatDateRange('2026-12-06', '2026-12-06', 'fr'), '6 décembre 2026');
    assert.equal(formatDateRange('2026-12-06', null, 'fr'), '6 décembre 2026');
    assert.equal(formatDateRange(null, null, 'fr'), '');
  });
  it('given a time of day, then French writes "8 h 30" and English "8:30 a.m."', () => {
    assert.equal(formatTime('08:30', 'fr'), '8 h 30');
    assert.equal(formatTime('08:30', 'en'), '8:30 a.m.');
  });
  it('given a meeting day, then its weekday, date and hours', () => {
    assert.equal(
      formatMeetingDay({ day: '2026-12-07', startsAt: '08:30', endsAt: '16:00' }, 'fr'),
      'lundi 7 décembre 2026, 8 h 30 – 16 h 00',
    );
    assert.equal(
      formatMeetingDay({ day: '2026-12-07', startsAt: '08:30', endsAt: '16:00' }, 'en'),
      'Monday, December 7, 2026, 8:30 a.m. – 4:00 p.m.',
    );
  });
  it('given an instant, then its Montréal date and time', () => {
    assert.equal(formatDateTime('2026-12-06T14:30:00Z', 'fr'), '6 décembre 2026 à 9 h 30');
    assert.equal(formatDateTime('2026-12-06T14:30:00Z', 'en'), 'December 6, 2026 at 9:30 a.m.');
  });
});

describe('plurals', () => {
  it('given one need and one firm in French, then the noun is singular; two, plural', () => {
    const need = { one: 'besoin', other: 'besoins' };
    assert.equal(formatCount(1, 'fr', need), '1 besoin');
    assert.equal(formatCount(2, 'fr', need), '2 besoins');
    assert.equal(formatCount(1, 'fr', { one: 'entreprise', other: 'entreprises' }), '1 entreprise');
  });
  it('given zero, then French is singular and English plural (their own rules)', () => {
    assert.equal(formatCount(0, 'fr', { one: 'besoin', other: 'besoins' }), '0 besoin');
    assert.equal(formatCount(0, 'en', { one: 'need', other: 'needs' }), '0 needs');
  });
});

describe('names for codes', () => {
  it('given the region code 14, then "Lanaudière", never "14"', () => {
    assert.equal(regionName('14', 'fr'), 'Lanaudière');
    assert.equal(regionName(null, 'fr'), '');
  });
  it('given a language code, then its name in the reader\u2019s language', () => {
    assert.equal(languageName('fr', 'fr'), 'Français');
    assert.equal(languageName('en', 'en'), 'English');
    assert.equal(languageName('fr', 'en'), 'French');
  });
  it('given NOC codes, TEER levels, size classes and SCIAN codes, then their names', () => {
    assert.equal(teerName(0, 'fr'), 'FEER 0 – Gestion');
    assert.equal(nocCategoryName('72100', 'en'), 'Trades, transport and equipment operators and related occupations');
    assert.equal(sizeClassName('small', 'fr'), 'Petite (10 à 99)');
    assert.match(scianName('23', 'fr'), /^23 – Construction$/);
  });
  it('given an unknown code, then the code itself rather than nothing', () => {
    assert.equal(regionName('99', 'fr'), '99');
  });
  it('given a text in both languages, then the reader\u2019s, else the other', () => {
    assert.equal(textIn({ fr: 'Secourisme', en: 'First aid' }, 'en'), 'First aid');
    assert.equal(textIn({ fr: 'Secourisme', en: '' }, 'en'), 'Secourisme');
    assert.equal(textIn({ fr: null, en: 'First aid' }, 'fr'), 'First aid');
  });
  it('given a language tag, then the reader\u2019s language (French unless English)', () => {
    assert.equal(langOf('en-US,en;q=0.9'), 'en');
    assert.equal(langOf('de'), 'fr');
    assert.equal(langOf(undefined), 'fr');
  });
});
