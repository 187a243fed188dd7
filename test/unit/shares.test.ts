import assert from 'node:assert/strict';
import { extractQuantities } from '../../src/engine/extract/quantities';
import { scanFractionWords } from '../../src/engine/extract/numberWords';
import { compareQuantity } from '../../src/engine/verdict/quantities';
import { fractionSpread } from '../../src/engine/verdict/intervals';
import { formatShare } from '../../src/engine/format/fraction';
import { recordedValue } from '../../src/engine/extract/shares';
import { newFactEdit } from '../../src/engine/table/edits';
import { buildTable, check, loadTable, prepareTable, type CheckResult, type Claim, type FractionStyle, type PreparedTable } from '../../src/engine';

/** The shares read in a sentence of our own: [figure as written, percentage to two places, bound]. */
function shares(text: string): [string, number, string][] {
  return extractQuantities(text)
    .filter((q) => q.style.form === 'fraction')
    .map((q) => {
      assert.equal(q.kind, 'percent', 'a fraction is a share');
      return [text.slice(q.figure.start, q.figure.end), Number(q.value.toFixed(2)), q.bound];
    });
}

describe('shares: fractions read', () => {
  const cases: [string, [string, number, string][]][] = [
    ['Two thirds of the orchards were picked early.', [['Two thirds', 66.67, 'exact']]],
    ['Two-thirds of the orchards were picked early.', [['Two-thirds', 66.67, 'exact']]],
    ['The pickers took three quarters of the crop.', [['three quarters', 75, 'exact']]],
    ['The pickers took three-quarters of the crop.', [['three-quarters', 75, 'exact']]],
    ['Only one eighth of the barrels leaked.', [['one eighth', 12.5, 'exact']]],
    ['Only one-eighth of the barrels leaked.', [['one-eighth', 12.5, 'exact']]],
    ['Roughly five-eighths of the fleet sailed.', [['five-eighths', 62.5, 'about']]],
    ['The dial read twenty-three fifths.', [['twenty-three fifths', 460, 'exact']]],
    ['The dial read one hundred and thirty fifths.', [['one hundred and thirty fifths', 2600, 'exact']]],
    ['The dial read twenty fifths.', [['twenty fifths', 400, 'exact']]],
    [
      'The tank was ⅔ full, the other ¾ full and the last ½ empty.',
      [
        ['⅔', 66.67, 'exact'],
        ['¾', 75, 'exact'],
        ['½', 50, 'exact'],
      ],
    ],
    ['A quarter of the lifeguards quit.', [['A quarter', 25, 'exact']]],
    [
      'A fifth of the stalls closed and a third of those reopened.',
      [
        ['A fifth', 20, 'exact'],
        ['a third', 33.33, 'exact'],
      ],
    ],
    ['Half of the ferries were late.', [['Half', 50, 'exact']]],
    ['Half the ferries were late.', [['Half', 50, 'exact']]],
    ['More than half of the ferries were late.', [['half', 50, 'more-than']]],
    ['The late ferries were more than half.', [['half', 50, 'more-than']]],
    ['Nearly a third of the lamps failed.', [['a third', 33.33, 'about']]],
    ['Fares fell by a third last spring.', [['a third', 33.33, 'exact']]],
    ['The council cut the grant by half.', [['half', 50, 'exact']]],
    ['Output rose by one-fifth in the year.', [['one-fifth', 20, 'exact']]],
    ['The vote needed a two-thirds majority.', [['two-thirds', 66.67, 'exact']]],
    ['Two thirds or more of the stalls were shut.', [['Two thirds', 66.67, 'at-least']]],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(shares(text), expected));
  }

  it('keeps the claim span over its hedge and the figure on the fraction', () => {
    const [q] = extractQuantities('Just over half of the stalls sold out.');
    assert.equal(q.text, 'Just over half');
    assert.equal(q.hedge, 'Just over');
    assert.deepEqual(q.style.fraction, { glyph: false, hyphen: false, one: 'none', capitalized: false, needsOf: false });
    const [h] = extractQuantities('Half the stalls sold out.');
    assert.equal(h.style.fraction?.needsOf, true);
  });
});

