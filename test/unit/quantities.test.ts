import assert from 'node:assert/strict';
import { extractQuantities, type Quantity } from '../../src/engine/extract/quantities';
import { findHedgeAfter, findHedgeBefore, hedgeBound } from '../../src/engine/extract/hedges';
import { hedgePhrase } from '../../src/engine/format/hedge';
import { extractDates } from '../../src/engine/extract/dates';

/** Extracts and checks the span invariants every claim must keep. */
function extract(visible: string): Quantity[] {
  const found = extractQuantities(visible);
  for (const q of found) {
    assert.equal(q.text, visible.slice(q.start, q.end), 'text is the slice of its span');
    assert.ok(q.start <= q.figure.start && q.figure.end <= q.end, 'the figure lies inside the claim');
  }
  return found;
}

function only(visible: string): Quantity {
  const found = extract(visible);
  assert.equal(found.length, 1, `one claim in ${JSON.stringify(visible)}: ${found.map((q) => q.text).join(' | ')}`);
  return found[0];
}

const texts = (visible: string) => extract(visible).map((q) => q.text);
const figureText = (visible: string, q: Quantity) => visible.slice(q.figure.start, q.figure.end);

describe('extractQuantities: digits', () => {
  it('reads plain, grouped and decimal figures', () => {
    const s = 'The ferry carried 83 cars, 15,000 crates and 16.5 tonnes of grain.';
    const [a, b, c] = extract(s);
    assert.deepEqual([a.value, b.value, c.value], [83, 15000, 16.5]);
    assert.deepEqual([a.text, b.text, c.text], ['83', '15,000', '16.5']);
    assert.deepEqual(b.style, { form: 'digits', grouping: true, decimals: 0 });
    assert.deepEqual(c.style, { form: 'digits', grouping: false, decimals: 1 });
    assert.deepEqual([a.unit, b.unit, c.unit], ['car', 'crate', 'tonne']);
    assert.equal(a.start, s.indexOf('83'));
    assert.equal(a.kind, 'number');
    assert.equal(a.bound, 'exact');
  });

  it('reads space-grouped thousands and Indian grouping', () => {
    assert.equal(only('Some 40\u202f000 fans came.').value, 40000);
    assert.equal(only('The fund held 12,34,567 rupees.').value, 1234567);
  });

  it('reads a scale word or suffix after digits', () => {
    const s = 'They counted 15 thousand birds, 300 billion cells and 1.5 million voters.';
    const [a, b, c] = extract(s);
    assert.deepEqual([a.value, b.value, c.value], [15000, 300e9, 1.5e6]);
    assert.deepEqual(a.style, { form: 'digits-scale', grouping: false, decimals: 0, scale: 'thousand', scaleGap: ' ' });
    assert.equal(c.style.decimals, 1);
    assert.equal(c.unit, 'voter');
    assert.equal(only('The app has 10k users.').value, 10000);
  });

  it('reads negative figures', () => {
    assert.equal(only('The index moved -2.5 points.').value, -2.5);
    const q = only('Overnight it was minus 5 degrees.');
    assert.equal(q.value, -5);
    assert.equal(q.text, 'minus 5');
  });

  it('splits a comma list that is not thousands grouping', () => {
    assert.deepEqual(
      extract('Rooms 4,17,25 were shut.').map((q) => q.value),
      [4, 17, 25],
    );
  });
});

