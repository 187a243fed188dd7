import assert from 'node:assert/strict';
import { claimFrame, factFrame, yearsIn } from '../../src/engine/match/frame';
import { ownSpan } from '../../src/engine/match/ownWords';
import type { Span } from '../../src/engine/types';

/** Spans of each listed figure in a sentence, in order. */
function spans(text: string, figures: string[]): Span[] {
  let from = 0;
  return figures.map((f) => {
    const start = text.indexOf(f, from);
    assert.ok(start >= 0, `${f} not in ${text}`);
    from = start + f.length;
    return { start, end: start + f.length };
  });
}

const whole = (text: string): Span => ({ start: 0, end: text.length });
const own = (text: string, figures: string[], i: number) => {
  const all = spans(text, figures);
  const s = ownSpan(
    text,
    all[i],
    whole(text),
    all.filter((_, j) => j !== i),
  );
  return text.slice(s.start, s.end);
};

describe('claim frames', () => {
  it("ends a figure's words at the preposition of place before the next figure when no clause break stands between them", () => {
    const text = 'Some 5,000 were sheltering in 40 schools.';
    assert.equal(own(text, ['5,000', '40'], 0), 'Some 5,000 were sheltering ');
    assert.equal(own(text, ['5,000', '40'], 1), ' 40 schools.');
  });

  it("gives the items of a list after a figure's colon the count of that figure", () => {
    const text = 'The ministry listed 31 dead: nine in Kessa, two in Arvo and the rest along the coast.';
    const [a, b, c] = spans(text, ['31', 'nine', 'two']);
    assert.deepEqual([...claimFrame(text, { ...b, kind: 'number' }, whole(text), [a, c]).counts], ['deaths']);
    const plain = 'The ministry counted 31 vehicles, nine in Kessa.';
    const [x, y] = spans(plain, ['31', 'nine']);
    assert.deepEqual([...claimFrame(plain, { ...y, kind: 'number' }, whole(plain), [x]).counts], []);
  });

  it('lets a figure restated in another currency or unit share the words of the first', () => {
    const text = 'The levy raises £40m a year in new taxes, or about $52m, and fees bring in £9m.';
    assert.equal(own(text, ['£40m', 'about $52m', '£9m'], 1), 'The levy raises £40m a year in new taxes, or about $52m, ');
    assert.equal(own(text, ['£40m', 'about $52m', '£9m'], 2), ' fees bring in £9m.');
    const paren = 'The storm crossed 370 km (230 miles) of open sea.';
    assert.equal(own(paren, ['370 km', '230 miles'], 1), 'The storm crossed 370 km (230 miles) of open sea.');
  });

  it('lets the old value of a change written after the new one share its words, but not the second change of a list', () => {
    const text = 'The jobless rate in Veldmark climbed to 6.1%, a ten-year high, from 5.4% a year earlier.';
    assert.equal(own(text, ['6.1%', '5.4%'], 1), own(text, ['6.1%', '5.4%'], 0));
    assert.match(own(text, ['6.1%', '5.4%'], 1), /^The jobless rate/);
    const list = 'The lower fare rises to £3 and the peak fare from £4 to £5.';
    assert.equal(own(list, ['£3', '£4', '£5'], 1), ' the peak fare from £4 to £5.');
  });

  it("reads which way a figure's change goes from the change word before it, or right after it", () => {
    const dir = (text: string, figure: string) => {
      const [a] = spans(text, [figure]);
      return claimFrame(text, { ...a, kind: 'percent' }, whole(text), []).direction;
    };
    assert.equal(dir('The council cut the levy to 4%.', '4%'), 'down');
    assert.equal(dir('Fares rose by 6% in May.', '6%'), 'up');
    assert.equal(dir('Growth was a 2% fall on the year.', '2%'), 'down');
    // "the lower rate" is no change, nor "up to" a hedge
    assert.equal(dir('The lower rate stays at 10%.', '10%'), undefined);
    assert.equal(dir('Gusts of up to 90% humidity were felt.', '90%'), undefined);
    assert.equal(dir('Output was up by 3% on the month.', '3%'), 'up');
    // the change noun a figure qualifies outweighs a verb before it
    assert.equal(dir('The duty will not rise, keeping the 5p cut.', '5p'), 'down');
    // a sum "of" or "in" a change is that change's
    assert.equal(dir('The last government promised 3% of unfunded rate cuts.', '3%'), 'down');
    assert.equal(dir('Ministers pencilled in 2% in fee rises for next year.', '2%'), 'up');
    assert.equal(dir('The fund raised 4% of its target from parents.', '4%'), 'up');
    assert.equal(factFrame('Rate before the rise', []).direction, 'up');
    assert.equal(factFrame('Cut in fuel duty', []).direction, 'down');
    assert.equal(factFrame('Lower rate of the tax', []).direction, undefined);
  });

  it('reads "last year" as the year before the document\'s where that is known, and as another time where not', () => {
    const text = 'Sales rose to 41,000 last year.';
    const [a] = spans(text, ['41,000']);
    const dated = claimFrame(text, { ...a, kind: 'number' }, whole(text), [], 2031);
    assert.deepEqual([dated.otherEvent, dated.years], [false, [2030]]);
    const undated = claimFrame(text, { ...a, kind: 'number' }, whole(text), []);
    assert.deepEqual([undated.otherEvent, undated.years], [true, []]);
  });

  it('gives each figure of a sentence the words on its own side of the conjunction', () => {
    const text = 'The flood destroyed 420 homes and damaged 1,900 more across the valley.';
    assert.equal(own(text, ['420', '1,900'], 0), 'The flood destroyed 420 homes ');
    assert.equal(own(text, ['420', '1,900'], 1), ' damaged 1,900 more across the valley.');
  });

  it('keeps a participle after a figure with that figure ("31 dead and 140 hurt")', () => {
    const text = 'Officials counted 31 dead and 140 hurt by Sunday.';
    assert.match(own(text, ['31', '140'], 0), /31 dead $/);
    assert.match(own(text, ['31', '140'], 1), /^ 140 hurt/);
  });

  it('reads "from X to Y" as the old and the new value', () => {
    const text = 'The levy climbs from 9% to 14% next spring.';
    const [a, b] = spans(text, ['9%', '14%']);
    assert.equal(claimFrame(text, { ...a, kind: 'percent' }, whole(text), [b]).role, 'from');
    assert.equal(claimFrame(text, { ...b, kind: 'percent' }, whole(text), [a]).role, 'to');
  });

  it('reads "up by X" and "an X rise" as a change', () => {
    const text = 'Fares go up by 3.5% in May.';
    const [a] = spans(text, ['3.5%']);
    assert.equal(claimFrame(text, { ...a, kind: 'percent' }, whole(text), []).role, 'change');
    const text2 = 'Members won a 4% rise.';
    const [b] = spans(text2, ['4%']);
    assert.equal(claimFrame(text2, { ...b, kind: 'percent' }, whole(text2), []).role, 'change');
  });

  it('finds the year a figure is qualified with in its own words only', () => {
    const text = 'A 1991 cyclone there killed 900 people, and this one has killed 12 so far.';
    const [a, b] = spans(text, ['900', '12']);
    assert.deepEqual(claimFrame(text, { ...a, kind: 'number' }, whole(text), [b]).years, [1991]);
    assert.deepEqual(claimFrame(text, { ...b, kind: 'number' }, whole(text), [a]).years, []);
  });

  it('marks figures placed in an earlier time or another event', () => {
    const text = 'Two years ago the same river drowned 60 villagers.';
    const [a] = spans(text, ['60']);
    assert.equal(claimFrame(text, { ...a, kind: 'number' }, whole(text), []).otherEvent, true);
    const shock = 'A magnitude 5.2 aftershock rattled the coast.';
    const [b] = spans(shock, ['5.2']);
    assert.equal(claimFrame(shock, { ...b, kind: 'number' }, whole(shock), []).otherEvent, true);
  });

  it('tells a date of saying from the date of an event', () => {
    const said = 'The mayor said on Monday that the bridge had collapsed.';
    const [m] = spans(said, ['Monday']);
    assert.equal(claimFrame(said, { ...m, kind: 'date' }, whole(said), []).statement, true);
    const event = 'The bridge collapsed on Monday, the mayor said.';
    const [e] = spans(event, ['Monday']);
    assert.equal(claimFrame(event, { ...e, kind: 'date' }, whole(event), []).statement, false);
    const asOf = 'As of Friday, no more bodies had been found.';
    const [f] = spans(asOf, ['Friday']);
    assert.equal(claimFrame(asOf, { ...f, kind: 'date' }, whole(asOf), []).statement, true);
    const lead = 'On Thursday, officials said the road would reopen.';
    const [t] = spans(lead, ['Thursday']);
    assert.equal(claimFrame(lead, { ...t, kind: 'date' }, whole(lead), []).statement, true);
  });

  it('takes a present-tense verb of saying after a date, and after a date label of a timeline, as one of saying', () => {
    const statement = (text: string, date: string) => {
      const [d] = spans(text, [date]);
      return claimFrame(text, { ...d, kind: 'date' }, whole(text), []).statement;
    };
    assert.equal(statement('On Tuesday the ministry confirms that two ferries sank.', 'Tuesday'), true);
    assert.equal(statement('- **June 3.** The governor tells reporters that the levee held.', 'June 3'), true);
    assert.equal(statement('- **June 3.** The levee bursts and the valley floods.', 'June 3'), false);
    // The verb after a relative clause that holds the date is its head's.
    assert.equal(statement('The union, which struck in May, says the talks have failed.', 'May'), false);
    assert.equal(statement('The union, which struck in May, said the talks had failed.', 'May'), false);
    assert.equal(statement('The mayor, who on Monday said the bridge was safe, resigned.', 'Monday'), true);
  });

  it('reads a fact frame from its label and cues', () => {
    assert.deepEqual(yearsIn('Deficit in 2026/27 and 2030'), [2026, 2027, 2030]);
    assert.equal(factFrame('Levy rate before the rise', ['levy', 'from']).role, 'from');
    assert.equal(factFrame('New levy rate', ['levy']).role, 'to');
    assert.equal(factFrame('Increase in the levy', ['levy']).role, 'change');
    assert.equal(factFrame('Levy change', ['levy'], 'percentage points').role, 'change');
    assert.equal(factFrame('Day the ministry announced the toll', ['announced']).statement, true);
    assert.equal(factFrame('Day the dam burst', ['burst']).statement, false);
  });
});

