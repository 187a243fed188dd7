import assert from 'node:assert/strict';
import { compareDates, dateInterval } from '../../src/engine/verdict/dates';
import { formatCitedDate, formatDate } from '../../src/engine/format/date';
import { parseIsoDate } from '../../src/engine/table/isoDate';
import type { DateStyle, DateValue } from '../../src/engine/types';

const DOC = '2025-11-30'; // a Sunday

function iso(s: string): DateValue {
  const v = parseIsoDate(s);
  assert.ok(v, s);
  return v;
}

describe('parseIsoDate', () => {
  it('reads days, months and years', () => {
    assert.deepEqual(parseIsoDate('2025-11-29'), { year: 2025, month: 11, day: 29, precision: 'day' });
    assert.deepEqual(parseIsoDate('2025-11'), { year: 2025, month: 11, precision: 'month' });
    assert.deepEqual(parseIsoDate('1990'), { year: 1990, precision: 'year' });
    assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29, precision: 'day' });
  });

  it('rejects impossible or malformed values', () => {
    for (const s of ['2025-02-30', '2025-02-29', '2025-13', '2025-00-10', '2025-11-31', 'November 2025', '25-11-29', '']) {
      assert.equal(parseIsoDate(s), undefined, s);
    }
  });
});

describe('dateInterval', () => {
  const days = (v: DateValue, fallback?: number): number | undefined => {
    const i = dateInterval(v, fallback);
    return i ? i.to - i.from + 1 : undefined;
  };

  it('counts days since 1970-01-01', () => {
    assert.deepEqual(dateInterval(iso('1970-01-01')), { from: 0, to: 0 });
    assert.deepEqual(dateInterval(iso('1970-01-31')), { from: 30, to: 30 });
  });

  it('covers whole months and years', () => {
    assert.equal(days(iso('2025-11')), 30);
    assert.equal(days(iso('2024-02')), 29);
    assert.equal(days(iso('2024')), 366);
  });

  it('splits months and years into early, mid and late', () => {
    const nov = (part: 'early' | 'mid' | 'late'): DateValue => ({ year: 2025, month: 11, part, precision: 'month' });
    const start = dateInterval(iso('2025-11-01'))!.from;
    assert.deepEqual(dateInterval(nov('early')), { from: start, to: start + 9 });
    assert.deepEqual(dateInterval(nov('mid')), { from: start + 10, to: start + 19 });
    assert.deepEqual(dateInterval(nov('late')), { from: start + 20, to: start + 29 });
    const late2025 = dateInterval({ year: 2025, part: 'late', precision: 'year' })!;
    assert.equal(late2025.from, dateInterval(iso('2025-09-01'))!.from);
    assert.equal(late2025.to, dateInterval(iso('2025-12-31'))!.to);
    const early = dateInterval({ year: 2025, part: 'early', precision: 'year' })!;
    assert.equal(early.to, dateInterval(iso('2025-04-30'))!.to);
  });

  it('covers spans of days (weeks)', () => {
    const week: DateValue = { year: 2025, month: 11, day: 24, span: 7, precision: 'day' };
    assert.deepEqual(dateInterval(week), { from: dateInterval(iso('2025-11-24'))!.from, to: dateInterval(iso('2025-11-30'))!.from });
  });

  it('needs a year or a fallback', () => {
    assert.equal(dateInterval({ month: 11, day: 29, precision: 'day' }), undefined);
    assert.deepEqual(dateInterval({ month: 11, day: 29, precision: 'day' }, 2025), dateInterval(iso('2025-11-29')));
  });
});

describe('compareDates', () => {
  const nov29: DateValue = { month: 11, day: 29, precision: 'day' };

  it('agrees when the claim contains the cited date', () => {
    assert.equal(compareDates(iso('2025-11-29'), iso('2025-11-29')), 'agrees');
    assert.equal(compareDates({ year: 2025, month: 11, part: 'late', precision: 'month' }, iso('2025-11-29')), 'agrees');
    assert.equal(compareDates(iso('2025-11'), iso('2025-11-29')), 'agrees');
    assert.equal(compareDates(iso('2025'), iso('2025-11')), 'agrees');
    assert.equal(compareDates({ year: 2025, month: 11, day: 24, span: 7, precision: 'day' }, iso('2025-11-29')), 'agrees');
  });

  it('disagrees when they share no day', () => {
    assert.equal(compareDates(iso('2025-11-27'), iso('2025-11-29')), 'disagrees');
    assert.equal(compareDates({ year: 2025, month: 11, part: 'mid', precision: 'month' }, iso('2025-11-29')), 'disagrees');
    assert.equal(compareDates(iso('2024'), iso('2025-11')), 'disagrees');
    assert.equal(compareDates(iso('2025-11-29'), iso('2025-10')), 'disagrees');
  });

  it('is unsupported when the claim is more precise than the source', () => {
    assert.equal(compareDates(iso('2025-11-29'), iso('2025-11')), 'unsupported');
    assert.equal(compareDates({ year: 2025, month: 11, part: 'late', precision: 'month' }, iso('2025-11')), 'unsupported');
    assert.equal(compareDates(iso('2025-11'), iso('2025')), 'unsupported');
  });

  it('compares a yearless claim in the cited year', () => {
    assert.equal(compareDates(nov29, iso('2025-11-29')), 'agrees');
    assert.equal(compareDates(nov29, iso('2019-11-29')), 'agrees');
    assert.equal(compareDates(nov29, iso('2025-11-27')), 'disagrees');
    assert.equal(compareDates(nov29, iso('2025-11')), 'unsupported');
  });
});