describe('extractQuantities: words', () => {
  it('reads spelled-out numbers with scales', () => {
    const s = 'Eighty-three hikers and twenty guides met fifteen thousand fans and one hundred and twelve cooks.';
    const found = extract(s);
    assert.deepEqual(
      found.map((q) => q.value),
      [83, 20, 15000, 112],
    );
    assert.deepEqual(
      found.map((q) => q.text),
      ['Eighty-three', 'twenty', 'fifteen thousand', 'one hundred and twelve'],
    );
    assert.equal(found[0].style.form, 'words');
    assert.equal(found[0].style.capitalized, true);
    assert.equal(found[1].style.capitalized, false);
    assert.equal(found[2].style.scale, 'thousand');
    assert.deepEqual(
      found.map((q) => q.unit),
      ['hiker', 'guide', 'fan', 'cook'],
    );
  });

  it('reads "a dozen", "half a million", "a million" and "two point five million"', () => {
    assert.equal(only('We ordered a dozen chairs.').value, 12);
    assert.equal(only('The city has half a million homes.').value, 500000);
    assert.equal(only('They planted a million trees.').value, 1e6);
    assert.equal(only('Turnout was two point five million.').value, 2.5e6);
    assert.equal(only('It took one and a half days.').value, 1.5);
  });

  it('stops at a word that cannot continue the number', () => {
    assert.deepEqual(
      extract('Pick five six times.').map((q) => q.value),
      [5, 6],
    );
  });

  it('skips ordinals and reads fractions as shares, never as counts', () => {
    const found = extract('Two-thirds of members and one third of staff voted in the twenty-first ballot.');
    assert.deepEqual(
      found.map((q) => [q.text, q.kind]),
      [
        ['Two-thirds', 'percent'],
        ['one third', 'percent'],
      ],
    );
  });

  it('counts "one" only when it counts something', () => {
    assert.deepEqual(texts('No one came. One of the trucks broke. The one that left was red.'), []);
    assert.deepEqual(texts('Only one driver was hurt.'), ['one']);
    assert.deepEqual(texts('By one estimate the lake is shrinking. At one point it froze.'), []);
    assert.equal(only('The fee rose one percent.').kind, 'percent');
    assert.deepEqual(texts('She bought a car.'), []);
  });

  it('counts a bare "one" that closes a list of counts by place, its noun left out as in the items before it', () => {
    assert.deepEqual(texts('Twenty died in the hills, four in Osk and one in Tessel.'), ['Twenty', 'four', 'one']);
    assert.deepEqual(texts('Ten were found by the river police, two by the coast police and one each from the Vell offices.'), ['Ten', 'two', 'one']);
    assert.deepEqual(texts('Two were missing in the north and one could not be found.'), ['Two']);
    assert.deepEqual(texts('Four stayed in Osk and one of them in Tessel.'), ['Four']);
  });
});

describe('extractQuantities: money', () => {
  const cases: Array<[string, string, number, string, Partial<Quantity['style']>]> = [
    ['The grant was $50mn in total.', '$50mn', 50e6, 'USD', { form: 'digits-scale', scale: 'mn', scaleGap: '', currencyPrefix: '$' }],
    ['The grant was $50 million in total.', '$50 million', 50e6, 'USD', { scale: 'million', scaleGap: ' ' }],
    ['The grant was fifty million dollars.', 'fifty million dollars', 50e6, 'USD', { form: 'words', currencySuffix: ' dollars' }],
    ['A fine of $25m was set.', '$25m', 25e6, 'USD', { scale: 'm' }],
    ['Sales hit $1.2bn last year.', '$1.2bn', 1.2e9, 'USD', { decimals: 1, scale: 'bn' }],
    ['Brussels pledged €3 billion.', '€3 billion', 3e9, 'EUR', { currencyPrefix: '€' }],
    ['Tickets cost US$5 each.', 'US$5', 5, 'USD', { form: 'digits', currencyPrefix: 'US$' }],
    ['The flat sold for £250,000.', '£250,000', 250000, 'GBP', { grouping: true }],
    ['Exports reached 420 million Swiss francs.', '420 million Swiss francs', 420e6, 'CHF', { currencySuffix: ' Swiss francs' }],
    ['The board approved 300 million euros.', '300 million euros', 300e6, 'EUR', {}],
    ['Revenue was 5 billion yen.', '5 billion yen', 5e9, 'JPY', {}],
    ['He earned 361 million pounds.', '361 million pounds', 361e6, 'GBP', {}],
    ['Bids opened at USD 200.', 'USD 200', 200, 'USD', { currencyPrefix: 'USD ' }],
    ['The price was 115USD.', '115USD', 115, 'USD', { currencySuffix: 'USD' }],
    ['Shares rose 50 cents.', '50 cents', 0.5, 'USD', { currencySuffix: ' cents' }],
    ['A HK$10 fare applies.', 'HK$10', 10, 'HKD', {}],
  ];
  for (const [sentence, text, value, currency, style] of cases) {
    it(`reads ${text}`, () => {
      const q = only(sentence);
      assert.equal(q.text, text);
      assert.equal(q.kind, 'money');
      assert.equal(q.value, value);
      assert.equal(q.currency, currency);
      for (const [k, v] of Object.entries(style)) assert.deepEqual(q.style[k as keyof typeof q.style], v, k);
    });
  }

  it('treats bare pounds as weight, not money', () => {
    const q = only('The parcel weighed 500 pounds.');
    assert.equal(q.kind, 'number');
    assert.equal(q.unit, 'pound');
  });

  it('does not read "us $" as a currency code', () => {
    const s = 'It cost us $5 million.';
    const q = only(s);
    assert.equal(q.text, '$5 million');
    assert.equal(q.currency, 'USD');
  });
});