describe('claim frames: parts, pairs, places and time', () => {
  const frameOf = (text: string, figures: string[], i: number, kind = 'number', year?: number) => {
    const all = spans(text, figures);
    return claimFrame(
      text,
      { ...all[i], kind },
      whole(text),
      all.filter((_, j) => j !== i),
      year,
    );
  };

  it("reads the percentage an economy grows by as its growth rate, a level's rise by a figure as a change", () => {
    assert.equal(frameOf('Output will grow by 3% in 2031.', ['3%'], 0).role, undefined);
    assert.equal(frameOf('Output will shrink by 1% this year and by 2% next year.', ['1%', '2%'], 1).role, undefined);
    assert.equal(frameOf('Bus fares rose by 3% in March.', ['3%'], 0).role, 'change');
    assert.equal(frameOf('The payroll grew by 300 jobs.', ['300'], 0).role, 'change');
  });

  it('lists the whole numbers of a sentence, never the first digits of a year or a longer figure', () => {
    assert.deepEqual(frameOf('By March 2031 the toll had reached 31 and 1250 were hurt.', ['31'], 0).figures, [31, 1250]);
  });

  it('gives a part the noun of its whole, and marks the whole', () => {
    const text = 'Crews repaired three of the nine pumps before dawn.';
    assert.equal(own(text, ['three', 'nine'], 0), 'Crews repaired three of the nine pumps before dawn.');
    assert.equal(frameOf(text, ['three', 'nine'], 1).whole, true);
    assert.equal(frameOf(text, ['three', 'nine'], 0).whole, false);
  });

  it('lets two figures joined by "to" share what changed, but keeps each one\'s year', () => {
    const text = 'Fees climb from $900 now to $1,200 by 2031.';
    assert.equal(own(text, ['$900', '$1,200'], 0), own(text, ['$900', '$1,200'], 1));
    assert.deepEqual(frameOf(text, ['$900', '$1,200'], 0, 'money').years, []);
    assert.equal(frameOf(text, ['$900', '$1,200'], 0, 'money').present, true);
    assert.deepEqual(frameOf(text, ['$900', '$1,200'], 1, 'money').years, [2031]);
  });

  it('reads a compared value as the old one', () => {
    const text = 'Sales reached 5,200 units, compared with 4,100 a year earlier.';
    const f = frameOf(text, ['5,200', '4,100'], 1);
    assert.equal(f.role, 'from');
    assert.equal(f.otherEvent, true);
  });

  it('reads "this year" and "next year" as years of the document', () => {
    const text = 'The deficit shrinks to 3% this year and to 2.5% next year.';
    assert.deepEqual(frameOf(text, ['3%', '2.5%'], 0, 'percent', 2030).years, [2030]);
    assert.deepEqual(frameOf(text, ['3%', '2.5%'], 1, 'percent', 2030).years, [2031]);
  });

  it('keeps a relative clause with the noun it follows', () => {
    const text = 'Rain fell on 12 villages, most of them in the Ardal valley, which alone lost 40 homes.';
    assert.match(own(text, ['12', '40'], 1), /Ardal valley, which alone lost 40 homes/);
  });

  it("reads places after a preposition, not a list of places, and not past the figure's clause", () => {
    assert.deepEqual(frameOf('Two hikers are missing in the Varna Hills.', ['Two'], 0).places, [['varna', 'hill']]);
    assert.deepEqual(frameOf('Three died in nearby Osk Valley.', ['Three'], 0).places, [['osk', 'valley']]);
    assert.deepEqual(frameOf('Power failed in Osk, Lund and Tarr for 9,000 homes.', ['9,000'], 0).places, []);
    assert.deepEqual(frameOf('The storm killed at least 30, most of them in Osk.', ['at least 30'], 0).places, []);
    assert.deepEqual(frameOf('Patrols sank 40 boats in Kessa and northern Varna waters.', ['40'], 0).places, []);
  });

  it('takes a part of a total as counting what the total counts', () => {
    const text = 'Some 70 people were missing, of which 50 in the hills.';
    assert.deepEqual([...frameOf(text, ['70', '50'], 1).counts], ['missing']);
  });

  it('takes "today" as the date of a tally, and keeps the speaker of a date of saying', () => {
    const text = 'Today 900 guards patrol the border.';
    const [t] = spans(text, ['Today']);
    assert.equal(claimFrame(text, { ...t, kind: 'date' }, whole(text), []).statement, true);
    const said = 'Governor Ilse Brandt said on Friday that the levee held.';
    const [f] = spans(said, ['Friday']);
    assert.deepEqual(claimFrame(said, { ...f, kind: 'date' }, whole(said), []).names, ['governor', 'ils', 'brandt']);
  });
});

