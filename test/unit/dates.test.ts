import assert from 'node:assert/strict';
import { extractDates, findDocumentDate, type ExtractedDate } from '../../src/engine/extract/dates';
import type { DateValue } from '../../src/engine/types';

// 2025-11-30 is a Sunday.
const DOC = '2025-11-30';

function found(text: string, documentDate?: string): ExtractedDate[] {
  const claims = extractDates(text, documentDate);
  for (const c of claims) {
    assert.equal(c.text, text.slice(c.start, c.end), `offsets of ${c.text}`);
    assert.equal(c.kind, 'date');
    assert.equal(c.bound, 'exact');
  }
  return claims;
}

/** The single date written in `text`, asserting its exact text. */
function only(text: string, written: string, documentDate?: string): ExtractedDate {
  const claims = found(text, documentDate);
  assert.deepEqual(
    claims.map((c) => c.text),
    [written],
    `in: ${text}`,
  );
  return claims[0];
}

const day = (year: number | undefined, month: number, d: number, span?: number): DateValue => {
  const v: DateValue = { month, day: d, precision: 'day' };
  if (year !== undefined) v.year = year;
  if (span) v.span = span;
  return v;
};

function sameDate(actual: DateValue, expected: DateValue): void {
  const clean = (v: DateValue): DateValue => JSON.parse(JSON.stringify(v)) as DateValue;
  assert.deepEqual(clean(actual), clean(expected));
}

describe('extractDates: written dates', () => {
  it('finds a month and day, and keeps the month as written', () => {
    const c = only('The bridge reopened on November 29 after repairs.', 'November 29', DOC);
    sameDate(c.date, day(2025, 11, 29));
    assert.deepEqual(c.style, { form: 'month-day', monthName: 'November', withYear: false });
    assert.equal(c.relative, undefined);
  });

  it('finds an abbreviated month with a period and a year', () => {
    const c = only('Voting closed on Nov. 29, 2025, in most districts.', 'Nov. 29, 2025');
    sameDate(c.date, day(2025, 11, 29));
    assert.equal(c.style.monthName, 'Nov.');
    assert.equal(c.style.withYear, true);
  });

  it('finds an abbreviation without a period', () => {
    const c = only('Tickets go on sale Nov 29 at noon.', 'Nov 29');
    sameDate(c.date, day(undefined, 11, 29));
    assert.equal(c.style.monthName, 'Nov');
  });

  it('finds day-month forms with and without a year', () => {
    const a = only('The festival ended on 29 November with fireworks.', '29 November', DOC);
    sameDate(a.date, day(2025, 11, 29));
    assert.equal(a.style.form, 'day-month');
    const b = only('The treaty was signed on 29 November 2025 in Geneva.', '29 November 2025');
    sameDate(b.date, day(2025, 11, 29));
    assert.equal(b.style.withYear, true);
    const c = only('Work resumed on the 3rd of March across the region.', '3rd of March', DOC);
    sameDate(c.date, day(2025, 3, 3));
    assert.equal(c.style.ordinal, true);
  });

  it('finds ordinals', () => {
    const c = only('Classes start on September 1st this time.', 'September 1st', DOC);
    sameDate(c.date, day(2025, 9, 1));
    assert.equal(c.style.ordinal, true);
  });

  it('finds ISO dates and rejects impossible ones', () => {
    const c = only('The filing is dated 2025-11-29 in the registry.', '2025-11-29');
    sameDate(c.date, day(2025, 11, 29));
    assert.deepEqual(c.style, { form: 'iso', withYear: true });
    assert.deepEqual(found('A filing dated 2025-02-30 cannot exist.'), []);
  });

  it('finds a month and year', () => {
    const c = only('The factory closed in August 2025 after losses.', 'August 2025');
    sameDate(c.date, { year: 2025, month: 8, precision: 'month' });
    assert.deepEqual(c.style, { form: 'month-year', monthName: 'August', withYear: true });
    only('Rents peaked in March of 2021, the survey found.', 'March of 2021');
  });

  it('finds a bare month after a preposition', () => {
    const c = only('Prices climbed in October, traders noted.', 'October', DOC);
    sameDate(c.date, { year: 2025, month: 10, precision: 'month' });
    assert.equal(c.style.withYear, false);
    assert.deepEqual(
      found('Talks ran from October to December.', DOC).map((d) => d.text),
      ['October', 'December'],
    );
  });

  it('finds a day range as a span of days', () => {
    const c = only('The summit runs November 27-29, 2025 in Lima.', 'November 27-29, 2025');
    sameDate(c.date, day(2025, 11, 27, 3));
  });

  it('reads all-caps datelines', () => {
    const c = only('LIMA, NOV. 29, 2025 — Crowds gathered early.', 'NOV. 29, 2025');
    sameDate(c.date, day(2025, 11, 29));
  });

  it('finds parts of months and years', () => {
    const a = only('Rain returned in late November across the valley.', 'late November', DOC);
    sameDate(a.date, { year: 2025, month: 11, part: 'late', precision: 'month' });
    assert.equal(a.style.form, 'part');
    assert.equal(a.style.monthName, 'November');
    const b = only('The dam was finished by mid-November, engineers said.', 'mid-November', DOC);
    assert.equal(b.date.part, 'mid');
    const c = only('Growth slowed in early 2025 for the region.', 'early 2025');
    sameDate(c.date, { year: 2025, part: 'early', precision: 'year' });
    const d = only('Late November brought the first frost.', 'Late November', DOC);
    assert.equal(d.style.capitalized, true);
  });

  it('takes a weekday that restates the date into its claim, the date giving the value', () => {
    const c = only('The rally took place on Saturday, November 29, downtown.', 'Saturday, November 29', DOC);
    sameDate(c.date, day(2025, 11, 29));
  });
});