describe('formatDate', () => {
  const cited = iso('2025-11-29');
  const style = (s: Partial<DateStyle> & Pick<DateStyle, 'form'>): DateStyle => s;

  it('writes the cited day in the draft style', () => {
    assert.equal(formatDate(cited, style({ form: 'month-day', monthName: 'November' }), DOC), 'November 29');
    assert.equal(formatDate(cited, style({ form: 'month-day', monthName: 'Nov.', withYear: true }), DOC), 'Nov. 29, 2025');
    assert.equal(formatDate(cited, style({ form: 'month-day', monthName: 'Nov' }), DOC), 'Nov 29');
    assert.equal(formatDate(cited, style({ form: 'day-month', monthName: 'November' }), DOC), '29 November');
    assert.equal(formatDate(cited, style({ form: 'day-month', monthName: 'November', withYear: true }), DOC), '29 November 2025');
    assert.equal(formatDate(cited, style({ form: 'iso', withYear: true }), DOC), '2025-11-29');
    assert.equal(formatDate(iso('2025-09-01'), style({ form: 'month-day', monthName: 'September', ordinal: true }), DOC), 'September 1st');
  });

  it('abbreviates another month the way the draft abbreviated', () => {
    const dotted = style({ form: 'month-day', monthName: 'Nov.' });
    assert.equal(formatDate(iso('2025-09-03'), dotted, DOC), 'Sept. 3');
    assert.equal(formatDate(iso('2025-05-03'), dotted, DOC), 'May 3');
    assert.equal(formatDate(iso('2025-12-03'), style({ form: 'month-day', monthName: 'NOV.' }), DOC), 'DEC. 3');
  });

  it('adds the year when the reader would otherwise infer another one', () => {
    assert.equal(formatDate(iso('2024-11-29'), style({ form: 'month-day', monthName: 'November' }), DOC), 'November 29, 2024');
  });

  it('writes a weekday only within the week before the document', () => {
    const weekday = style({ form: 'weekday' });
    assert.equal(formatDate(cited, weekday, DOC), 'Saturday');
    assert.equal(formatDate(iso('2025-11-30'), weekday, DOC), 'Sunday');
    assert.equal(formatDate(iso('2025-11-20'), weekday, DOC), 'November 20');
    assert.equal(formatDate(iso('2025-12-02'), weekday, DOC), 'December 2');
  });

  it('rewrites a weekday that restated the old date to restate the new one', () => {
    const restated = (before: string, after = ''): DateStyle => style({ form: 'month-day', monthName: 'Nov.', withYear: true, restated: { before, after } });
    // 2025-11-29 is a Saturday.
    assert.equal(formatDate(cited, restated('Friday, '), DOC), 'Saturday, Nov. 29, 2025');
    assert.equal(formatDate(cited, restated('this friday (', ')'), DOC), 'this saturday (Nov. 29, 2025)');
    assert.equal(formatDate(iso('2025-11-25'), restated('Wed. '), DOC), 'Tue. Nov. 25, 2025');
    assert.equal(formatDate(iso('2025-11-27'), restated('TUES., '), DOC), 'THURS., Nov. 27, 2025');
    assert.equal(
      formatDate(cited, style({ form: 'day-month', monthName: 'November', restated: { before: 'Friday, the ', after: '' } }), DOC),
      'Saturday, the 29 November',
    );
    // A yearless value has no weekday to write.
    assert.equal(formatDate({ month: 11, day: 29, precision: 'day' }, restated('Friday, '), DOC), null);
  });

  it('writes parts of months and years', () => {
    const part = style({ form: 'part', monthName: 'November' });
    assert.equal(formatDate({ year: 2025, month: 10, part: 'late', precision: 'month' }, part, DOC), 'late October');
    assert.equal(formatDate(cited, part, DOC), 'late November');
    assert.equal(formatDate(iso('2025-11-15'), part, DOC), 'mid-November');
    assert.equal(formatDate(iso('2025-11'), part, DOC), 'November');
    assert.equal(formatDate(cited, style({ form: 'part', monthName: 'October', capitalized: true }), DOC), 'Late November');
    assert.equal(formatDate(iso('2025-02'), style({ form: 'part', withYear: true }), DOC), 'early 2025');
  });

  it('writes months and years', () => {
    assert.equal(formatDate(cited, style({ form: 'month-year', monthName: 'August', withYear: true }), DOC), 'November 2025');
    assert.equal(formatDate(iso('2025-10'), style({ form: 'month-year', monthName: 'August', withYear: false }), DOC), 'October');
    assert.equal(formatDate(iso('1991'), style({ form: 'year', withYear: true }), DOC), '1991');
  });

  it('writes what is known when the source is less precise', () => {
    assert.equal(formatDate(iso('2025-11'), style({ form: 'month-day', monthName: 'November' }), DOC), 'November');
    assert.equal(formatDate(iso('2025'), style({ form: 'month-day', monthName: 'November' }), DOC), null);
    assert.equal(formatDate(iso('2025-11'), style({ form: 'weekday' }), DOC), null);
  });

  it('offers nothing for relative phrases', () => {
    assert.equal(formatDate(cited, style({ form: 'relative' }), DOC), null);
  });
});

describe('formatCitedDate', () => {
  it('writes a neutral date', () => {
    assert.equal(formatCitedDate(iso('2025-11-29')), 'November 29, 2025');
    assert.equal(formatCitedDate(iso('2025-11')), 'November 2025');
    assert.equal(formatCitedDate(iso('1990')), '1990');
    assert.equal(formatCitedDate({ year: 2025, month: 11, part: 'late', precision: 'month' }), 'late November 2025');
    assert.equal(formatCitedDate({ year: 2025, month: 11, day: 24, span: 7, precision: 'day' }), 'November 24–30, 2025');
    assert.equal(formatCitedDate({ month: 11, day: 29, precision: 'day' }), 'November 29');
  });
});