describe('claim frames: where two figures split their words', () => {
  it('splits at a clause break before a preposition that leads the later figure', () => {
    const text = 'Members got a final payout of 4p, bringing the year to 7p, against 6p before.';
    assert.equal(own(text, ['4p', '7p', '6p'], 1), ' bringing the year to 7p, ');
  });

  it('gives each word to the nearer figure where nothing breaks the gap', () => {
    const text = 'His 40-minute address then promised schools 3 billion euros.';
    assert.match(own(text, ['40', '3 billion euros'], 0), /^His 40-minute address/);
  });
});

describe('claim frames: "from" as an old value', () => {
  const roleOfFigure = (text: string, figures: string[], i: number) => {
    const all = spans(text, figures);
    return claimFrame(
      text,
      { ...all[i], kind: 'number' },
      whole(text),
      all.filter((_, j) => j !== i),
    ).role;
  };

  it('reads "from" as a change\'s old value only beside a change', () => {
    assert.equal(roleOfFigure('Fares fell from 90 to 70.', ['90', '70'], 0), 'from');
    assert.equal(roleOfFigure('The count is up from 40.', ['40'], 0), 'from');
    assert.equal(roleOfFigure('Some 5,000 people from 12 villages took shelter.', ['5,000', '12'], 1), undefined);
    assert.equal(roleOfFigure('Sales hit 900, against 700 a year before.', ['900', '700'], 1), 'from');
    assert.equal(roleOfFigure('Raids against 30 camps went on.', ['30'], 0), undefined);
  });

  it("reads a figure set against another group's as that group's, not an old value", () => {
    assert.equal(roleOfFigure('Women voted at 71%, against 64% for men.', ['71%', '64%'], 1), undefined);
    assert.equal(roleOfFigure('Turnout was 71%, compared with 64% among men.', ['71%', '64%'], 1), undefined);
    assert.equal(roleOfFigure('Turnout was 71%, compared with 64% at the last vote.', ['71%', '64%'], 1), 'from');
  });
});
