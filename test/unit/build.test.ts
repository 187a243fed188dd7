import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildTable, dateValueToIso, htmlToText, loadTable, updateTable, type BuildStep, type Fact, type FactTable, type FactValue } from '../../src/engine';
import { readSources } from '../../src/engine/tabulate/source';
import { clauseAround } from '../../src/engine/tabulate/quote';
import { labelFromQuote } from '../../src/engine/tabulate/label';
import { roundedTolerance } from '../../src/engine/tabulate/describe';
import { loadClean as load } from './support/tables';

const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'build');

function fixtures(): { path: string; text: string }[] {
  return readdirSync(DIR)
    .sort()
    .map((f) => ({ path: `sources/${f}`, text: readFileSync(join(DIR, f), 'utf8') }));
}

/** The fact holding a claim with this value from this source. */
/** A claim's value as the table writes it: dates as ISO text. */
function written(value: FactValue): string {
  return typeof value === 'object' ? dateValueToIso(value) : String(value);
}

function factWith(table: FactTable, kind: Fact['kind'], source: string, value: number | string): Fact {
  const f = table.facts.find((x) => x.kind === kind && x.claims.some((c) => c.source === source && written(c.value) === String(value)));
  assert.ok(f, `no ${kind} fact with ${source}=${value}`);
  return f;
}

function values(f: Fact): Record<string, string> {
  return Object.fromEntries(f.claims.map((c) => [c.source, `${c.bound === 'exact' ? '' : `${c.bound} `}${written(c.value)}`]));
}