describe('extractDates: bare years', () => {
  const years = (text: string): string[] => found(text).map((c) => c.text);

  it('finds years after time prepositions', () => {
    assert.deepEqual(years('The company was founded in 1990 by two brothers.'), ['1990']);
    assert.deepEqual(years('Since 2019 the council has met monthly.'), ['2019']);
    assert.deepEqual(years('The city aims to be carbon neutral by 2030.'), ['2030']);
    assert.deepEqual(years('The rule applied until 2012, then lapsed.'), ['2012']);
    assert.deepEqual(years('Output grew from 2019 to 2021 steadily.'), ['2019', '2021']);
    assert.deepEqual(years('The drought of the summer of 2018 was severe.'), ['2018']);
    const c = found('He was first elected in 1990.')[0];
    sameDate(c.date, { year: 1990, precision: 'year' });
    assert.deepEqual(c.style, { form: 'year', withYear: true });
  });

  it('finds years that qualify an event noun', () => {
    assert.deepEqual(years('She lost the 2024 election narrowly.'), ['2024']);
    assert.deepEqual(years('Turnout in the 2022 presidential election fell.'), ['2022']);
    assert.deepEqual(years('Fans still talk about the 2014 World Cup final.'), ['2014']);
  });

  it('finds the year a time limit is moved to', () => {
    assert.deepEqual(years('The toll on the bridge was extended by three more years, to 2031.'), ['2031']);
    assert.deepEqual(years('The opening of the museum has been postponed to 2027.'), ['2027']);
    assert.deepEqual(years('The lease, signed last spring, is being pushed back to 2029.'), ['2029']);
  });

  it('does not read a count after "to" as a year, nor a bare month a limit is moved to', () => {
    assert.deepEqual(years('Ticket sales rose to 2031 over the weekend.'), []);
    assert.deepEqual(years('The scheme was extended to 2031 households.'), []);
    assert.deepEqual(years('The hearing was postponed to March.'), []);
  });

  it('finds the year after "of" that follows an event noun', () => {
    assert.deepEqual(years('The quake of 2004 flattened the harbour.'), ['2004']);
    assert.deepEqual(years('Exiles still recall the revolution of 1979.'), ['1979']);
    assert.deepEqual(years('Her plan copies the transition of 1990 in the south.'), ['1990']);
  });

  it('does not read a count after "of" an event noun that also takes one', () => {
    assert.deepEqual(years('A poll of 2000 found most in favour.'), []);
    assert.deepEqual(years('The club runs on a budget of 2000 a month.'), []);
  });

  it('does not read counts as years', () => {
    assert.deepEqual(years('Exports rose by 2000 tonnes last quarter.'), []);
    assert.deepEqual(years('Sales increased by 2000 over the period.'), []);
    assert.deepEqual(years('The storm cut power in 2000 homes overnight.'), []);
    assert.deepEqual(years('Between 1900 and 2000 people attended.'), []);
    assert.deepEqual(years('A crowd of 2000 gathered outside.'), []);
    assert.deepEqual(years('The price was $2019 before tax.'), []);
    assert.deepEqual(years('The club had 2024 members.'), []);
    assert.deepEqual(years('Unemployment in the 1990s stayed high.'), []);
  });
});