describe('shares: ranks, periods, measures and idioms stay unread', () => {
  const unread = [
    'She was elected to a third term.',
    'The river flooded for a fifth straight year.',
    'The visitors scored twice in the second half.',
    'They scored in the second half of the match.',
    'The ferry left half an hour late.',
    'The score at half-time was level.',
    'The ice sheet split in half.',
    'The team lost the quarter-final.',
    'Profits slipped in the fourth quarter.',
    'The company moved its headquarters.',
    'The bell rang at a quarter past six.',
    'The bell rang at about a quarter to ten.',
    'The mill shut at half past one.',
    'His half-brother runs the bakery.',
    'Two men were held and police are seeking a third.',
    'The walk is a quarter of a mile.',
    'They waited a quarter of an hour.',
    'The ferry has grown for three quarters in a row.',
    'The plant shrank for three quarters.',
    'The show marked nearly a quarter century on air.',
    'The prize went to one fifth grader.',
    'Tickets were sold at half price.',
    'The town held a Fourth of July parade.',
    'The game has two halves.',
    'The trail is ½ mile long.',
    'The shop ran a ½-price sale.',
    'The leaders are 2½ games clear.',
    'The five-eighths-inch bolts were loose.',
    'The northern half of the valley flooded.',
    'The top half of the table is crowded.',
    'The contract was won by a third party.',
    'Commuters spent half the year on replacement buses.',
    'The pitch was frozen for a third of the season.',
  ];
  for (const text of unread) {
    it(`reads no share in ${JSON.stringify(text)}`, () => assert.deepEqual(shares(text), []));
  }

  it('leaves fractions of a scale and mixed numbers to the figures they belong to', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.kind, q.value]);
    assert.deepEqual(read('The fund raised half a million.'), [['number', 500000]]);
    assert.deepEqual(read('The port expects two thirds of a million crates.'), [['number', 666666.666666667]]);
    assert.deepEqual(read('The pier is one and a half miles long.'), [['number', 1.5]]);
    assert.deepEqual(read('The fund raised a quarter million.'), [['number', 250000]]);
  });
});

describe('scanFractionWords', () => {
  const read = (text: string) => {
    const f = scanFractionWords(text, 0);
    return f && [f.numerator, f.denominator, text.slice(f.start, f.end)];
  };

  it('reads the numerator by the grammar of numbers', () => {
    assert.deepEqual(read('twenty one fifths'), [21, 5, 'twenty one fifths']);
    assert.deepEqual(read('one hundred and thirty fifths'), [130, 5, 'one hundred and thirty fifths']);
    assert.deepEqual(read('one - fourth'), [1, 4, 'one - fourth']);
    assert.deepEqual(read('a half'), [1, 2, 'a half']);
  });

  it('leaves compound and ambiguous denominators and mismatched numbers unread', () => {
    assert.equal(read('one hundred thirty fifths'), undefined);
    assert.equal(read('one twenty-fifth'), undefined);
    assert.equal(read('twenty-fifths'), undefined);
    assert.equal(read('two point five fifths'), undefined);
    assert.equal(read('three thirty-fifths'), undefined);
    assert.equal(read('twenty fifth'), undefined);
    assert.equal(read('five hundred fifths'), undefined);
    assert.equal(read('one fifths'), undefined);
    assert.equal(read('two third'), undefined);
    assert.equal(read('two seconds'), undefined);
  });
});

describe('shares: a fraction is a rounded share', () => {
  it('spreads two points either way, and a tenth of small shares', () => {
    assert.equal(fractionSpread(200 / 3), 2);
    assert.equal(fractionSpread(10), 1);
    assert.equal(fractionSpread(1), 0.1);
  });

  it('agrees with shares it rounds and disagrees beyond', () => {
    const twoThirds = { value: 200 / 3, bound: 'exact' as const, spread: fractionSpread(200 / 3) };
    const exact = (value: number) => ({ value, bound: 'exact' as const });
    assert.equal(compareQuantity(twoThirds, exact(65)), 'agrees');
    assert.equal(compareQuantity(twoThirds, exact(67)), 'agrees');
    assert.equal(compareQuantity(twoThirds, exact(63)), 'disagrees');
    assert.equal(compareQuantity(twoThirds, exact(55)), 'disagrees');
    assert.equal(compareQuantity(twoThirds, { value: 60, bound: 'at-least' }), 'unsupported');
    const nearlyAThird = { value: 100 / 3, bound: 'about' as const, spread: fractionSpread(100 / 3) };
    assert.equal(compareQuantity(nearlyAThird, exact(30)), 'agrees');
    assert.equal(compareQuantity(nearlyAThird, exact(27)), 'disagrees');
    // A threshold is exact: "more than half" is not true of 49%.
    const moreThanHalf = { value: 50, bound: 'more-than' as const, spread: fractionSpread(50) };
    assert.equal(compareQuantity(moreThanHalf, exact(49)), 'disagrees');
    assert.equal(compareQuantity(moreThanHalf, exact(58)), 'agrees');
  });
});

describe('shares: writing a fix', () => {
  const style = (over: Partial<FractionStyle> = {}): FractionStyle => ({
    glyph: false,
    hyphen: false,
    one: 'article',
    capitalized: false,
    needsOf: false,
    ...over,
  });

  it("writes the simple fraction the value rounds to, in the writer's form", () => {
    assert.equal(formatShare(75, style()), 'three quarters');
    assert.equal(formatShare(66, style({ hyphen: true })), 'two-thirds');
    assert.equal(formatShare(25, style()), 'a quarter');
    assert.equal(formatShare(20, style({ one: 'number', hyphen: true })), 'one-fifth');
    assert.equal(formatShare(50, style({ capitalized: true })), 'Half');
    assert.equal(formatShare(75, style({ glyph: true })), '¾');
    assert.equal(formatShare(25, style({ needsOf: true })), 'a quarter of');
  });

  it('writes a percentage where no simple fraction is near', () => {
    assert.equal(formatShare(55, style()), '55%');
    assert.equal(formatShare(55, style({ needsOf: true })), '55% of');
    assert.equal(formatShare(70, style()), '70%');
  });
});

