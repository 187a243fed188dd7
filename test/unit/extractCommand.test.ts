import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, run } from './support/cli';
import { dateValueToIso, describeClaim, type ClaimRecord } from '../../src/engine';
import { pluralUnit, normalizeUnit } from '../../src/engine/extract/units';
import { scratchDir } from './support/scratch';

interface JsonOut {
  version: number;
  files: { path: string; claims: (ClaimRecord & { line: number; character: number })[] }[];
}

/** The claims `extract --format json` reads in a draft given on standard input. */
function claimsOf(text: string, extra: string[] = []): JsonOut['files'][0]['claims'] {
  const r = run(['extract', '--format', 'json', ...extra, '-'], text);
  assert.equal(r.code, 0, r.err);
  return (JSON.parse(r.out) as JsonOut).files[0].claims;
}

function find<T extends ClaimRecord>(claims: T[], text: string): T {
  const c = claims.find((x) => x.text === text);
  assert.ok(c, `no claim "${text}" in ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
}

/** A folder with no fact table anywhere above it that we control: a table found higher up would still be fine. */
function draft(name: string, content: string, withTable = false): string {
  const dir = scratchDir('extract');
  if (withTable) copyFileSync(join(FIXTURES, 'harbor.facts.yaml'), join(dir, 'facts.yaml'));
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

const STORY = [
  '---',
  'date: 2026-03-05',
  '---',
  'The ferry line lost $48.2 million last year, and fares rose 10 percent.',
  'Crews hauled at least 1,200 tons of grain across 300 km of water.',
  'The strike began on March 2, the inquiry opened in February 2026, and the pier was built in 1990.',
  'Mayor Tomás Ferreira met officials of the Harbour Authority in Lisbon.',
  '',
].join('\n');

describe('crosscheck extract', () => {
  it('prints money, percent and numbers with units in the documented JSON shape', () => {
    const text = STORY;
    const r = run(['extract', '--format', 'json', draft('a.md', text)]);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as JsonOut;
    assert.equal(json.version, 1);
    const claims = json.files[0].claims;
    for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text);

    const money = find(claims, '$48.2 million');
    assert.deepEqual(
      { kind: money.kind, value: money.value, currency: money.currency, bound: money.bound },
      { kind: 'money', value: 48200000, currency: 'USD', bound: 'exact' },
    );
    assert.equal('unit' in money, false);
    assert.equal('precision' in money, false);
    const pct = find(claims, '10 percent');
    assert.deepEqual({ kind: pct.kind, value: pct.value }, { kind: 'percent', value: 10 });
    assert.equal('currency' in pct, false);
    const tons = find(claims, 'at least 1,200');
    assert.deepEqual(
      { kind: tons.kind, value: tons.value, bound: tons.bound, unit: tons.unit },
      { kind: 'number', value: 1200, bound: 'at-least', unit: 'tons' },
    );
    // The unit is reported, not spanned: the figure's span stops at the number and its hedge.
    assert.equal(find(claims, '300').unit, 'kilometers');
    assert.deepEqual({ line: tons.line, character: tons.character }, { line: 4, character: 13 });
  });

  it('resolves dates at each precision against the document date', () => {
    const claims = claimsOf(STORY);
    const day = find(claims, 'March 2');
    assert.deepEqual({ kind: day.kind, value: day.value, precision: day.precision }, { kind: 'date', value: '2026-03-02', precision: 'day' });
    assert.deepEqual(
      { value: find(claims, 'February 2026').value, precision: find(claims, 'February 2026').precision },
      { value: '2026-02', precision: 'month' },
    );
    assert.deepEqual({ value: find(claims, '1990').value, precision: find(claims, '1990').precision }, { value: '1990', precision: 'year' });
  });

  it('resolves relative dates with --date when the draft carries none', () => {
    const text = 'The crane collapsed yesterday and the port closed last week.\n';
    assert.equal(find(claimsOf(text, ['--date', '2026-03-05']), 'yesterday').value, '2026-03-04');
    // Monday to Sunday of the week before: an ISO interval.
    assert.equal(find(claimsOf(text, ['--date', '2026-03-05']), 'last week').value, '2026-02-23/2026-03-01');
    assert.equal(
      claimsOf(text).some((c) => c.text === 'yesterday'),
      false,
    );
  });

  it('types names as person, organisation or place', () => {
    const claims = claimsOf('Mayor Tomás Ferreira met Angela Merkel in Lisbon. Microsoft sent a team to Portugal.\n');
    const types = Object.fromEntries(claims.filter((c) => c.kind === 'entity').map((c) => [c.value, c.entityType]));
    assert.equal(types['Angela Merkel'], 'person');
    assert.equal(types['Lisbon'], 'place');
    assert.equal(types['Microsoft'], 'organization');
    assert.equal('bound' in claims[0], true);
  });

  it('uses a discovered table for fact ids and works without one', () => {
    const text = '---\ndate: 2026-03-05\n---\nThe navy sent 14 warships and a $25mn fund.\n';
    const withTable = JSON.parse(run(['extract', '--format', 'json', draft('t.md', text, true)]).out) as JsonOut;
    assert.equal(find(withTable.files[0].claims, '14').factId, 'blockade-ships');
    assert.equal(find(withTable.files[0].claims, '$25mn').factId, 'relief-fund');
    const explicit = JSON.parse(run(['extract', '--format', 'json', '--table', join(FIXTURES, 'harbor.facts.yaml'), '-'], text).out) as JsonOut;
    assert.equal(find(explicit.files[0].claims, '$25mn').value, 25000000);
    const bare = claimsOf('The navy sent 14 warships.\n');
    assert.equal('factId' in find(bare, '14'), false);
  });

  it('prints one text line per claim and a count line', () => {
    const r = run(['extract', '--table', join(FIXTURES, 'harbor.facts.yaml'), '-'], 'Trade fell about 30% after the navy sent 14 warships.\n');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trimEnd().split('\n');
    assert.match(lines[0], /^<stdin>:1:12: percent about 30% -> 30% about \[trade-drop\]$/);
    assert.match(lines[1], /^<stdin>:1:42: number 14 -> 14 warships \[blockade-ships\]$/);
    assert.equal(lines[lines.length - 1], '1 file, 2 claims, 2 matched to a fact');
  });

  it('exits 2 on bad options and unreadable drafts', () => {
    assert.equal(run(['extract', '--format', 'sarif', '-'], 'x').code, 2);
    assert.equal(run(['extract', '--date', '5 March', '-'], 'x').code, 2);
    assert.equal(run(['extract', '--bogus', '-'], 'x').code, 2);
    assert.equal(run(['extract']).code, 2);
    assert.equal(run(['extract', join(tmpdir(), 'no-such-draft-here.md')]).code, 2);
    assert.equal(run(['extract', '--table', join(tmpdir(), 'no-such-table.yaml'), '-'], 'Five ships.').code, 2);
    assert.match(run(['--help']).out, /^ {2}extract /m);
    assert.match(run(['extract', '--help']).out, /^crosscheck extract \[options\]/);
  });
});

describe('extract: a later day counted from the document date', () => {
  it('lists it with its value and says it is not checked', () => {
    const text = '---\ndate: 2027-03-10\n---\nThe pumps failed. The next day crews came back.\n';
    const c = find(claimsOf(text), 'The next day');
    assert.deepEqual({ value: c.value, fromDocumentDate: c.fromDocumentDate }, { value: '2027-03-11', fromDocumentDate: true });
    assert.match(run(['extract', '-'], text).out, /date The next day -> 2027-03-11 \(day, counted from the document date: not checked\)/);
  });
});

describe('describeClaim', () => {
  it('writes dates without a year in truncated ISO form', () => {
    assert.equal(dateValueToIso({ month: 11, day: 29, precision: 'day' }), '--11-29');
    assert.equal(dateValueToIso({ year: 2025, month: 11, precision: 'month', part: 'late' }), '2025-11');
    assert.equal(dateValueToIso({ year: 2025, month: 12, day: 29, precision: 'day', span: 7 }), '2025-12-29/2026-01-04');
  });

  it('writes units as a fact table does, and they read back', () => {
    for (const unit of ['troop', 'person', 'ton', 'casualty', 'mile per hour', 'service member', 'aircraft', 'box']) {
      assert.equal(normalizeUnit(pluralUnit(unit)), unit, unit);
    }
    assert.equal(pluralUnit('person'), 'people');
    const claim = describeClaim({
      kind: 'number',
      text: '83',
      start: 0,
      end: 2,
      sentence: { start: 0, end: 2 },
      value: 83,
      bound: 'exact',
      figure: { start: 0, end: 2 },
      unit: 'casualty',
      style: { form: 'digits', grouping: false, decimals: 0 },
    });
    assert.deepEqual(claim, { kind: 'number', text: '83', start: 0, end: 2, value: 83, bound: 'exact', unit: 'casualties' });
  });
});

describe('extraction rules (own sentences)', () => {
  const value = (text: string, claim: string) => find(claimsOf(text), claim).value;

  it('reads fractions joined to a whole number or a scale, never a fraction alone', () => {
    assert.equal(value('The pier is five and a quarter miles long.\n', 'five and a quarter'), 5.25);
    assert.equal(value('Officials expect two thirds of a million visitors.\n', 'two thirds of a million'), 666666.666666667);
    assert.equal(value('The fund holds a quarter million dollars.\n', 'a quarter million dollars'), 250000);
    assert.equal(value('The city has 4 million and a half residents.\n', '4 million and a half'), 4500000);
    assert.equal(value('Revenue reached five billion and three quarters.\n', 'five billion and three quarters'), 5750000000);
    assert.equal(claimsOf('Two thirds of the crews and a fifth of the pilots struck.\n').filter((c) => c.kind === 'number').length, 0);
  });

  it('reads dozens, stacked scales and decimals said as a whole number', () => {
    assert.equal(value('They ordered 4 dozen crates.\n', '4 dozen'), 48);
    assert.equal(value('The budget is 2 lakh crore rupees.\n', '2 lakh crore rupees'), 2e12);
    assert.equal(value('The rate was nine point twenty-five.\n', 'nine point twenty-five'), 9.25);
    assert.equal(value('The target is 12.5 k.\n', '12.5 k'), 12500);
  });

  it('reads sums with cents, codes before scales and scaled codes', () => {
    const cents = find(claimsOf('A ticket cost 4 dollars 75 cents.\n'), '4 dollars 75 cents');
    assert.deepEqual({ value: cents.value, currency: cents.currency }, { value: 4.75, currency: 'USD' });
    assert.equal(value('Tea cost eleven euros and twenty cents.\n', 'eleven euros and twenty cents'), 11.2);
    assert.equal(value('The bill was 9 dollars 40.\n', '9 dollars 40'), 9.4);
    assert.equal(value('They lost 60 EUR million.\n', '60 EUR million'), 60000000);
    assert.equal(value('Costs rose to 42 MUSD.\n', '42 MUSD'), 42000000);
    assert.equal(find(claimsOf('The fine was gbp 300.\n'), 'gbp 300').currency, 'GBP');
    assert.equal(value('He paid $15 dollars for it.\n', '$15 dollars'), 15);
    assert.equal(find(claimsOf('A coffee is 3 $ here.\n'), '3 $').kind, 'money');
    // A figure that only happens to precede a number is not a sum with cents.
    assert.equal(find(claimsOf('It cost 5 dollars 20 times over.\n'), '5 dollars').value, 5);
  });

  it('reads a figure alone on a line as a figure, and a list marker as none', () => {
    assert.equal(value('Deaths so far:\n412.\n', '412'), 412);
    assert.equal(claimsOf('1. The harbour\n2. The fleet\n').filter((c) => c.kind === 'number').length, 0);
  });

  describe('relative dates without a document date', () => {
    const UNDATED = 'The ferry board met on Tuesday and will decide next week.\nThe pier opened on June 4, 1998.\n';

    it('lists them as unresolved in the text output, in the order of the text, and counts them', () => {
      const r = run(['extract', '-'], UNDATED);
      assert.equal(r.code, 0, r.err);
      const lines = r.out.trimEnd().split('\n');
      assert.deepEqual(lines.slice(0, 3), [
        '<stdin>:1:24: date Tuesday -> unresolved (no document date)',
        '<stdin>:1:48: date next week -> unresolved (no document date)',
        '<stdin>:2:20: date June 4, 1998 -> 1998-06-04 (day)',
      ]);
      assert.match(lines[lines.length - 1], /, 2 relative dates unresolved: give a date with front matter 'date:', --date or the crosscheck\.date setting$/);
    });

    it('lists them under `unresolved` in JSON, with their offsets and positions', () => {
      const r = run(['extract', '--format', 'json', '-'], UNDATED);
      assert.equal(r.code, 0, r.err);
      const file = (JSON.parse(r.out) as { files: { unresolved: { text: string; start: number; end: number; line: number }[] }[] }).files[0];
      assert.deepEqual(
        file.unresolved.map((u) => [u.text, UNDATED.slice(u.start, u.end), u.line]),
        [
          ['Tuesday', 'Tuesday', 0],
          ['next week', 'next week', 0],
        ],
      );
    });

    it('lists none once a date is given, and resolves them instead', () => {
      const r = run(['extract', '--format', 'json', '--date', '2026-03-05', '-'], UNDATED);
      assert.equal(r.code, 0, r.err);
      const file = (JSON.parse(r.out) as JsonOut & { files: { unresolved: unknown[] }[] }).files[0];
      assert.deepEqual(file.unresolved, []);
      assert.equal(find(file.claims, 'Tuesday').value, '2026-03-03');
      assert.doesNotMatch(run(['extract', '--date', '2026-03-05', '-'], UNDATED).out, /unresolved/);
    });
  });
});