describe('extractDates: weekdays and relative phrases', () => {
  it('resolves a weekday to the most recent one on or before the document date', () => {
    const c = only('The mayor resigned on Thursday after a vote.', 'Thursday', DOC);
    sameDate(c.date, day(2025, 11, 27));
    assert.equal(c.relative, true);
    assert.deepEqual(c.style, { form: 'weekday' });
    // A Sunday document: "on Sunday" is the same day.
    sameDate(only('Polls opened on Sunday morning.', 'Sunday', DOC).date, day(2025, 11, 30));
  });

  it('covers a modifier and stops before a possessive', () => {
    sameDate(only('Police made arrests last Saturday near the port.', 'last Saturday', DOC).date, day(2025, 11, 29));
    sameDate(only("Saturday's announcement surprised traders.", 'Saturday', DOC).date, day(2025, 11, 29));
    // "last Sunday" on a Sunday is a week back, not today.
    sameDate(only('The ferry sank last Sunday off the coast.', 'last Sunday', DOC).date, day(2025, 11, 23));
  });

  it('resolves to the next one when the sentence marks the future', () => {
    sameDate(only('The assembly will vote on Saturday on the bill.', 'Saturday', DOC).date, day(2025, 12, 6));
    sameDate(only('The report is due to be published on Tuesday.', 'Tuesday', DOC).date, day(2025, 12, 2));
    sameDate(only('They meet again next Friday, aides said.', 'next Friday', DOC).date, day(2025, 12, 5));
    sameDate(only('Workers strike this coming Monday.', 'this coming Monday', DOC).date, day(2025, 12, 1));
  });

  it('reads a present-tense verb of a schedule right before its day as looking forward', () => {
    sameDate(only('The parking levy starts on Wednesday across the city.', 'Wednesday', DOC).date, day(2025, 12, 3));
    sameDate(only('The curfew, which takes effect on Friday, covers the port.', 'Friday', DOC).date, day(2025, 12, 5));
    sameDate(only('The new ward opens Tuesday.', 'Tuesday', DOC).date, day(2025, 12, 2));
    // The past tense, and an infinitive another verb tenses, stay behind the document.
    sameDate(only('The parking levy started on Wednesday across the city.', 'Wednesday', DOC).date, day(2025, 11, 26));
    sameDate(only('Staff were told to start on Wednesday.', 'Wednesday', DOC).date, day(2025, 11, 26));
  });

  it('keeps the past when a reporting verb stands nearer than the future marker', () => {
    sameDate(only('On Tuesday, the ministry said it will appeal.', 'Tuesday', DOC).date, day(2025, 11, 25));
    // An attribution that ends the sentence is no tense of it.
    assert.equal(only('The new pier will open to boats in March, the harbour board said.', 'March', DOC).date.year, 2026);
  });

  it('skips weekdays that are names or recurrences', () => {
    assert.deepEqual(found('Easter Sunday drew large crowds.', DOC), []);
    assert.deepEqual(found('She wrote for the Sunday Times for years.', DOC), []);
    assert.deepEqual(found('The market opens on Saturdays only.', DOC), []);
    assert.deepEqual(found('The market opens every Saturday morning.', DOC), []);
  });

  it('resolves days relative to the document', () => {
    sameDate(only('Yesterday the court ruled against the firm.', 'Yesterday', DOC).date, day(2025, 11, 29));
    sameDate(only('The results are expected tomorrow.', 'tomorrow', DOC).date, day(2025, 12, 1));
    sameDate(only('The minister spoke today at the forum.', 'today', DOC).date, day(2025, 11, 30));
    sameDate(only('The fire started three days ago in the hills.', 'three days ago', DOC).date, day(2025, 11, 27));
    sameDate(only('The fund closes five days from now.', 'five days from now', DOC).date, day(2025, 12, 5));
    sameDate(only('The day before yesterday the roads flooded.', 'The day before yesterday', DOC).date, day(2025, 11, 28));
    const c = only('The ruling came yesterday.', 'yesterday', DOC);
    assert.equal(c.relative, true);
    assert.deepEqual(c.style, { form: 'relative' });
  });

  it('represents weeks and weekends as spans of days', () => {
    // The week before the document's Monday-Sunday week.
    sameDate(only('Last week the army advanced on the town.', 'Last week', DOC).date, day(2025, 11, 17, 7));
    sameDate(only('The strike continued this week.', 'this week', DOC).date, day(2025, 11, 24, 7));
    sameDate(only('Two ships collided over the weekend.', 'the weekend', DOC).date, day(2025, 11, 29, 2));
    sameDate(only('The derby was played last weekend.', 'last weekend', DOC).date, day(2025, 11, 22, 2));
    sameDate(only('Prices fell two weeks ago, then recovered.', 'two weeks ago', DOC).date, day(2025, 11, 10, 7));
  });

  it('resolves months and years relative to the document', () => {
    sameDate(only('Inflation eased last month, the bank said.', 'last month', DOC).date, { year: 2025, month: 10, precision: 'month' });
    sameDate(only('The plant was sold last year to investors.', 'last year', DOC).date, { year: 2024, precision: 'year' });
    sameDate(only('Earlier this month, the port reopened.', 'Earlier this month', DOC).date, day(2025, 11, 1, 30));
    sameDate(only('Talks collapsed late last year in Oslo.', 'late last year', DOC).date, { year: 2024, part: 'late', precision: 'year' });
    sameDate(only('Sales rose last November as well.', 'last November', DOC).date, { year: 2024, month: 11, precision: 'month' });
  });

  it('skips rolling periods and hedged phrases', () => {
    assert.deepEqual(found('Prices rose sharply in the last week.', DOC), []);
    assert.deepEqual(found('The case opened more than a year ago.', DOC), []);
  });

  it('skips weekdays and relative phrases without a document date', () => {
    assert.deepEqual(found('The mayor resigned on Thursday, a day after the vote yesterday.'), []);
  });
});