// A story of our own: a town's referendum.
const TABLE = `version: 1
sources:
  ledger: { title: Ledger, published: 2027-05-02 }
  courier: { title: Courier, published: 2027-05-02 }
facts:
  turnout:
    label: Turnout in the harbour referendum
    kind: percent
    unit: percent
    cues: [turnout, turned out, voters]
    value: 66
    claims:
      - { source: ledger, value: 66, quote: "turnout was 66%" }
      - { source: courier, value: 66, quote: "66 percent of voters turned out" }
  levy-rise:
    label: Rise in the harbour levy, in percentage points
    kind: percent
    unit: percentage points
    cues: [levy, rose]
    value: 2
    claims:
      - { source: ledger, value: 2, quote: "the levy rose by 2 percentage points" }
  storm-deaths:
    label: People killed by the storm
    kind: number
    unit: people
    cues: [killed, dead, died]
    value: 60
    claims:
      - { source: ledger, value: 60, quote: "60 people were killed" }
`;

function prepared(): PreparedTable {
  const { table, problems } = loadTable(TABLE);
  assert.ok(table, JSON.stringify(problems));
  return prepareTable(table);
}

const dated = (body: string) => `---\ndate: 2027-05-03\n---\n${body}\n`;
const verdictOf = (r: CheckResult, text: string) => r.findings.find((f) => f.text === text);

describe('shares: checked against the table', () => {
  const table = prepared();

  it('agrees with a share it rounds and disagrees with one it does not', () => {
    const agrees = verdictOf(check(dated('In the referendum two-thirds of voters turned out.'), table), 'two-thirds');
    assert.equal(agrees?.factId, 'turnout');
    assert.equal(agrees?.verdict, 'agrees');
    const wrong = verdictOf(check(dated('In the referendum three quarters of voters turned out.'), table), 'three quarters');
    assert.equal(wrong?.factId, 'turnout');
    assert.equal(wrong?.verdict, 'disagrees');
    assert.equal(wrong?.replacement, 'two thirds');
  });

  it('writes a hedged fraction back as the share the table gives', () => {
    const f = verdictOf(check(dated('More than three quarters of voters turned out.'), table), 'More than three quarters');
    assert.equal(f?.verdict, 'disagrees');
    assert.equal(f?.replacement, 'Two thirds');
  });

  it('never judges a fraction against a change in percentage points', () => {
    const r = check(dated('Last week the levy rose by a third.'), table);
    assert.deepEqual(
      r.findings.map((f) => [f.text, f.factId]),
      [],
    );
  });

  it('never judges a fraction against a count', () => {
    const r = check(dated('The storm killed many: two thirds of the dead were in the north, and half the people killed were fishermen.'), table);
    assert.deepEqual(
      r.findings.filter((f) => f.claim.kind === 'percent' || f.factId === 'storm-deaths').map((f) => f.text),
      [],
    );
  });
});

describe('shares: recorded in a table', () => {
  const [twoThirds] = extractQuantities('Two-thirds of the stalls reopened.');

  it('records a fraction rounded, as about its share; other figures as read', () => {
    assert.deepEqual(recordedValue(twoThirds), { value: 66.67, bound: 'about' });
    const [moreThanHalf] = extractQuantities('More than half of the stalls reopened.');
    assert.deepEqual(recordedValue(moreThanHalf), { value: 50, bound: 'more-than' });
    const [digits] = extractQuantities('Some 66.666 percent of the stalls reopened.');
    assert.deepEqual(recordedValue(digits), { value: 66.666, bound: 'about' });
  });

  it('adds a fraction to the table as a rounded share', () => {
    const sentence = 'Two-thirds of the stalls reopened.';
    const claim: Claim = { ...twoThirds, sentence: { start: 0, end: sentence.length } };
    const made = newFactEdit('version: 1\nfacts:\n', { claim, sentence, draft: 'a.md' });
    assert.ok(made);
    assert.match(made.edit.text, /value: 66\.67\n\s*bound: about\n/);
  });

  it("does not contest one source's fraction with another's percentage it rounds", () => {
    const built = buildTable([
      { path: 'a/herald.md', text: "# Vote\n\nTwo-thirds of the town's voters turned out for the pier referendum on Sunday.\n" },
      { path: 'a/courier.md', text: "# Vote\n\nTurnout in the pier referendum reached 67% of the town's voters on Sunday.\n" },
    ]);
    const { table } = loadTable(built);
    const turnout = table?.facts.find((f) => f.kind === 'percent');
    assert.deepEqual(
      turnout?.claims.map((c) => [c.source, c.value]),
      [
        ['herald', 66.67],
        ['courier', 67],
      ],
    );
    assert.equal(turnout?.contested, false);
  });
});
