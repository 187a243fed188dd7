import assert from 'node:assert/strict';
import { datesNamingNoDay, extractDates } from '../../src/engine/extract/dates';
import { dateValueToIso } from '../../src/engine';

// 2027-03-10 is a Wednesday.
const DOC = '2027-03-10';

/** Each date found, as "text = value". */
function read(text: string, documentDate: string | undefined = DOC): string[] {
  return extractDates(text, documentDate).map((c) => `${c.text} = ${dateValueToIso(c.date)}`);
}

describe('date forms', () => {
  it('reads month names in lower case beside a day, and separators other than a space', () => {
    assert.deepEqual(read('the ferry sails on june 14 from the north pier'), ['june 14 = 2026-06-14']);
    assert.deepEqual(read('the audit closed on 3 feb'), ['3 feb = 2027-02-03']);
    assert.deepEqual(read('Deliveries resumed Jan-4 and again on 9-jan, officials said.'), ['Jan-4 = 2027-01-04', '9-jan = 2027-01-09']);
    assert.deepEqual(read('Filed on 12th august of 2024, the claim stalled.'), ['12th august of 2024 = 2024-08-12']);
  });

  it('leaves lower-case "may" and "march" alone without an ordinal', () => {
    assert.deepEqual(read('Officials may 12 times a year inspect the dam.'), []);
    assert.deepEqual(read('Only 1 may qualify, and 3 march on.'), []);
    assert.deepEqual(read('The bridge opened on the fourth of may.'), ['the fourth of may = 2026-05-04']);
  });

  it('reads dates written in figures, month first unless the first number cannot be a month', () => {
    assert.deepEqual(read('The permit expired 5/12/2019.'), ['5/12/2019 = 2019-05-12']);
    assert.deepEqual(read('The permit expired 25/12/2019.'), ['25/12/2019 = 2019-12-25']);
    assert.deepEqual(read('Stamped 14.6.2021 in Bern.'), ['14.6.2021 = 2021-06-14']);
    assert.deepEqual(read('Logged 2020/11/03 by the clerk.'), ['2020/11/03 = 2020-11-03']);
    assert.deepEqual(read('Logged 2020-nov-3 by the clerk.'), ['2020-nov-3 = 2020-11-03']);
    assert.deepEqual(read('Issued 4-9-98 to the tenant.'), ['4-9-98 = 1998-04-09']);
    assert.deepEqual(read('The hearing was held on 2/8.'), ['2/8 = 2027-02-08']);
  });

  it('does not read fractions, scores or versions as dates', () => {
    assert.deepEqual(read('They won 3/4 of the seats and drew 2-2.'), []);
    assert.deepEqual(read('Version 1.5.20 fixed the bug.'), []);
    assert.deepEqual(read('The clinic is open 24/7 and the pipes are 5/16 inch.'), []);
    assert.deepEqual(read('The home side led 21/14 and the count stood at 1/6.'), []);
  });

  it('reads a slash pair as a date without "on" when one side cannot be a month', () => {
    assert.deepEqual(read('Ballots mailed 2/17 reached voters late.'), ['2/17 = 2027-02-17']);
    assert.deepEqual(read('The log for 17/02 shows the leak.'), ['17/02 = 2027-02-17']);
    // A yearless leap day is the last one; without a document date the day is read without its year.
    assert.deepEqual(read('The ledger closed 2/29.'), ['2/29 = 2024-02-29']);
    assert.deepEqual(
      extractDates('The ledger closed on 2/29.').map((c) => dateValueToIso(c.date)),
      ['--02-29'],
    );
  });

  it('reads a month run into its day, as typed in haste', () => {
    assert.deepEqual(read('Crews left on march9 and again on Feb.26.'), ['Feb.26 = 2027-02-26']);
    assert.deepEqual(read('Crews left on Jan14 and came back 17feb at noon.'), ['Jan14 = 2027-01-14', '17feb = 2027-02-17']);
    assert.deepEqual(read('The dam was sealed november3,2025 at dawn.'), ['november3,2025 = 2025-11-03']);
    // A comma and figures after the day are a year only when they are one.
    assert.deepEqual(read('In June 2,400 tenants moved.'), ['June = 2026-06']);
  });

  it('reads a year written in words after a day and its month', () => {
    assert.deepEqual(read('The mill opened on October 3, nineteen sixty-two.'), ['October 3, nineteen sixty-two = 1962-10-03']);
    assert.deepEqual(read('She was born the ninth of June, two thousand and four.'), ['the ninth of June, two thousand and four = 2004-06-09']);
    assert.deepEqual(read('The deed is dated May the first eighteen oh six.'), ['May the first eighteen oh six = 1806-05-01']);
    assert.deepEqual(read('On Jan. 5, two thousand, the bank failed.'), ['Jan. 5, two thousand = 2000-01-05']);
    // Words that count people are no year.
    assert.deepEqual(read('On March 2, nineteen sixty people signed.'), ['March 2 = 2027-03-02']);
  });

  it('reads a day of the month written alone as this month or the last, and ranks as ranks', () => {
    assert.deepEqual(read('The barge ran aground on the 4th.'), ['the 4th = 2027-03-04']);
    assert.deepEqual(read('The barge ran aground on the 21st.'), ['the 21st = 2027-02-21']);
    assert.deepEqual(read('The tower has a bar on the 40th floor.'), []);
    assert.deepEqual(read('It was the worst storm of the 19th century.'), []);
  });

  it('reads a weekday with its day number as the nearest such date', () => {
    assert.deepEqual(read('Crews returned Monday the 1st.'), ['Monday the 1st = 2027-03-01']);
    assert.deepEqual(read('Crews returned Sunday the twenty-first.'), ['Sunday the twenty-first = 2027-02-21']);
  });

  it('reads the day of a named month, and names no day that the month lacks', () => {
    assert.deepEqual(read('Payments start the 15th day of next month.'), ['the 15th day of next month = 2027-04-15']);
    // February has no 31st: the phrase names no day, and "last month" alone is not read out of it.
    assert.deepEqual(read('Payments stopped the 31st of last month.'), []);
    assert.deepEqual(read('Payments stopped the fifth Monday of last month.'), []);
  });

  it('reads days in words after or before a month', () => {
    assert.deepEqual(read('The fair opened on August the second.'), ['August the second = 2026-08-02']);
    assert.deepEqual(read('The fair opened on the ninth of October.'), ['the ninth of October = 2026-10-09']);
    assert.deepEqual(read('The fair opened on July twenty one.'), ['July twenty one = 2026-07-21']);
    assert.deepEqual(read('Spending fell by a third of March levels.'), []);
    assert.deepEqual(read('The charter was signed on March the ninth, 1994.'), ['March the ninth, 1994 = 1994-03-09']);
  });

  it('reads the nth weekday of a month', () => {
    assert.deepEqual(read('Voting is on the second Tuesday of next month.'), ['the second Tuesday of next month = 2027-04-13']);
    assert.deepEqual(read('The parade was the first Sunday of March.'), ['the first Sunday of March = 2027-03-07']);
    assert.deepEqual(read('It was the first Sunday after the flood that the church opened.'), ['Sunday = 2027-03-07']);
  });

  it('takes a weekday that restates a written date into the claim', () => {
    // 2027-03-05 was a Friday.
    assert.deepEqual(read('The audit closed Friday, March 5, 2027, after a week.'), ['Friday, March 5, 2027 = 2027-03-05']);
    assert.deepEqual(read('Crews returned on Fri. 3/5 to the dam.'), ['Fri. 3/5 = 2027-03-05']);
    assert.deepEqual(read('The vote is set for this Friday (March 12).'), ['this Friday (March 12) = 2027-03-12']);
    assert.deepEqual(read('Ballots were due Tues, 9 March.'), ['Tues, 9 March = 2027-03-09']);
    assert.deepEqual(read('Ballots were due thursday-mar-4.'), ['thursday-mar-4 = 2027-03-04']);
    // A shortened weekday needs its point or comma: "wed" here is the verb.
    assert.deepEqual(read('The pair wed March 6 in the harbour chapel.'), ['March 6 = 2027-03-06']);
    // A weekday that is not the date's restates nothing: both stay claims, so a fact for either day shows the slip.
    assert.deepEqual(read('The audit closed Thursday, March 5, 2027, after a week.'), ['Thursday = 2027-03-04', 'March 5, 2027 = 2027-03-05']);
    assert.deepEqual(read('The vote is set for this Friday (March 13).'), ['this Friday = 2027-03-12', 'March 13 = 2027-03-13']);
    // Far from the document a yearless date's year is in doubt, and the weekday is taken as restating it.
    assert.deepEqual(read('Talks opened Tuesday, June 6.'), ['Tuesday, June 6 = 2026-06-06']);
    // 2027-03-03 was a Wednesday.
    assert.deepEqual(read('Talks resumed Wednesday, the 3rd of March.'), ['Wednesday, the 3rd of March = 2027-03-03']);
    const [claim] = extractDates('Talks resumed on Monday, March 8.', DOC);
    assert.deepEqual([claim.text, claim.style.restated], ['Monday, March 8', { before: 'Monday, ', after: '' }]);
  });

  it('reads a yearless February 29 in the last leap year', () => {
    assert.deepEqual(read('The record was set on Feb. 29.', '2027-03-10'), ['Feb. 29 = 2024-02-29']);
  });

  it('reads a holiday once the year is known', () => {
    assert.deepEqual(read('Shops shut on Christmas Day.'), ['Christmas Day = 2026-12-25']);
    assert.deepEqual(read('Fireworks are planned for New Year’s Eve and will light the bay.'), ['New Year’s Eve = 2027-12-31']);
    assert.deepEqual(read('The Christmas market drew crowds.'), []);
    assert.deepEqual(read('In a Thanksgiving address he thanked the troops.'), []);
    assert.deepEqual(read('Shops shut on Christmas Day.', ''), []);
  });

  it('reads a day past the ninth spelt as an ordinal word, as "the 23rd" is read', () => {
    assert.deepEqual(read('The trucks returned for the twenty-third.'), ['the twenty-third = 2027-02-23']);
    assert.deepEqual(read('The council will meet again on the fourteenth.'), ['the fourteenth = 2027-03-14']);
    assert.deepEqual(read('Will the pool open on thirty first?'), ['thirty first = 2027-03-31']);
  });

  it('reads an ordinal up to the ninth after "on the" that ends its sentence as a day of the month', () => {
    assert.deepEqual(read('The council met again on the second.'), ['the second = 2027-03-02']);
    assert.deepEqual(read('Will the ferry sail on the fifth?'), ['the fifth = 2027-04-05']);
    assert.deepEqual(read('The hall reopens on the ninth!'), ['the ninth = 2027-03-09']);
  });

  it('leaves "the second" a rank after another word than "on", before more words, or after an ordinal in its sentence', () => {
    assert.deepEqual(read('She came back for the second.'), []);
    assert.deepEqual(read('The bill failed on the first vote and passed on the second.'), []);
    assert.deepEqual(read('Smoke spread on the third, fourth and fifth floors.'), []);
    assert.deepEqual(read('The lift stopped on the second floor.'), []);
    assert.deepEqual(read('The council met again on the second.', ''), []);
  });

  it('leaves an ordinal word alone where it is a rank, a regnal number or comes before its noun', () => {
    assert.deepEqual(read('She came back for the second.'), []);
    assert.deepEqual(read('Art of the fifteenth and sixteenth centuries hung there.'), []);
    assert.deepEqual(read('A portrait of King Louis the Fourteenth.'), []);
    assert.deepEqual(read('He sat in the twelfth row.'), []);
    assert.deepEqual(read('Chile became the eleventh to sign.'), []);
  });

  it('takes a weekday in with a day and a month name in lower case after it', () => {
    assert.deepEqual(read('the depot will reopen thursday 17 june'), ['thursday 17 june = 2027-06-17']);
    assert.deepEqual(read('the depot reopened monday, 1st of february'), ['monday, 1st of february = 2027-02-01']);
    assert.deepEqual(read('He left friday 3 may say officials.'), ['friday = 2027-03-05']);
  });

  it('reads a yearless date followed by the year counted from the document as one date in that year', () => {
    assert.deepEqual(read('The dam was finished on the 4th of may last year.'), ['4th of may last year = 2026-05-04']);
    assert.deepEqual(read('Voting is set for June 9 next year.'), ['June 9 next year = 2028-06-09']);
    assert.deepEqual(read('Prices rose in April this year.'), ['April this year = 2027-04']);
    assert.deepEqual(
      extractDates('In May, last year’s champion withdrew.', DOC).map((c) => c.text),
      ['May', 'last year'],
    );
  });

  it('reads the first, fourth or last day of a named month', () => {
    assert.deepEqual(read('Tolls rise on the first day of April.'), ['the first day of April = 2027-04-01']);
    assert.deepEqual(read('The lease ran out on the last day of February 2024.'), ['the last day of February 2024 = 2024-02-29']);
    assert.deepEqual(read('The lease ran out on the last day of November.'), ['the last day of November = 2026-11-30']);
    assert.deepEqual(read('The vote came at last on the floor of May Hall.'), []);
  });

  it('counts "two days later" and "the next day" from a day stated earlier in the same sentence', () => {
    assert.deepEqual(read('The levee broke on Feb. 3, 2027, and crews sealed it two days later.'), [
      'Feb. 3, 2027 = 2027-02-03',
      'two days later = 2027-02-05',
    ]);
    assert.deepEqual(read('The pier shut on Friday and reopened the next day.'), ['Friday = 2027-03-05', 'the next day = 2027-03-06']);
    assert.deepEqual(read('On 9 January 2027 the ferry ran aground; a week later it was towed off.'), [
      '9 January 2027 = 2027-01-09',
      'a week later = 2027-01-16',
    ]);
  });

  it('counts a later day from the latest date stated in an earlier sentence of its paragraph, nearest first', () => {
    assert.deepEqual(read('The levee broke on Feb. 3. Crews sealed it two days later.'), ['Feb. 3 = 2027-02-03', 'two days later = 2027-02-05']);
    assert.deepEqual(read('Rain began on Feb. 1. The river crested on Feb. 6. It fell back the following day.'), [
      'Feb. 1 = 2027-02-01',
      'Feb. 6 = 2027-02-06',
      'the following day = 2027-02-07',
    ]);
    // Each day read so moves the story on: the second phrase counts from the first.
    assert.deepEqual(read('The tug arrived on 4 January 2027. The next day it towed the barge. Two days later the barge sank.'), [
      '4 January 2027 = 2027-01-04',
      'The next day = 2027-01-05',
      'Two days later = 2027-01-07',
    ]);
    assert.deepEqual(read('The shelter opened on Feb. 3. Two Mondays later it closed.'), ['Feb. 3 = 2027-02-03', 'Two Mondays later = 2027-02-15']);
    assert.deepEqual(read('The mill restarted on 4 May 2021. It was sold 2 years 10 days later.'), [
      '4 May 2021 = 2021-05-04',
      '2 years 10 days later = 2023-05-14',
    ]);
    assert.deepEqual(read('The mill restarted on 4 May 2021. Three months later it shut.'), ['4 May 2021 = 2021-05-04', 'Three months later = 2021-08']);
  });

  it('reads no later day where the latest date before it names no single day', () => {
    assert.deepEqual(read('The levee broke last week and crews sealed it two days later.'), ['last week = 2027-03-01/2027-03-07']);
    assert.deepEqual(read('The levee broke on Feb. 3. In March the town voted, and two days later it sued.'), ['Feb. 3 = 2027-02-03', 'March = 2027-03']);
    // A month read so is no day to count the next phrase from.
    assert.deepEqual(read('The mill restarted on 4 May 2021. Three months later it shut, and a week later it was sold.'), [
      '4 May 2021 = 2021-05-04',
      'Three months later = 2021-08',
    ]);
  });

  it('counts a later day with no date before it in its paragraph from the document date, and marks it', () => {
    const fallback = (text: string): string[] =>
      extractDates(text, DOC)
        .filter((c) => c.fromDocumentDate)
        .map((c) => `${c.text} = ${dateValueToIso(c.date)}`);
    assert.deepEqual(fallback('Crews sealed the levee two days later.'), ['two days later = 2027-03-12']);
    assert.deepEqual(fallback('Crews left. The next day they came back.'), ['The next day = 2027-03-11']);
    // A date in an earlier paragraph is another step of the story.
    assert.deepEqual(fallback('The levee broke on Feb. 3.\n\nCrews sealed it a week later.'), ['a week later = 2027-03-17']);
    // Counted from such a day, the next one is as much a guess.
    assert.deepEqual(fallback('The next day the pumps failed, and two days later the wall gave way.'), [
      'The next day = 2027-03-11',
      'two days later = 2027-03-13',
    ]);
    assert.deepEqual(read('Crews sealed the levee two days later.', ''), []);
    assert.equal(
      extractDates('The levee broke on Feb. 3. Crews sealed it two days later.', DOC).some((c) => c.fromDocumentDate),
      false,
    );
  });

  it('reads no later day from the tail of a larger figure', () => {
    assert.deepEqual(read('The tunnel opened on 4 May 2021 and closed 1,500 days later.'), ['4 May 2021 = 2021-05-04']);
    assert.deepEqual(read('The tunnel opened on 4 May 2021 and closed 1,000 days later.'), ['4 May 2021 = 2021-05-04']);
    assert.deepEqual(read('The tunnel was sealed 1,500 days ago.'), []);
  });

  it('reads no later day where it is hedged or compared', () => {
    assert.deepEqual(read('The levee broke on Feb. 3 and crews sealed it about two days later.'), ['Feb. 3 = 2027-02-03']);
    assert.deepEqual(read('The levee broke on Feb. 3 and was sealed two days later than planned.'), ['Feb. 3 = 2027-02-03']);
    assert.deepEqual(read('Crews sealed it some two days later.'), []);
    assert.deepEqual(read('It was sealed more than a week later.'), []);
  });

  it('holds a phrase that names no day as a date without reporting it', () => {
    const text = 'Rent is due on the thirty-first of this month.';
    assert.deepEqual(read(text, '2027-04-10'), []);
    assert.deepEqual(
      datesNamingNoDay(text, '2027-04-10').map((s) => text.slice(s.start, s.end)),
      ['the thirty-first of this month'],
    );
    assert.deepEqual(read(text), ['the thirty-first of this month = 2027-03-31']);
    assert.deepEqual(datesNamingNoDay(text, DOC), []);
    const fifth = 'The fair opens the fifth Friday of this month.';
    assert.deepEqual(read(fifth), []);
    assert.deepEqual(
      datesNamingNoDay(fifth, DOC).map((s) => fifth.slice(s.start, s.end)),
      ['the fifth Friday of this month'],
    );
  });
});