describe('extractDates: year inference', () => {
  it('gives a yearless date the document year', () => {
    assert.equal(only('Rates were cut on March 4 by the bank.', 'March 4', DOC).date.year, 2025);
  });

  it('takes the previous year when the date would fall more than two months after the document', () => {
    assert.equal(only('The flood hit on December 20 last winter.', 'December 20', '2026-01-15').date.year, 2025);
    assert.equal(only('The shop closed on 10 December for good.', '10 December', '2026-01-15').date.year, 2025);
    assert.equal(only('Work began in late August on the site.', 'late August', '2026-01-15').date.year, 2025);
    // Less than two months ahead stays in the document year.
    assert.equal(only('The ballot is set for March 1 nationwide.', 'March 1', '2026-01-15').date.year, 2026);
  });

  it('reads a present-tense change or schedule from a yearless month as the next such month', () => {
    const year = (text: string, written: string) => only(text, written, DOC).date.year;
    assert.equal(year('The bridge toll goes up from £2 to £3 from March, the operator confirmed.', 'March'), 2026);
    assert.equal(year('Ferry fares rise by 5% from February.', 'February'), 2026);
    assert.equal(year('The smoking ban takes effect in early January.', 'early January'), 2026);
    assert.equal(year('Bus passes apply from 1 April to all pensioners.', '1 April'), 2026);
    // The past tense, a noun and an infinitive another verb tenses stay behind the document.
    assert.equal(year('Ferry fares rose by 5% in February.', 'February'), 2025);
    assert.equal(year('Ferry fares: a rise in February, then a freeze.', 'February'), 2025);
    assert.equal(year('The airline wanted to start flights in March.', 'March'), 2025);
    // A verb of change before "in" is as often a report's historical present ("Exports fall in March").
    assert.equal(year('Ferry fares rise by 5% in February.', 'February'), 2025);
    // Nor does a present tense look forward to a date that does not start anything.
    assert.equal(year('Ferry fares rise again, as on 3 February.', '3 February'), 2025);
  });

  it('reads the day a thing lasts until by its own schedule, not by the verb that says when it was marked', () => {
    const year = (text: string, written: string) => only(text, written, '2025-10-14').date.year;
    assert.equal(year('The jars were stamped best before 2 November.', '2 November'), 2025);
    assert.equal(year('Tins labelled use-by December 1 were pulled.', 'December 1'), 2025);
    // Without such words the past tense still looks back.
    assert.equal(year('The jars were stamped on 2 November.', '2 November'), 2024);
  });

  it('reads a duty as looking forward, whatever past verb stands further off', () => {
    const year = (text: string, written: string) => only(text, written, '2025-09-01').date.year;
    assert.equal(year('Anyone who was billed wrongly must claim by 3 October.', '3 October'), 2025);
    assert.equal(year('Tenants who signed late have to move out by 20 September.', '20 September'), 2025);
    // "must have" looks back.
    assert.equal(year('The letters must have reached him by 3 October.', '3 October'), 2024);
  });

  it('leaves the year unknown without a document date', () => {
    const c = only('The meeting was held on November 29.', 'November 29');
    assert.equal(c.date.year, undefined);
  });
});

