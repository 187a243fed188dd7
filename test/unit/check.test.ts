import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimContext } from '../../src/engine/match/match';
import { extractQuantities } from '../../src/engine/extract/quantities';
import {
  check,
  CheckCancelled,
  dateValueToIso,
  loadTable,
  ParagraphCache,
  prepareTable,
  type CheckResult,
  type Finding,
  type PreparedTable,
} from '../../src/engine';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');

function harbor(): PreparedTable {
  const { table, problems } = loadTable(readFileSync(join(FIXTURES, 'harbor.facts.yaml'), 'utf8'));
  assert.ok(table, JSON.stringify(problems));
  return prepareTable(table);
}

const dated = (body: string, date = '2026-03-05') => `---\ndate: ${date}\n---\n${body}\n`;

function findingFor(result: CheckResult, text: string): Finding {
  const f = result.findings.find((x) => x.text === text);
  assert.ok(f, `no finding for "${text}" in ${JSON.stringify(result.findings.map((x) => x.text))}`);
  return f;
}

describe('check', () => {
  const table = harbor();

  it('sends two figures of one sentence to their own facts', () => {
    const r = check(dated('The navy now has 14 warships off the coast, and roughly 3,000 sailors man them.'), table);
    assert.equal(findingFor(r, '14').factId, 'blockade-ships');
    assert.equal(findingFor(r, '14').verdict, 'disagrees');
    assert.equal(findingFor(r, 'roughly 3,000').factId, 'blockade-sailors');
    assert.equal(findingFor(r, 'roughly 3,000').verdict, 'agrees');
  });

  it('judges hedges against a bounded cited value', () => {
    const r = check(dated('Officials said at least 40 freighters were turned back. A union put it at more than 45 ships turned back.'), table);
    assert.equal(findingFor(r, 'at least 40').verdict, 'agrees');
    assert.equal(findingFor(r, 'more than 45').verdict, 'unsupported');
  });

  it('writes the replacement in the style of the draft', () => {
    const r = check(dated('The city was promised a relief fund of $25mn, and the crews number about four thousand sailors.'), table);
    const money = findingFor(r, '$25mn');
    assert.equal(money.verdict, 'disagrees');
    assert.equal(money.replacement, '$20mn');
    const words = findingFor(r, 'about four thousand');
    assert.equal(words.verdict, 'disagrees');
    assert.equal(words.replacement, 'about three thousand');
  });

  it('marks a claim that sides with one of two disagreeing sources as contested', () => {
    const r = check(dated('Some 1,500 dock workers were laid off.'), table);
    const f = findingFor(r, 'Some 1,500');
    assert.equal(f.verdict, 'contested');
    assert.deepEqual(
      f.sources.map((s) => [s.source, s.agrees]),
      [
        ['ledger', false],
        ['courier', true],
      ],
    );
  });

  it('resolves weekdays against the draft date and offers the cited weekday', () => {
    const r = check(dated('The navy imposed the blockade on Tuesday.'), table);
    const f = findingFor(r, 'Tuesday');
    assert.equal(f.verdict, 'disagrees');
    assert.equal(f.replacement, 'Monday');
    assert.equal(findingFor(check(dated('The blockade began on March 2.'), table), 'March 2').verdict, 'agrees');
    assert.equal(findingFor(check(dated('The blockade began in early March.'), table), 'early March').verdict, 'agrees');
  });

  it('flags misspelt names but not accents, and not another person the text describes', () => {
    const r = check(dated('Admiral Adaeze Okafer said the line would hold. Mayor Tomas Ferreira disagreed.'), table);
    const f = findingFor(r, 'Adaeze Okafer');
    assert.equal(f.verdict, 'misspelled');
    assert.equal(f.replacement, 'Adaeze Okafor');
    assert.equal(findingFor(r, 'Tomas Ferreira').verdict, 'agrees');
    const other = check(dated('The bakery owner, Tomás Ferreiro, a pastry chef from Lisbon, sold bread.'), table);
    assert.equal(other.findings.filter((x) => x.verdict === 'misspelled').length, 0);
  });

  it('leaves figures that match no fact out of the findings but counts them', () => {
    const r = check(dated('A poll of 812 residents found 61% support for the mayor.'), table);
    assert.equal(r.findings.length, r.findings.filter((f) => f.factId === 'mayor').length);
    assert.ok(r.summary.claims >= 2);
  });

  it('keeps offsets exact with CRLF line endings and emoji before the figure', () => {
    const text = '---\r\ndate: 2026-03-05\r\n---\r\n🚢🚢 Reporters counted 14 warships.\r\nThe fund is $25mn.\r\n';
    const r = check(text, table);
    assert.ok(r.findings.length >= 2);
    for (const f of r.findings) assert.equal(text.slice(f.start, f.end), f.text);
  });

  it('skips code, URLs, list numbering, designations and ignored lines', () => {
    const body = [
      'The `14 warships` figure is code. See https://port.example/14/warships for more.',
      '',
      '1. Ships were counted by drones.',
      '',
      'An F-14 flew over the 14th pier.',
      '<!-- crosscheck-ignore-next-line -->',
      'The navy sent 14 warships.',
    ].join('\n');
    const r = check(dated(body), table);
    assert.deepEqual(
      r.findings.filter((f) => f.verdict !== 'agrees').map((f) => f.text),
      [],
    );
  });
});