describe('buildTable', () => {
  const yaml = buildTable(fixtures());
  const table = load(yaml);

  it('writes a v1 table the loader reads without problems, the same bytes every time', () => {
    assert.equal(loadTable(yaml).problems.length, 0, JSON.stringify(loadTable(yaml).problems));
    assert.equal(buildTable(fixtures()), yaml);
  });

  it('describes each source: id from its file name, title, date, path as given', () => {
    assert.deepEqual([...table.sources.keys()], ['harbor-gazette', 'river-news', 'valley-post']);
    const gazette = table.sources.get('harbor-gazette');
    assert.equal(gazette?.title, 'Bridge over the Lenn collapses in Dunmore');
    assert.equal(gazette?.published, '2026-03-05');
    assert.equal(gazette?.path, 'sources/harbor-gazette.md');
    assert.equal(table.sources.get('valley-post')?.published, '2026-03-04', 'dateline');
    assert.equal(table.sources.get('river-news')?.published, undefined, 'no date of its own');
    assert.equal(table.sources.get('river-news')?.title, 'Wagons in the Lenn after Dunmore bridge collapse');
  });

  it('lines up one figure across sources and marks a real disagreement contested, listing every value', () => {
    const injured = factWith(table, 'number', 'harbor-gazette', 14);
    assert.deepEqual(values(injured), { 'harbor-gazette': '14', 'river-news': 'at-least 12', 'valley-post': '12' });
    assert.equal(injured.contested, true);
    assert.match(yaml, /# CONTESTED: the sources disagree: 14 \(harbor-gazette\); at least 12 \(river-news\); 12 \(valley-post\)/);
    assert.equal(injured.value, 14, 'a running count: the latest report (5 March) over the earlier ones');
  });

  it('keeps agreeing facts uncontested, with readable ids, cues and verbatim quotes', () => {
    const cost = factWith(table, 'money', 'valley-post', 4000000);
    assert.deepEqual(Object.keys(values(cost)), ['harbor-gazette', 'river-news', 'valley-post']);
    assert.equal(cost.contested, false);
    assert.match(cost.id, /^[a-z]+(?:-[a-z]+)+$/);
    const length = factWith(table, 'number', 'river-news', 240);
    assert.equal(length.claims.length, 3);
    assert.equal(length.unit, 'meters');
    assert.ok(length.cues.includes('bridge'));
    for (const f of table.facts) {
      for (const c of f.claims) {
        const source = fixtures().find((s) => s.path === table.sources.get(c.source)?.path) as { path: string; text: string };
        const text = source.path.endsWith('.html') ? htmlToText(source.text) : source.text;
        assert.ok(c.quote && text.includes(c.quote), `quote not verbatim: ${c.quote}`);
      }
    }
  });

  it('sends two figures of one sentence to two facts', () => {
    const wagons = factWith(table, 'number', 'river-news', 3);
    const hurt = factWith(table, 'number', 'river-news', 12);
    assert.notEqual(wagons.id, hurt.id);
    assert.deepEqual(values(wagons), { 'harbor-gazette': '3', 'river-news': '3' });
  });

  it("resolves relative dates against the source's own date and leaves them out without one", () => {
    const collapse = factWith(table, 'date', 'harbor-gazette', '2026-03-03');
    assert.deepEqual(values(collapse), { 'harbor-gazette': '2026-03-03', 'valley-post': '2026-03-03' });
    // river-news says "on Wednesday" but states no date: nothing is guessed.
    assert.ok(!table.facts.some((f) => f.kind === 'date' && f.claims.some((c) => c.source === 'river-news' && /^2026/.test(written(c.value)))));
  });

  it('keeps a fact only one source states when asked to (--min-sources 1)', () => {
    const report = factWith(load(buildTable(fixtures(), { minSources: 1 })), 'date', 'harbor-gazette', '2019');
    assert.equal(report.claims.length, 1);
  });

  it('makes spelling variants of one person one contested entity fact, cited as most sources spell it', () => {
    const people = table.facts.filter((f) => f.kind === 'entity');
    assert.equal(people.length, 1);
    assert.equal(people[0].value, 'Tomás Ferreira');
    assert.equal(people[0].id, 'tomas-ferreira');
    assert.equal(people[0].contested, true);
    assert.equal(values(people[0])['river-news'], 'Tomás Fereira');
    assert.ok(people[0].cues.includes('Mayor'));
  });

  it('ignores what HTML hides: scripts, styles and comments', () => {
    assert.doesNotMatch(yaml, /\b(?:99|77|500)\b/);
  });

  it("reads a source's yearless dates in the year of the story when it prints no date of its own", () => {
    const t = load(
      buildTable([
        { path: 'a.md', text: '---\ndate: 2029-03-10\n---\n# Ferry strike ends\n\nThe ferry strike ended on March 8 after talks.\n' },
        { path: 'b.md', text: '# Ferries sail again\n\nCrews ended their strike on March 8, the union said.\n' },
      ]),
    );
    const strike = t.facts.find((f) => f.kind === 'date' && f.claims.length === 2);
    assert.ok(strike, 'the strike date from both sources');
    assert.deepEqual(
      strike.claims.map((c) => written(c.value)),
      ['2029-03-08', '2029-03-08'],
    );
  });

  it('builds an empty but valid table from sources without claims', () => {
    const t = load(buildTable([{ path: 'a.txt', text: 'Nothing to see here\n\nJust words.\n' }]));
    assert.equal(t.facts.length, 0);
    assert.equal(t.sources.size, 1);
  });
});

describe('build progress', () => {
  it('tells each source as it is read, in both passes, and builds the same bytes as without being told', () => {
    const sources = fixtures();
    const steps: BuildStep[] = [];
    const told = buildTable(sources, { onSource: (step) => steps.push(step) });
    assert.equal(told, buildTable(sources));
    const n = sources.length;
    assert.deepEqual(
      steps.map((s) => `${s.pass} ${s.done}/${s.total} ${s.path}`),
      [...sources.map((s, i) => `claims ${i + 1}/${n} ${s.path}`), ...sources.map((s, i) => `names ${i + 1}/${n} ${s.path}`)],
    );
  });

  it('tells only the new sources an update reads', () => {
    const [first, ...rest] = fixtures();
    const steps: string[] = [];
    updateTable(buildTable([first]), [first, ...rest], { onSource: (s) => steps.push(`${s.pass} ${s.path}`) });
    assert.deepEqual(steps, [...rest.map((s) => `claims ${s.path}`), ...rest.map((s) => `names ${s.path}`)]);
  });
});

describe('build helpers', () => {
  it('htmlToText keeps paragraphs, decodes entities and drops hidden elements', () => {
    const text = htmlToText(
      '<head><title>T</title><style>b{}</style></head><p>One &amp; two&nbsp;&mdash; caf&eacute; &#8220;x&#x201D;</p><script>bad()</script><p>Next<br>line</p>',
    );
    assert.equal(text, 'One & two — café “x”\n\nNext\n\nline\n');
  });

  it('takes a title from a heading, the first line of several words, or an HTML title', () => {
    const [md, txt, html, hashed] = readSources([
      { path: 'x/my-story.md', text: 'Intro\n\n# The real title\n\nBody.' },
      { path: 'plain.txt', text: 'News\n\nA title of several words\n\nBody text.' },
      { path: 'p.html', text: '<title>Page title</title><p>Body</p>' },
      { path: '000_4f3a9c0de12b7788.txt', text: 'Storm hits the coast tonight\n\nBody.' },
    ]);
    assert.equal(md.title, 'The real title');
    assert.equal(md.id, 'my-story');
    assert.equal(txt.title, 'A title of several words');
    assert.equal(html.title, 'Page title');
    assert.equal(hashed.id, 'storm-hits-coast', 'a machine-made file name gives way to the title');
  });

  it('gives unique ids and takes the date from front matter or a short dateline only', () => {
    const [a, b, c] = readSources([
      { path: 'a/story.txt', text: '---\npublished: "2026-01-02"\n---\nStory here today.' },
      { path: 'b/story.txt', text: 'Headline of the story\nBy Staff, February 3, 2026\n\nBody.' },
      { path: 'c/story.txt', text: `Headline of the other story\n${'Long paragraph words '.repeat(8)}on March 9, 2026.\n` },
    ]);
    assert.deepEqual([a.id, b.id, c.id], ['story', 'story-2', 'story-3']);
    assert.equal(a.published, '2026-01-02');
    assert.equal(b.published, '2026-02-03');
    assert.equal(c.published, undefined, 'a date inside a paragraph is news, not the dateline');
  });

  it('quotes the clause that states a claim, on one line', () => {
    const text = 'Officials said on Monday, after a long night, that 40 boats had sunk; nobody was hurt.';
    const at = text.indexOf('40');
    assert.equal(clauseAround(text, { start: 0, end: text.length }, at, at + 2), 'after a long night, that 40 boats had sunk');
  });

  it('quotes across an aside in brackets and a short name in quotation marks, not across a restated figure', () => {
    const text = 'Flood losses from storm “Petra” (known abroad as Hollis) had reached 90 million euros (about $97 million) by Friday.';
    const at = text.indexOf('90 million euros');
    assert.equal(
      clauseAround(text, { start: 0, end: text.length }, at, at + '90 million euros'.length),
      'Flood losses from storm “Petra” (known abroad as Hollis) had reached 90 million euros',
    );
    assert.equal(
      labelFromQuote('Flood losses from storm “Petra” (known abroad as Hollis) had reached 90 million euros', '90 million euros'),
      'Flood losses from storm Petra',
    );
  });

  it('narrows the tolerance of a hedged round figure to its rounding', () => {
    assert.equal(roundedTolerance([{ value: 15000, bound: 'about' }]), 0.03);
    assert.equal(roundedTolerance([{ value: 83, bound: 'about' }]), undefined);
    assert.equal(roundedTolerance([{ value: 15000, bound: 'exact' }]), undefined);
  });
});