describe('extractQuantities: percent', () => {
  it('reads %, percent and per cent', () => {
    const found = extract('Prices rose 10%, wages 10 percent, rents 10 per cent and fees twenty percent.');
    assert.deepEqual(
      found.map((q) => q.kind),
      ['percent', 'percent', 'percent', 'percent'],
    );
    assert.deepEqual(
      found.map((q) => q.value),
      [10, 10, 10, 20],
    );
    assert.deepEqual(
      found.map((q) => q.style.percentSuffix),
      ['%', ' percent', ' per cent', ' percent'],
    );
  });

  it('reads percentage points', () => {
    const q = only('Support fell 3.5 percentage points.');
    assert.equal(q.value, 3.5);
    assert.equal(q.style.percentSuffix, ' percentage points');
  });
});

describe('extractQuantities: hedges', () => {
  const cases: Array<[string, string, string, string]> = [
    ['At least 83 climbers reached the top.', 'At least 83', 'at-least', 'At least'],
    ['No fewer than 40 boats sailed.', 'No fewer than 40', 'at-least', 'No fewer than'],
    ['They fired more than 20 flares.', 'more than 20', 'more-than', 'more than'],
    ['The bill topped over $5 million.', 'over $5 million', 'more-than', 'over'],
    ['The bridge spans nearly 16,000 feet.', 'nearly 16,000', 'about', 'nearly'],
    ['It hosts almost 300 stalls.', 'almost 300', 'about', 'almost'],
    ['The team has roughly 15,000 fans.', 'roughly 15,000', 'about', 'roughly'],
    ['They hired an estimated 2,000 staff.', 'an estimated 2,000', 'about', 'an estimated'],
    ['Wages grew ~4% this year.', '~4%', 'about', '~'],
    ['The dam holds up to 5 million litres.', 'up to 5 million', 'at-most', 'up to'],
    ['As many as 12 tankers queued.', 'As many as 12', 'at-most', 'As many as'],
    ['Fewer than 10 percent replied.', 'Fewer than 10 percent', 'less-than', 'Fewer than'],
    ['The crowd was under 500 people.', 'under 500', 'less-than', 'under'],
  ];
  for (const [sentence, text, bound, hedge] of cases) {
    it(`reads "${text}"`, () => {
      const q = only(sentence);
      assert.equal(q.text, text);
      assert.equal(q.bound, bound);
      assert.equal(q.hedge, hedge);
      assert.equal(figureText(sentence, q), text.slice(hedge.length).trim());
    });
  }

  it('reads hedges written after the figure', () => {
    const a = only('The club sold 15,000 or more tickets.');
    assert.equal(a.text, '15,000 or more');
    assert.equal(a.bound, 'at-least');
    assert.equal(a.unit, 'ticket');
    assert.equal(only('We saw 40-odd gulls.').bound, 'about');
    assert.equal(only('Only 50+ members voted.').bound, 'at-least');
    assert.equal(only('The camp held 15,000-plus people.').text, '15,000-plus');
  });

  it('leaves "over" before a duration as a period', () => {
    const q = only('The talks ran over three days.');
    assert.equal(q.bound, 'exact');
    assert.equal(q.text, 'three');
  });

  it('maps hedge phrases to bounds and bounds back to phrases', () => {
    assert.equal(hedgeBound('Nearly'), 'about');
    assert.equal(hedgeBound('in  excess of'), 'more-than');
    assert.equal(hedgeBound('sometimes'), undefined);
    assert.deepEqual((['exact', 'at-least', 'more-than', 'about', 'at-most', 'less-than'] as const).map(hedgePhrase), [
      '',
      'at least',
      'more than',
      'about',
      'at most',
      'less than',
    ]);
    const s = 'we counted at least 9 and 12 or so';
    assert.deepEqual(findHedgeBefore(s, s.indexOf('9')), { text: 'at least', bound: 'at-least', start: 11, end: 19 });
    const after = findHedgeAfter(s, s.indexOf('12') + 2);
    assert.equal(after?.bound, 'about');
    assert.equal(s.slice(after?.start, after?.end), 'or so');
  });
});