describe('matching rules', () => {
  const table = harbor();

  it('needs a fact word near the figure, not a distant echo', () => {
    const r = check(dated('The harbour pilots, who had warned about the warships for weeks, sent 14 letters to the council.'), table);
    assert.equal(r.findings.filter((f) => f.factId === 'blockade-ships').length, 0);
  });

  it("weighs words of the figure's own clause above words beyond a clause break", () => {
    const weightOf = (text: string, stem: string) => {
      const claim = extractQuantities(text)[0];
      return claimContext(text, { ...claim, sentence: { start: 0, end: text.length } }).get(stem) ?? 0;
    };
    const same = weightOf('The count was 14 warships in all.', 'warship');
    const beyond = weightOf('The count was 14, which warships confirmed.', 'warship');
    assert.ok(same > 0 && beyond < same / 2, `${beyond} vs ${same}`);
  });

  it('gives a word shared by two figures mostly to the nearer one', () => {
    const text = 'They counted 14 and then 40 freighters.';
    const [first, second] = extractQuantities(text).map((q) => ({ ...q, sentence: { start: 0, end: text.length } }));
    const alone = claimContext(text, first).get('freighter') ?? 0;
    const shared = claimContext(text, first, [second]).get('freighter') ?? 0;
    assert.ok(shared > 0 && shared <= alone / 2, `${shared} vs ${alone}`);
  });

  it('reads a when-clause after a date as describing that date', () => {
    const r = check(dated('Trade slowed in early March, when the navy imposed the blockade.'), table);
    assert.equal(findingFor(r, 'early March').factId, 'blockade-start');
  });

  it('rules out a fact whose unit the counted noun contradicts', () => {
    const r = check(dated('Inspectors found 14 tons of fuel aboard the warships.'), table);
    assert.equal(r.findings.filter((f) => f.factId === 'blockade-ships').length, 0);
  });

  it('does not pick one of many facts that a claim shares only a common word with', () => {
    // One flood death toll per town: the towns' names tell the facts apart, "drowned" does not.
    const towns = (n: number) =>
      Array.from({ length: n }, (_, i) => `town${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const tableOf = (n: number) => {
      const facts = towns(n).map(
        (t, i) => `  drowned-${t}:\n    label: People drowned in ${t}\n    kind: number\n    cues: [drowned]\n    value: ${100 + i}\n`,
      );
      const { table: t, problems } = loadTable(`version: 1\nsources: {}\nfacts:\n${facts.join('')}`);
      assert.ok(t, JSON.stringify(problems));
      return prepareTable(t);
    };
    // The few tie on "drowned": only the figure one of them holds tells them apart (see ties.test.ts).
    const unnamed = dated('The flood drowned 101 people.');
    assert.equal(check(unnamed, tableOf(3)).findings.length, 1, 'a word shared by a few facts still finds the one holding the figure');
    assert.equal(check(unnamed, tableOf(200)).findings.length, 0, 'a word shared by two hundred facts picks none');
    const named = check(dated(`The flood drowned 250 people in ${towns(200)[150]}.`), tableOf(200));
    assert.deepEqual(
      named.findings.map((f) => f.factId),
      [`drowned-${towns(200)[150]}`],
    );
  });
});

describe('incremental checking and alternatives', () => {
  const table = harbor();

  it('gives the same result with a paragraph cache, and re-analyses only what an edit touched', () => {
    const paragraphs = [
      'Admiral Adaeze Okafor ordered 14 warships north.',
      'Mayor Tomás Ferreira asked for a $25mn fund.',
      'Some 1,500 dock workers were laid off on Tuesday.',
    ];
    const cache = new ParagraphCache();
    const first = dated(paragraphs.join('\n\n'));
    assert.deepEqual(check(first, table, { cache }), check(first, table));
    assert.equal(cache.size, 3);
    const edited = dated([paragraphs[0], paragraphs[1].replace('$25mn', '$30mn'), paragraphs[2]].join('\n\n'));
    assert.deepEqual(check(edited, table, { cache }), check(edited, table));
    // The edited paragraph, and the one after it, whose first sentence reads the edited one as context.
    assert.equal(cache.size, 5);
    const unchanged = check(edited, table, { cache });
    assert.equal(cache.size, 5);
    assert.deepEqual(unchanged, check(edited, table));
  });

  it('re-resolves every relative date when the dateline changes', () => {
    const cache = new ParagraphCache();
    const body = 'The navy imposed the blockade on Monday.';
    assert.equal(findingFor(check(dated(body, '2026-03-05'), table, { cache }), 'Monday').verdict, 'agrees');
    assert.equal(findingFor(check(dated(body, '2026-03-12'), table, { cache }), 'Monday').verdict, 'disagrees');
  });

  it('stops between paragraphs when asked to', () => {
    let asked = 0;
    assert.throws(() => check(dated('One 14 warships.\n\nTwo 15 warships.\n\nThree.'), table, { shouldStop: () => ++asked > 1 }), CheckCancelled);
    assert.equal(asked, 2);
  });

  it("offers each value of a contested fact in the draft's style", () => {
    const f = findingFor(check(dated('Some 1,500 dock workers were laid off.'), table), 'Some 1,500');
    assert.deepEqual(f.alternatives, [
      { value: '1,200', sources: ['ledger'], replacement: 'Some 1,200' },
      { value: '1,500', sources: ['courier'], replacement: 'Some 1,500' },
    ]);
  });
});

describe('check: a later day counted from the document date', () => {
  // An invented flood: the day crews sealed a levee.
  const { table, problems } = loadTable(`version: 1
sources:
  gazette: { title: Crews seal the breached levee, published: 2027-03-10 }
facts:
  levee-sealed:
    label: Day crews sealed the levee
    kind: date
    cues: [sealed, levee]
    value: 2027-02-05
    claims:
      - { source: gazette, value: 2027-02-05, quote: "crews sealed the levee on Feb. 5" }
`);
  assert.ok(table, JSON.stringify(problems));
  const prepared = prepareTable(table);
  const draft = (body: string) => `---\ndate: 2027-03-10\n---\n${body}\n`;

  it('lists it with its value but never judges it', () => {
    const r = check(draft('Crews sealed the levee two days later.'), prepared);
    assert.deepEqual(r.findings, []);
    const claim = r.claims.find((c) => c.text === 'two days later');
    assert.ok(claim && claim.kind === 'date' && claim.fromDocumentDate);
    assert.equal(dateValueToIso(claim.date), '2027-03-12');
  });

  it('judges it counted from a day stated before it', () => {
    assert.equal(findingFor(check(draft('The river rose on Feb. 1. Crews sealed the levee two days later.'), prepared), 'two days later').verdict, 'disagrees');
    assert.equal(findingFor(check(draft('The river rose on Feb. 3. Crews sealed the levee two days later.'), prepared), 'two days later').verdict, 'agrees');
  });
});