describe('date resolution', () => {
  it('reads a bare weekday back, unless the words look forward', () => {
    assert.deepEqual(read('The mayor spoke on Monday.'), ['Monday = 2027-03-08']);
    assert.deepEqual(read('The ruling could come as soon as Friday.'), ['Friday = 2027-03-12']);
    assert.deepEqual(read('Bids are due by Friday.'), ['Friday = 2027-03-12']);
    assert.deepEqual(read('the court sat on friday'), ['friday = 2027-03-05']);
  });

  it('puts "last" a week back on the same weekday and "next" in the next week', () => {
    assert.deepEqual(read('The dam was inspected last Wednesday.'), ['last Wednesday = 2027-03-03']);
    assert.deepEqual(read('The dam will be inspected next Monday.'), ['next Monday = 2027-03-15']);
  });

  it('reads a weekday with its week', () => {
    assert.deepEqual(read('Talks resume Thursday of next week.'), ['Thursday of next week = 2027-03-18']);
    assert.deepEqual(read('Talks resumed last week Tuesday.'), ['last week Tuesday = 2027-03-02']);
  });

  it('reads a yearless month day as the most recent one, or the next when the words look forward', () => {
    assert.deepEqual(read('The strike began on October 2.'), ['October 2 = 2026-10-02']);
    // A past-tense sentence puts even a date just after the document a year back.
    assert.deepEqual(read('The strike began on April 2.'), ['April 2 = 2026-04-02']);
    assert.deepEqual(read('The strike will begin on January 2.'), ['January 2 = 2028-01-02']);
    assert.deepEqual(read('The plant will reopen on March 2.'), ['March 2 = 2028-03-02']);
    assert.deepEqual(read('The levy applies, effective 20 December.'), ['20 December = 2027-12-20']);
  });

  it('keeps a yearless date up to two months ahead in the document year when its sentence has no tense', () => {
    // A present-tense schedule, a verb of saying and a participle before "for" say nothing of the event's time.
    assert.deepEqual(read('The ferry trial opens April 2.'), ['April 2 = 2027-04-02']);
    assert.deepEqual(read('The ferry trial opens April 2, lawyers said.'), ['April 2 = 2027-04-02']);
    assert.deepEqual(read('The hearing, scheduled for April 20, is public.'), ['April 20 = 2027-04-20']);
    assert.deepEqual(read('The ferry trial opens August 2.'), ['August 2 = 2026-08-02']);
  });

  it('turns hedged and vague "ago" phrases into ranges', () => {
    assert.deepEqual(read('The leak began approximately 10 days ago.'), ['approximately 10 days ago = 2027-02-26/2027-03-02']);
    assert.deepEqual(read('The leak began a few days ago.'), ['a few days ago = 2027-03-04/2027-03-08']);
    assert.deepEqual(read('The leak began 1 month and 3 days ago.'), ['1 month and 3 days ago = 2027-02-07']);
    assert.deepEqual(read('The vote is two days from tomorrow.'), ['two days from tomorrow = 2027-03-13']);
  });

  it('counts forward to a day: weeks from now, weekdays from now, business days', () => {
    assert.deepEqual(read('The lease ends two weeks from now.'), ['two weeks from now = 2027-03-24']);
    assert.deepEqual(read('The lease ends three Mondays from now.'), ['three Mondays from now = 2027-03-29']);
    assert.deepEqual(read('Refunds are paid in three business days.'), ['in three business days = 2027-03-15']);
    assert.deepEqual(read('Refunds are paid within 2 working days.'), ['within 2 working days = 2027-03-10/2027-03-12']);
    // Looking back, weeks stay a week.
    assert.deepEqual(read('The lease ended two weeks ago.'), ['two weeks ago = 2027-02-22/2027-02-28']);
  });

  it('reads ranges of days written with "to" or "between ... and"', () => {
    assert.deepEqual(read('The fair runs March 22 to 25.'), ['March 22 to 25 = 2027-03-22/2027-03-25']);
    assert.deepEqual(read('Roads shut from 2 to 5 March.'), ['2 to 5 March = 2027-03-02/2027-03-05']);
    assert.deepEqual(read('Roads shut between 2 and 5 March.'), ['2 and 5 March = 2027-03-02/2027-03-05']);
    assert.deepEqual(read('Roads shut between Feb. 2 and 5, 2026.'), ['Feb. 2 and 5, 2026 = 2026-02-02/2026-02-05']);
    // Without "between", "and" joins two days; a counted noun after the number makes it a count.
    assert.deepEqual(read('Roads shut 2 and 5 March.'), ['5 March = 2027-03-05']);
    assert.deepEqual(read('Between Feb. 2 and 40 people left.'), ['Feb. 2 = 2027-02-02']);
  });

  it('reads a weekday counted back in weeks', () => {
    // 2027-03-10 is a Wednesday: the most recent Sunday is March 7.
    assert.deepEqual(read('The dam cracked a week ago Sunday.'), ['a week ago Sunday = 2027-02-28']);
    assert.deepEqual(read('The dam cracked two weeks ago on Monday.'), ['two weeks ago on Monday = 2027-02-22']);
  });

  it('reads a year after a dash or as an apostrophe and two figures', () => {
    assert.deepEqual(read('Filed Jan-14-2026 and stamped 14-Jan-2026.'), ['Jan-14-2026 = 2026-01-14', '14-Jan-2026 = 2026-01-14']);
    assert.deepEqual(read("The mine shut Oct. 3 '98, reopened in Dec. '04."), ["Oct. 3 '98 = 1998-10-03", "Dec. '04 = 2004-12"]);
  });

  it('reads the first or last day of a month named by its distance', () => {
    assert.deepEqual(read('Rents rise on the first day of next month.'), ['the first day of next month = 2027-04-01']);
    assert.deepEqual(read('Bids close on the last day of this month.'), ['the last day of this month = 2027-03-31']);
    assert.deepEqual(read('Bids close on the twentieth of next month.'), ['the twentieth of next month = 2027-04-20']);
  });

  it('reads weekdays after next, upcoming ones, and leaves the following one to the story', () => {
    // 2027-03-10 is a Wednesday: the coming Sunday is March 14.
    assert.deepEqual(read('Polls open the Sunday after next.'), ['Sunday after next = 2027-03-21']);
    assert.deepEqual(read('Polls open upcoming Sunday.'), ['upcoming Sunday = 2027-03-14']);
    assert.deepEqual(read('The ship sank in May and was found the following Sunday.'), ['May = 2026-05']);
  });

  it('reads shortened weekdays in any case after "on"', () => {
    assert.deepEqual(read('The ferry sailed on sat and again on Thur.'), ['sat = 2027-03-06', 'Thur = 2027-03-04']);
  });

  it('reads "a year ago today" as that day', () => {
    assert.deepEqual(read('The dam broke a year ago today.'), ['a year ago today = 2026-03-10']);
  });

  it('reads "tmrw" as tomorrow, as a quoted message writes it', () => {
    assert.deepEqual(read('"See you tmrw," she wrote.'), ['tmrw = 2027-03-11']);
    assert.deepEqual(read('The post said the day after tmrw.'), ['the day after tmrw = 2027-03-12']);
  });

  it('counts "in" and "within" forward only where the words look forward', () => {
    assert.deepEqual(read('Repairs will be done in three weeks.'), ['in three weeks = 2027-03-31']);
    assert.deepEqual(read('A ruling will come within 48 hours, lawyers say.'), ['within 48 hours = 2027-03-10/2027-03-12']);
    assert.deepEqual(read('The bridge was built in three weeks.'), []);
  });

  it('reads parts of a week as ranges of days', () => {
    assert.deepEqual(read('Prices peaked late last week.'), ['late last week = 2027-03-04/2027-03-07']);
    assert.deepEqual(read('Prices peaked early this week.'), ['early this week = 2027-03-08/2027-03-10']);
  });

  it('reads "earlier this month" in its first days as the month before too', () => {
    assert.deepEqual(read('The river rose earlier this month.', '2027-03-02'), ['earlier this month = 2027-02-01/2027-03-02']);
    assert.deepEqual(read('The river rose earlier this month.'), ['earlier this month = 2027-03-01/2027-03-10']);
  });

  it('counts a fortnight as two weeks, back and forward', () => {
    assert.deepEqual(read('The pumps failed a fortnight ago.'), ['a fortnight ago = 2027-02-22/2027-02-28']);
    assert.deepEqual(read('The depot will reopen in a fortnight.'), ['in a fortnight = 2027-03-24']);
    assert.deepEqual(read('The depot was rebuilt in a fortnight.'), []);
    assert.deepEqual(read('The pumps failed about a fortnight ago.'), ['about a fortnight ago = 2027-02-15/2027-03-07']);
  });

  it('reads a lower-case "march" or "may" beside a day when a year follows', () => {
    assert.deepEqual(read("the levy was set on march 3, '15 by the board"), ["march 3, '15 = 2015-03-03"]);
    assert.deepEqual(read('the vote was held may 4, 2019 in the hall'), ['may 4, 2019 = 2019-05-04']);
    // A count after the comma is no year, so the verb stays a verb.
    assert.deepEqual(read('Officials may 12, 2015 protesters said, be replaced.'), []);
  });

  it('counts weekdays back ("two Mondays ago"), and "later" on from the story\'s day, reading no bare weekday in them', () => {
    assert.deepEqual(read('The shelter opened two Mondays ago.'), ['two Mondays ago = 2027-03-01']);
    assert.deepEqual(read('The shelter opened one Wednesday ago.'), ['one Wednesday ago = 2027-03-03']);
    // No day before them: from the document's date (a Wednesday), the second Monday after it.
    assert.deepEqual(read('The shelter opened two Mondays later.'), ['two Mondays later = 2027-03-22']);
    assert.deepEqual(read('The crew left on Feb. 3, and two friday later they were back.'), ['Feb. 3 = 2027-02-03', 'two friday later = 2027-02-12']);
    assert.deepEqual(read('The shelter opened two Mondays earlier.'), []);
  });

  it('reads "the week before last" and "the weekend after next" two periods away', () => {
    assert.deepEqual(read('The roof caved in the week before last.'), ['the week before last = 2027-02-22/2027-02-28']);
    assert.deepEqual(read('Fans queued the weekend before last.'), ['the weekend before last = 2027-02-27/2027-02-28']);
    assert.deepEqual(read('Fans queued the weekend before last.', '2027-03-13'), ['the weekend before last = 2027-02-27/2027-02-28']);
    assert.deepEqual(read('The fair opens the weekend after next.'), ['the weekend after next = 2027-03-20/2027-03-21']);
    assert.deepEqual(read('Rents rose the month before last.'), ['the month before last = 2027-01']);
    assert.deepEqual(read('Rents rose the year before last.'), ['the year before last = 2025']);
  });

  it('leaves "before last" alone when a noun or name of its own follows', () => {
    assert.deepEqual(read("Rents rose in the month before last year's vote."), ['last year = 2026']);
    assert.deepEqual(read('The hall shut the week before last Tuesday.'), ['last Tuesday = 2027-03-09']);
  });

  it('reads "this time last year" as that month a year back', () => {
    assert.deepEqual(read('This time last year the harbour was frozen.'), ['This time last year = 2026-03']);
    assert.deepEqual(read('By the same time next year the line will run.'), ['the same time next year = 2028-03']);
  });

  it('reads calendar quarters and halves of a named year as spans of days', () => {
    assert.deepEqual(read('Exports fell in Q3 2024, the ministry said.'), ['Q3 2024 = 2024-07-01/2024-09-30']);
    assert.deepEqual(read('Output grew in the first quarter of 2026.'), ['first quarter of 2026 = 2026-01-01/2026-03-31']);
    assert.deepEqual(read('Its fourth-quarter 2025 profit doubled.'), ['fourth-quarter 2025 = 2025-10-01/2025-12-31']);
    assert.deepEqual(read('Hiring slowed in the second half of 2023.'), ['second half of 2023 = 2023-07-01/2023-12-31']);
    assert.deepEqual(read('The H1 2025 figures were revised.'), ['H1 2025 = 2025-01-01/2025-06-30']);
  });

  it('leaves fiscal quarters, lower-case codes and impossible periods alone', () => {
    assert.deepEqual(read('Sales rose in fiscal Q3 2024.'), []);
    assert.deepEqual(read('The part q3 2024 was recalled.'), []);
    assert.deepEqual(read('The ledger marks H3 2024 and Q5 2024.'), []);
  });

  it('reads numbered weeks of a month as its days counted from the 1st, and its last week as its last seven', () => {
    assert.deepEqual(read('The dig resumed in the first week of June.'), ['first week of June = 2026-06-01/2026-06-07']);
    assert.deepEqual(read('Ballots were counted in the third week of January 2025.'), ['third week of January 2025 = 2025-01-15/2025-01-21']);
    assert.deepEqual(read('The quarry shut in the last week of February 2024.'), ['last week of February 2024 = 2024-02-23/2024-02-29']);
    assert.deepEqual(read('Crops wilt the first week of march across the plains.'), []);
  });

  it('reads the end, start or middle of this, last or next month or year as its part', () => {
    const parts = (text: string): string[] => extractDates(text, DOC).map((c) => `${c.text} = ${dateValueToIso(c.date)} ${c.date.part ?? ''}`.trim());
    assert.deepEqual(parts('The levy will be paid by the end of the month.'), ['the end of the month = 2027-03 late']);
    assert.deepEqual(parts('Talks broke down at the end of last month.'), ['the end of last month = 2027-02 late']);
    assert.deepEqual(parts('Work starts at the beginning of next year.'), ['the beginning of next year = 2028 early']);
    assert.deepEqual(parts('Sales dipped in the middle of this month.'), ['the middle of this month = 2027-03 mid']);
  });

  it('leaves "the end of the month" to the month its sentence already named, or to the story', () => {
    assert.deepEqual(read('The ferry sank in May 2019, and by the end of the month the port had closed.'), ['May 2019 = 2019-05']);
    assert.deepEqual(read('The ferry sank last year; by the end of the year the port had closed.'), ['last year = 2026']);
    assert.deepEqual(read('The port closed at the end of the year before.'), []);
  });

  it('reads "the week of" a written date as the Monday-to-Sunday week that holds it', () => {
    assert.deepEqual(read('Hearings were held the week of March 3.'), ['the week of March 3 = 2027-03-01/2027-03-07']);
    assert.deepEqual(read('The week of 14 June 2021, the mill stood idle.'), ['The week of 14 June 2021 = 2021-06-14/2021-06-20']);
    // A span already read keeps its days; "a week of" counts a week of something; a weekday dates no week.
    assert.deepEqual(read('Hearings ran the week of March 3-5.'), ['March 3-5 = 2027-03-03/2027-03-05']);
    assert.deepEqual(read('They staged a week of May 3 rallies.'), ['May 3 = 2026-05-03']);
    assert.deepEqual(read('Hearings resume the week of Monday.'), ['Monday = 2027-03-08']);
  });
});