describe('extractQuantities: units', () => {
  it('skips adjectives between the figure and its noun', () => {
    assert.equal(only('About 15,000 U.S. troops arrived.').unit, 'troop');
    assert.equal(only('Officials reported 83 more deaths.').unit, 'death');
    assert.equal(only('Police seized 19 tons of cocaine.').unit, 'ton');
    assert.equal(only('They met 300 Venezuelan soldiers.').unit, 'soldier');
    assert.equal(only('Crews logged 21 boat strikes.').unit, 'strike');
  });

  it('reads abbreviations, glued or spaced', () => {
    assert.equal(only('The range is 300 km.').unit, 'kilometer');
    assert.equal(only('The range is 300km.').unit, 'kilometer');
    assert.equal(only('The track is 100m long.').unit, 'meter');
    const m = only('About 25m people watched.');
    assert.equal(m.value, 25e6);
    assert.equal(m.unit, 'person');
  });

  it('reads no unit before a function word', () => {
    assert.equal(only('Of those, 83 were injured.').unit, undefined);
  });

  it("reads a whole number set off by commas after a name, or after 'aged', as an age in years", () => {
    assert.equal(only('Councillor Ruth Amberley, 61, conceded at dawn.').unit, 'year');
    assert.equal(only('The ferry captain, a man aged 47, was rescued.').unit, 'year');
    assert.equal(only('Dr Osei, 38, who led the team, said little.').unit, 'year');
    assert.equal(only('The victims were a woman of 77 from the coast.').unit, 'year');
    assert.equal(only('A boy of six was found safe.').unit, 'year');
    assert.deepEqual(
      extract('The injured were aged between 15 and 85.').map((q) => q.unit),
      ['year', 'year'],
    );
  });

  it('reads no age after a place, a day or a month, nor in a larger or decimal figure', () => {
    assert.equal(only('Floods killed people in Tarvel, 45, and in Osk, where the river rose.').unit, undefined);
    assert.equal(only('By Friday, 12, the count had risen.').unit, undefined);
    assert.equal(only('Wardens counted, in Ambry, 3,400, more than ever.').unit, undefined);
    assert.equal(only('Ruth Amberley, 61.5, said.').unit, undefined);
    assert.equal(only('The bridge, Carrow, 140, is shut.').unit, undefined);
  });
});