describe('extractDates: things that are not dates', () => {
  const none = (text: string): void => assert.deepEqual(found(text, DOC), [], text);

  it('ignores a weekday that recurs each month or year', () => {
    none('The board meets on the second Thursday of each month.');
    none('Rents are due on the first Monday of every month.');
  });

  it('ignores a weekday written as any one of its name', () => {
    none('The ferry broke down on a Tuesday evening.');
    none('Any Friday will suit the committee.');
    assert.equal(found('The ferry broke down on Tuesday evening.', DOC).length, 1);
  });

  it('ignores times of day, verbs and nouns that look like months', () => {
    none('The session began at 10:30 and ended at 11:45.');
    none('Officials may be forced to resign.');
    none('Thousands joined a march on the capital.');
    none('It may 5 times out of 10 be wrong.');
    none('Theresa May spoke to reporters.');
    none('The index rose 2.5 percent.');
  });

  it('ignores numbers that are not days', () => {
    none('June 2 percent of voters abstained.');
    none('The ratio was 12:30 in favour.');
    assert.deepEqual(
      found('In May 10 people were hurt.', DOC).map((c) => c.text),
      ['May'],
    );
  });

  it('keeps a date before a plural noun ("the Sept. 11 attacks")', () => {
    only('Memorials recall the Sept. 11 attacks each year.', 'Sept. 11', DOC);
  });

  it('reads a day after a month before "of" and a phrase ("on October 9 of a coming strike")', () => {
    only('The union warned riders on October 9 of a coming strike.', 'October 9', DOC);
    only('Ministers told staff on June 14 of their new duties.', 'June 14', DOC);
  });

  it('leaves a count after a month before "of" and a part of a whole ("November 12 of the 40 ferries")', () => {
    assert.deepEqual(
      found('By November 12 of the 40 ferries were back in service.', DOC).map((c) => c.text),
      ['November'],
    );
    assert.deepEqual(
      found('Of the crews hired in March, by April 12 of them had quit.', DOC).map((c) => c.text),
      ['March', 'April'],
    );
  });
});

describe('findDocumentDate', () => {
  it('reads front matter dates', () => {
    assert.equal(findDocumentDate('---\ntitle: Draft\ndate: 2025-11-30\n---\nBody text.'), '2025-11-30');
    assert.equal(findDocumentDate('---\ndate: 2025-11-30T10:00:00Z\n---\nBody.'), '2025-11-30');
    assert.equal(findDocumentDate('---\ndate: "November 30, 2025"\nslug: x\n---\nBody.'), '2025-11-30');
  });

  it('falls back to a byline or dateline among the first lines', () => {
    assert.equal(findDocumentDate('# Port reopens\n\nBy staff, December 1, 2025\n\nThe port reopened.'), '2025-12-01');
    assert.equal(findDocumentDate('CARACAS, Dec. 1, 2025 — The government said'), '2025-12-01');
    assert.equal(findDocumentDate('---\ntitle: No date\n---\nLIMA, 2 December 2025 — Text.'), '2025-12-02');
  });

  it('needs a full date near the top', () => {
    assert.equal(findDocumentDate('# Review of 2025\n\nThe year began in January.'), undefined);
    const late = ['a', 'b', 'c', 'd', 'e', 'f', 'Written on December 1, 2025.'].join('\n');
    assert.equal(findDocumentDate(late), undefined);
    assert.equal(findDocumentDate('---\ndate: 2025-02-30\n---\nBody.'), undefined);
  });
});

describe('"last" before a month and day', () => {
  it('reads "last March 3" as the most recent March 3, day and all', () => {
    const found = extractDates('The council voted last March 3 to close the pier.', '2030-03-20');
    assert.deepEqual(
      found.map((d) => [d.text, d.date]),
      [['March 3', { month: 3, day: 3, precision: 'day', year: 2030 }]],
    );
  });
});