describe('extractQuantities: numbers that are not claims', () => {
  it('skips model and product designations', () => {
    assert.deepEqual(texts('The MiG-29, a B-52H, two F-35 jets, an Su-30MK2, a Boeing 737 and an Airbus A320 flew.'), ['two']);
  });

  it('skips a capitalised number word inside a name', () => {
    assert.deepEqual(texts('She watched Ocean’s Eleven and then Apollo Thirteen twice.'), []);
    assert.deepEqual(texts('Rescuers Pulled Twelve Miners Out.'), ['Twelve']);
  });

  it('keeps a number after a capitalised word when a counted noun follows', () => {
    assert.deepEqual(texts('On Tuesday 15 people were hurt.'), ['15']);
    assert.deepEqual(texts('Since Monday 40 ships have docked.'), ['40']);
  });

  it('skips list numbering at the start of a line', () => {
    assert.deepEqual(texts('1. Budget\n2) Staff of 12\n  3. Rent'), ['12']);
  });

  it('skips times, dates, years and identifiers', () => {
    const s = 'At 10:30 and at 5 p.m. on November 29 and 29 Nov, and on 2025-11-29, in 2019 and the 1990s, No. 7 and #3 and [4].';
    assert.deepEqual(texts(s), []);
  });

  it('keeps a year-like number that counts something', () => {
    assert.deepEqual(texts('In 2019, 2000 troops and 1,900 sailors left.'), ['2000', '1,900']);
  });

  it('skips versions, addresses, phone numbers, ordinals and fractions written with a slash', () => {
    assert.deepEqual(texts('Version 1.2.3 at 10.0.0.1, call +1 202 555 0143, the 3rd round, a 1/3 share, open 24/7.'), []);
  });

  it('skips a local phone number written as its area code and one long group', () => {
    assert.deepEqual(texts('Readers can ring the desk on 01632 960522 or 0113 4960771 for 2 hours.'), ['2']);
    assert.deepEqual(texts('About 45 000 fans and 0 goals.'), ['About 45 000', '0']);
  });

  it('reports claims in document order without overlaps', () => {
    const s = 'Between 10 and 15 percent of 200 firms paid $3,000 each.';
    const found = extract(s);
    assert.deepEqual(
      found.map((q) => q.text),
      ['10', '15 percent', '200', '$3,000'],
    );
    for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].end <= found[i].start);
  });
});

describe('extractQuantities: money forms in news copy', () => {
  const money = (sentence: string): Quantity => {
    const q = only(sentence);
    assert.equal(q.kind, 'money', `money in ${sentence}`);
    return q;
  };

  it('reads the pounds of Egypt, Lebanon and Syria by their letter before the pound sign', () => {
    assert.deepEqual([money('The dam cost E£300 million.').currency, money('Rent is L£1,500,000 a month.').currency], ['EGP', 'LBP']);
    assert.equal(money('Bread costs S£4,000 now.').currency, 'SYP');
    assert.equal(money('Tickets cost £30.').currency, 'GBP');
  });

  it('reads the Philippine peso written as a capital P, glued or spaced', () => {
    const a = money('The ministry spent P14.3 billion on roads.');
    assert.deepEqual([a.text, a.value, a.currency, a.style.currencyPrefix], ['P14.3 billion', 14.3e9, 'PHP', 'P']);
    const b = money('Overruns came to P9.215-billion in the second half.');
    assert.deepEqual([b.value, b.style.scaleGap], [9.215e9, '-']);
    const c = money('Auditors flagged P 3,417,208,990.55 in the accounts.');
    assert.deepEqual([c.value, c.style.currencyPrefix], [3417208990.55, 'P ']);
    assert.equal(money('A P612 million bridge opened.').value, 612e6);
    assert.equal(money('Each household pays a P500 levy.').currency, 'PHP');
  });

  it('leaves P before a digit alone when it names something', () => {
    assert.deepEqual(texts('She started P3 on the grid while the P5 met, a P45 form arrived and a P2P loan closed.'), []);
    assert.deepEqual(texts('The P-8 patrol plane and the P2X prototype flew.'), []);
  });

  it('reads pence glued to the figure, but not a video resolution', () => {
    const [a, b] = extract('A stamp now costs 5p, up from 4.5p.');
    assert.deepEqual([a.kind, a.value, a.currency, a.style.currencySuffix], ['money', 0.05, 'GBP', 'p']);
    assert.deepEqual([b.value, b.style.decimals], [0.045, 1]);
    assert.deepEqual(texts('The clip streams in 1080p and 720p.'), []);
  });

  it('reads a spelled-out scale before "pounds" as sterling', () => {
    const q = money('Ministers set aside twenty-two billion pounds.');
    assert.deepEqual([q.value, q.currency, q.style.currencySuffix], [22e9, 'GBP', ' pounds']);
    // Without a scale of a thousand or more, "pounds" stays a weight.
    assert.equal(only('The sack weighed two hundred pounds.').kind, 'number');
  });

  it('keeps "pesos" as written in the style', () => {
    const q = money('The province borrowed 3.6 billion pesos.');
    assert.equal(q.value, 3.6e9);
    assert.equal(q.style.currencySuffix, ' pesos');
  });
});

describe('extractQuantities: labels and relative dates', () => {
  it('skips codes with a parenthesised part', () => {
    assert.deepEqual(texts('She moved her 401(k) savings into a 403(b) fund and a 501(c)(3) charity.'), []);
  });

  it('skips a number that labels the noun before it', () => {
    const s = 'Lawyers cited Section 230, Class 1 permits, the FTSE 250, a Category 4 hurricane, old Route 66, ' + 'a Boeing 737, Flight 370 and Article 5.';
    assert.deepEqual(texts(s), []);
  });

  it('skips a label at the start of a sentence, in lower case, or before a counted noun', () => {
    assert.deepEqual(texts('Section 230 protects hosts. Category 5 storms rarely form here.'), []);
    assert.deepEqual(texts('Under section 230 and article 5, nothing changed.'), []);
    assert.deepEqual(texts('Regulators grounded the Boeing 737 jets.'), []);
  });

  it('keeps the figure after a headline verb or a title-case function word', () => {
    assert.deepEqual(texts('Typhoon kills 25 in coastal towns.'), ['25']);
    assert.deepEqual(texts('Typhoon Kills 25 In Coastal Towns'), ['25']);
    assert.deepEqual(texts('Floods Displace 3,000 Families'), ['3,000']);
    assert.deepEqual(texts('Death Toll Climbs To 41'), ['41']);
  });

  it('keeps a count after "each" or "every" and a label noun', () => {
    assert.deepEqual(texts('In each class 28 pupils sat the test.'), ['28']);
  });

  it('leaves "... ago" to the date extractor', () => {
    const s = 'She resigned less than two weeks ago; he left two months ago and the audit began 10 days ago.';
    assert.deepEqual(texts(s), []);
    const [date] = extractDates('The audit began 10 days ago.', '2025-11-30');
    assert.equal(date.text, '10 days ago');
    assert.equal(date.date.precision, 'day');
  });

  it('keeps a period ahead or behind as a duration', () => {
    assert.equal(only('The deal covers each of the next two years.').unit, 'year');
    assert.equal(only('Sales rose over the past five years.').unit, 'year');
  });
});

describe('extractQuantities: hedges that mean "nearly"', () => {
  const nearly = hedgeBound('nearly');
  const cases: Array<[string, string]> = [
    ['The striker played the best part of 80 minutes.', 'the best part of'],
    ['The storm flattened the better part of 30 homes.', 'the better part of'],
    ['Turnout came in just shy of 60%.', 'just shy of'],
    ['The hall seats just under 400 people.', 'just under'],
    ['The hall seats nearly 400 people.', 'nearly'],
  ];
  for (const [sentence, hedge] of cases) {
    it(`reads "${hedge}" as nearly does`, () => {
      const q = only(sentence);
      assert.equal(q.hedge, hedge);
      assert.equal(q.bound, nearly);
    });
  }

  it('keeps "nearly" an approximate bound', () => assert.equal(nearly, 'about'));
});

describe('extractQuantities: "another" period', () => {
  it('reads "another year" as one more year, as "one more year" is', () => {
    const s = 'Bus fares stay capped for another year, the council said.';
    const q = only(s);
    assert.deepEqual([q.text, q.value, q.unit], ['another', 1, 'year']);
    assert.equal(figureText(s, q), 'another');
    assert.deepEqual(
      extract('The lease runs another decade.').map((x) => [x.value, x.unit]),
      [[1, 'decade']],
    );
  });

  it('leaves "another N years" to its number, and periods that are not one', () => {
    assert.deepEqual(
      extract('The pier stays shut for another two years.').map((x) => [x.text, x.value]),
      [['two', 2]],
    );
    assert.deepEqual(texts('Repairs take another year and a half.'), []);
    assert.deepEqual(texts('The ban may last another year or so.'), []);
    assert.deepEqual(texts('That is a fight for another day.'), []);
  });

  it('reads "another year" followed by another clause', () => {
    assert.deepEqual(texts('Rents are frozen for another month and the deposit scheme stays.'), ['another']);
  });
});
