import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTable, tableProblemToString } from '../../src/engine/table/load';
import { BOUNDS, KINDS, type DateValue, type LoadedTable, type TableProblem } from '../../src/engine/types';

const VALID = `version: 1
sources:
  bnl:
    title: US offers Maduro exit to Russia as Trump confirms talks
    publisher: bnl
    published: 2025-12-01
    path: sources/bnl.txt
  onix:
    title: Strikes continue
    url: https://example.com/onix
facts:
  boat-strike-deaths:
    label: People killed in US strikes on suspected drug boats
    kind: number
    unit: people
    cues: [killed, deaths, strikes, boats]
    value: 83
    bound: at-least
    claims:
      - { source: bnl, value: 83, bound: at-least, quote: "resulting in at least 83 deaths" }
      - { source: onix, value: 80, bound: more-than, quote: "over 80 people have died" }
  aid:
    label: Aid package
    kind: money
    value: 50000000
  tariff:
    label: Tariff rate
    kind: percent
    bound: about
    tolerance: 0.1
    claims:
      - source: onix
        value: 10
  talks-date:
    label: Date of the talks
    kind: date
    value: 2025-11-29
  founded:
    label: Year founded
    kind: date
    value: 1990
  senator:
    label: Senator quoted
    kind: entity
    aliases: [Mullin]
    claims:
      - { source: bnl, value: Markwayne Mullin }
`;

function errors(r: LoadedTable): TableProblem[] {
  return r.problems.filter((p) => p.severity === 'error');
}

function warnings(r: LoadedTable): TableProblem[] {
  return r.problems.filter((p) => p.severity === 'warning');
}

/** 1-based line and column of the nth occurrence of needle, to check positions without counting by hand. */
function posOf(text: string, needle: string, nth = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' not in text`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Loads text that must fail with exactly one error, and returns it. */
/** Position just after the nth occurrence of needle: where a range that ends with it ends. */
function posAfter(text: string, needle: string, nth = 1): { line: number; column: number } {
  const p = posOf(text, needle, nth);
  return { line: p.line, column: p.column + needle.length };
}

function oneError(text: string): TableProblem {
  const r = loadTable(text);
  assert.equal(r.table, null);
  const errs = errors(r);
  assert.equal(errs.length, 1, `expected one error, got: ${errs.map((e) => e.message).join(' | ')}`);
  return errs[0];
}

function assertAt(p: TableProblem, text: string, needle: string, nth = 1): void {
  const want = posOf(text, needle, nth);
  assert.deepEqual(p.range.start, want, `${p.message} at ${JSON.stringify(p.range.start)}, want ${JSON.stringify(want)}`);
  // A needle like 'f:' locates a key; the problem covers the key alone.
  const shown = text.slice(p.range.offset.start, p.range.offset.end);
  assert.ok(shown.startsWith(needle.replace(/:$/, '')), `problem covers ${JSON.stringify(shown)}`);
}

/** A minimal valid table with `fact` spliced in as the body of fact `f`. */
function withFact(fact: string): string {
  return `version: 1\nsources:\n  bnl: { title: B }\n  onix: { title: O }\nfacts:\n  f:\n${fact}`;
}

describe('loadTable', () => {
  describe('a valid table', () => {
    const r = loadTable(VALID);

    it('loads without problems', () => {
      assert.deepEqual(r.problems, []);
      assert.ok(r.table);
      assert.equal(r.table.version, 1);
    });

    it('reads sources in order with their optional fields', () => {
      const sources = r.table?.sources;
      assert.ok(sources);
      assert.deepEqual([...sources.keys()], ['bnl', 'onix']);
      const bnl = sources.get('bnl');
      assert.equal(bnl?.title, 'US offers Maduro exit to Russia as Trump confirms talks');
      assert.equal(bnl?.publisher, 'bnl');
      assert.equal(bnl?.published, '2025-12-01');
      assert.equal(bnl?.path, 'sources/bnl.txt');
      assert.equal(bnl?.url, undefined);
      assert.equal(sources.get('onix')?.url, 'https://example.com/onix');
    });

    it('reads facts with their values and defaults', () => {
      const facts = r.table?.facts ?? [];
      assert.deepEqual(
        facts.map((f) => f.id),
        ['boat-strike-deaths', 'aid', 'tariff', 'talks-date', 'founded', 'senator'],
      );
      const deaths = facts[0];
      assert.equal(deaths.label, 'People killed in US strikes on suspected drug boats');
      assert.equal(deaths.kind, 'number');
      assert.equal(deaths.unit, 'people');
      assert.deepEqual(deaths.cues, ['killed', 'deaths', 'strikes', 'boats']);
      assert.equal(deaths.value, 83);
      assert.equal(deaths.bound, 'at-least');
      assert.equal(deaths.tolerance, 0.05);
      assert.deepEqual(deaths.aliases, []);
      assert.equal(deaths.currency, undefined);
      assert.equal(typeof deaths.contested, 'boolean');
      assert.deepEqual(
        deaths.claims.map(({ source, value, bound, quote }) => ({ source, value, bound, quote })),
        [
          { source: 'bnl', value: 83, bound: 'at-least', quote: 'resulting in at least 83 deaths' },
          { source: 'onix', value: 80, bound: 'more-than', quote: 'over 80 people have died' },
        ],
      );
      const aid = facts[1];
      assert.equal(aid.currency, 'USD');
      assert.equal(aid.value, 50000000);
      assert.equal(aid.bound, 'exact');
      assert.deepEqual(aid.cues, []);
      assert.deepEqual(aid.claims, []);
      const tariff = facts[2];
      assert.equal(tariff.tolerance, 0.1);
      assert.equal(tariff.bound, 'about');
      assert.equal(tariff.value, 10);
      assert.equal(tariff.claims[0].bound, 'exact');
      assert.deepEqual(facts[3].value, { year: 2025, month: 11, day: 29, precision: 'day' });
      assert.deepEqual(facts[4].value, { year: 1990, precision: 'year' }, 'a year YAML reads as a number is a year');
      assert.equal(facts[5].value, 'Markwayne Mullin');
      assert.deepEqual(facts[5].aliases, ['Mullin']);
    });

    it('gives each fact, source and claim the range an editor jumps to', () => {
      const facts = r.table?.facts ?? [];
      const deaths = facts[0];
      // From the fact id to the end of its last claim, trailing newline excluded.
      assert.deepEqual(deaths.range.start, { line: 12, column: 3 });
      assert.deepEqual(deaths.range.start, posOf(VALID, 'boat-strike-deaths:'));
      assert.deepEqual(deaths.range.end, posAfter(VALID, 'over 80 people have died" }'));
      assert.equal(VALID.slice(deaths.range.offset.start, deaths.range.offset.start + 19), 'boat-strike-deaths:');
      assert.equal(VALID[deaths.range.offset.end - 1], '}');

      const [c1, c2] = deaths.claims;
      assert.deepEqual(c1.range.start, { line: 20, column: 9 });
      assert.deepEqual(c1.range.end, posAfter(VALID, 'at least 83 deaths" }'));
      assert.deepEqual(c2.range.start, { line: 21, column: 9 });
      assert.equal(VALID.slice(c2.range.offset.start, c2.range.offset.end), '{ source: onix, value: 80, bound: more-than, quote: "over 80 people have died" }');

      // A block-style claim ends with its last value, not on the next line.
      const tariffClaim = facts[2].claims[0];
      assert.equal(VALID.slice(tariffClaim.range.offset.start, tariffClaim.range.offset.end), 'source: onix\n        value: 10');
      assert.deepEqual(tariffClaim.range.end, posAfter(VALID, 'value: 10'));

      const bnl = r.table?.sources.get('bnl');
      assert.deepEqual(bnl?.range.start, { line: 3, column: 3 });
      assert.deepEqual(bnl?.range.end, posAfter(VALID, 'path: sources/bnl.txt'));

      const last = facts[5];
      assert.deepEqual(last.range.end, posAfter(VALID, '{ source: bnl, value: Markwayne Mullin }'));
    });
  });

  describe('YAML syntax', () => {
    it('reports every syntax error with its position', () => {
      const text = 'version: 1\nfacts:\n  a: [1, 2\n  b: "unterminated\n';
      const r = loadTable(text);
      assert.equal(r.table, null);
      const errs = errors(r);
      assert.ok(errs.length >= 2, errs.map((e) => e.message).join(' | '));
      for (const e of errs) {
        assert.ok(e.range.start.line >= 3, `${e.message} at line ${e.range.start.line}`);
        assert.ok(e.range.offset.start <= text.length && e.range.offset.end <= text.length);
      }
    });

    it('places a syntax error on the offending token', () => {
      const text = 'version: 1\nsources:\n  bnl:\n    title: "a" b\n';
      const r = loadTable(text);
      assert.equal(r.table, null);
      assert.ok(errors(r).length >= 1);
      assert.equal(errors(r)[0].range.start.line, 4);
    });

    it('refuses several documents in one file', () => {
      const r = loadTable('version: 1\n---\nversion: 1\n');
      assert.equal(r.table, null);
      assert.equal(errors(r)[0].range.start.line, 2);
    });

    it('reports an empty file and a non-map document', () => {
      assert.match(oneError('').message, /empty/);
      assert.match(oneError('# nothing yet\n').message, /empty/);
      const list = oneError('- a\n- b\n');
      assert.match(list.message, /must be a map/);
      assert.deepEqual(list.range.start, { line: 1, column: 1 });
    });
  });

  describe('errors', () => {
    it('reports a missing version at the top of the table', () => {
      const text = 'sources: {}\nfacts: {}\n';
      const e = oneError(text);
      assert.match(e.message, /missing 'version: 1'/);
      assert.deepEqual(e.range.start, { line: 1, column: 1 });
      assert.deepEqual(e.range.end, { line: 1, column: 12 }, 'only the first line of the table');
    });

    it('reports a version other than 1 on the version', () => {
      const text = 'version: 2\nsources: {}\nfacts: {}\n';
      const e = oneError(text);
      assert.match(e.message, /unsupported version '2'/);
      assertAt(e, text, '2');
      assert.match(oneError('version: "1"\n').message, /version/);
    });

    it('reports a duplicate fact id on the second one, naming the first line', () => {
      const text = withFact('    label: A\n    kind: number\n  f:\n    label: B\n    kind: number\n');
      const e = oneError(text);
      assert.match(e.message, /duplicate fact id 'f' \(first at line 6\)/);
      assertAt(e, text, 'f:', 2);
    });

    it('reports a duplicate source id and a duplicate key', () => {
      const text = 'version: 1\nsources:\n  bnl: { title: A }\n  bnl: { title: B }\nfacts:\n  f:\n    label: A\n    kind: number\n    label: B\n';
      const r = loadTable(text);
      assert.equal(r.table, null);
      const [dupSource, dupKey] = errors(r);
      assert.match(dupSource.message, /duplicate source id 'bnl'/);
      assertAt(dupSource, text, 'bnl', 2);
      assert.match(dupKey.message, /duplicate key 'label' in fact 'f'/);
      assertAt(dupKey, text, 'label', 2);
    });

    it('reports a string for a number fact on the value', () => {
      const text = withFact('    label: A\n    kind: number\n    value: "83"\n');
      const e = oneError(text);
      assert.match(e.message, /fact 'f': expected a number for a number fact, got the text '83': remove the quotes/);
      assertAt(e, text, '"83"');
      assert.deepEqual(e.range.end, posAfter(text, '"83"'));
    });

    it('explains full units for a money figure written as text', () => {
      const text = withFact('    label: A\n    kind: money\n    value: $50mn\n');
      const e = oneError(text);
      assert.match(e.message, /expected a number for a money fact.*50000000/);
      assertAt(e, text, '$50mn');
    });

    it('reports a claim value of the wrong type on the claim value', () => {
      const text = withFact('    label: A\n    kind: percent\n    claims:\n      - { source: bnl, value: 10% }\n');
      const e = oneError(text);
      assert.match(e.message, /claim 1: expected a number for a percent fact.*10 for "10%"/);
      assertAt(e, text, '10%');
    });

    for (const [date, why] of [
      ['2025-13-01', /month 13/],
      ['2025-02-30', /February 2025 has 28 days/],
      ['2024-02-30', /February 2024 has 29 days/],
      ['2025-04-31', /April 2025 has 30 days/],
      ['2025-00', /month 0/],
      ['Nov 29', /expected an ISO date/],
      ['2025-1-5', /expected an ISO date/],
    ] as const) {
      it(`reports the invalid date ${date}`, () => {
        const text = withFact(`    label: A\n    kind: date\n    value: ${date}\n`);
        const e = oneError(text);
        assert.match(e.message, why);
        assertAt(e, text, date);
      });
    }

    it('accepts valid dates at every precision, leap days included', () => {
      const dates: [string, DateValue][] = [
        ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
        ['2025-08', { year: 2025, month: 8, precision: 'month' }],
        ['1990', { year: 1990, precision: 'year' }],
        ['2025-12-31', { year: 2025, month: 12, day: 31, precision: 'day' }],
      ];
      for (const [date, value] of dates) {
        const r = loadTable(withFact(`    label: A\n    kind: date\n    value: ${date}\n`));
        assert.deepEqual(r.problems, [], date);
        assert.deepEqual(r.table?.facts[0].value, value);
      }
    });

    it('reports a number for an entity fact', () => {
      const text = withFact('    label: A\n    kind: entity\n    value: 42\n');
      const e = oneError(text);
      assert.match(e.message, /expected a name for an entity fact, got the number 42/);
      assertAt(e, text, '42');
    });

    it('reports a negative tolerance on the tolerance', () => {
      const text = withFact('    label: A\n    kind: number\n    tolerance: -0.1\n');
      const e = oneError(text);
      assert.match(e.message, /'tolerance' cannot be negative/);
      assertAt(e, text, '-0.1');
    });

    it('reports a tolerance that is not a number', () => {
      const text = withFact('    label: A\n    kind: number\n    tolerance: 5%\n');
      assert.match(oneError(text).message, /'tolerance' must be a number/);
    });

    it('reports a claim naming an unknown source on the source, suggesting a near one', () => {
      const text = withFact('    label: A\n    kind: number\n    claims:\n      - { source: onx, value: 3 }\n');
      const e = oneError(text);
      assert.match(e.message, /unknown source 'onx': did you mean 'onix'\?/);
      assertAt(e, text, 'onx');
      const far = oneError(withFact('    label: A\n    kind: number\n    claims:\n      - { source: reuters, value: 3 }\n'));
      assert.match(far.message, /unknown source 'reuters': the sources are bnl, onix/);
    });

    it('reports an unknown kind listing the valid ones', () => {
      const text = withFact('    label: A\n    kind: count\n');
      const e = oneError(text);
      assert.equal(e.message, "unknown kind 'count': valid kinds are number, money, percent, date, entity");
      assertAt(e, text, 'count');
      assert.match(oneError(withFact('    label: A\n    kind: nmber\n')).message, /did you mean 'number'\?/);
    });

    it('reports an unknown bound, on a fact or a claim, listing the valid ones', () => {
      const text = withFact('    label: A\n    kind: number\n    bound: atleast\n');
      const e = oneError(text);
      assert.match(e.message, /unknown bound 'atleast' \(did you mean 'at-least'\?\): valid bounds are exact, about, at-least, more-than, at-most, less-than/);
      assertAt(e, text, 'atleast');
      const claim = withFact('    label: A\n    kind: number\n    claims:\n      - { source: bnl, value: 3, bound: roughly }\n');
      const ce = oneError(claim);
      assert.match(ce.message, /unknown bound 'roughly'/);
      assertAt(ce, claim, 'roughly');
    });

    it('reports a missing label on the fact id', () => {
      const text = withFact('    kind: number\n');
      const e = oneError(text);
      assert.equal(e.message, "fact 'f': missing 'label'");
      assertAt(e, text, 'f:');
    });

    it('reports an empty label on the key', () => {
      const text = withFact('    label:\n    kind: number\n');
      const e = oneError(text);
      assert.equal(e.message, "fact 'f': 'label' is empty");
      assertAt(e, text, 'label');
    });

    it('reports a missing kind', () => {
      assert.match(oneError(withFact('    label: A\n')).message, /missing 'kind'/);
    });

    it('reports a missing title on the source id', () => {
      const text = 'version: 1\nsources:\n  bnl:\n    publisher: x\nfacts: {}\n';
      const e = oneError(text);
      assert.equal(e.message, "source 'bnl': missing 'title'");
      assertAt(e, text, 'bnl:');
    });

    it("reports a claim's missing source and missing value on the claim", () => {
      const text = withFact('    label: A\n    kind: number\n    claims:\n      - { value: 3 }\n      - { source: bnl }\n');
      const r = loadTable(text);
      assert.equal(r.table, null);
      const [noSource, noValue] = errors(r);
      assert.equal(noSource.message, "fact 'f', claim 1: missing 'source'");
      assertAt(noSource, text, '{ value: 3 }');
      assert.equal(noValue.message, "fact 'f', claim 2: missing 'value'");
      assertAt(noValue, text, '{ source: bnl }');
    });

    it('reports a block claim missing its value on its first line only', () => {
      const text = withFact('    label: A\n    kind: number\n    claims:\n      - source: bnl\n        quote: x\n');
      const e = oneError(text);
      assert.match(e.message, /missing 'value'/);
      assertAt(e, text, 'source: bnl');
      assert.deepEqual(e.range.end, posAfter(text, 'source: bnl'));
    });

    it('reports collections of the wrong shape', () => {
      assert.match(oneError('version: 1\nsources: [a, b]\n').message, /'sources' must be a map/);
      assert.match(oneError('version: 1\nfacts: 3\n').message, /'facts' must be a map/);
      assert.match(oneError(withFact('    label: A\n    kind: number\n    claims: { source: bnl }\n')).message, /'claims' must be a list/);
      assert.match(oneError(withFact('    label: A\n    kind: number\n    claims: [bnl]\n')).message, /a claim must be a map/);
      assert.match(oneError(withFact('    label: A\n    kind: number\n    cues: killed\n')).message, /'cues' must be a list/);
      assert.match(oneError(withFact('    label: [A]\n    kind: number\n')).message, /'label' must be text/);
    });

    it('reports an invalid published date and an invalid currency', () => {
      const text = 'version: 1\nsources:\n  bnl: { title: B, published: 2025-02-30 }\nfacts: {}\n';
      const e = oneError(text);
      assert.match(e.message, /invalid 'published' date/);
      assertAt(e, text, '2025-02-30');
      assert.match(oneError(withFact('    label: A\n    kind: money\n    currency: $\n')).message, /ISO 4217/);
    });

    it('reports an alias to an unknown anchor', () => {
      const text = withFact('    label: *nope\n    kind: number\n');
      const e = oneError(text);
      assert.match(e.message, /unknown anchor/);
      assertAt(e, text, '*nope');
    });

    it('reports every error of a table, not just the first, in file order', () => {
      const text = withFact('    label: A\n    kind: number\n    value: x\n    tolerance: -1\n  g:\n    kind: moneys\n');
      const r = loadTable(text);
      assert.equal(r.table, null);
      const lines = errors(r).map((e) => e.range.start.line);
      assert.equal(lines.length, 4);
      assert.deepEqual(
        lines,
        [...lines].sort((a, b) => a - b),
      );
    });
  });

  describe('warnings', () => {
    it("suggests 'label' for 'lable'", () => {
      const text = withFact('    lable: A\n    kind: number\n');
      const r = loadTable(text);
      const [w] = warnings(r);
      assert.match(w.message, /unknown key 'lable'.*did you mean 'label'\?/);
      assertAt(w, text, 'lable');
    });

    it('loads the table despite unknown keys, empty cues and an empty entity fact', () => {
      const text = withFact('    label: A\n    kind: number\n    cues: []\n    note: checked by Ann\n  g:\n    label: G\n    kind: entity\n');
      const r = loadTable(text);
      assert.ok(r.table, r.problems.map((p) => p.message).join(' | '));
      assert.equal(errors(r).length, 0);
      const ws = warnings(r);
      assert.equal(ws.length, 3);
      assert.match(ws[0].message, /'cues' is empty/);
      assertAt(ws[0], text, '[]');
      assert.match(ws[1].message, /unknown key 'note' in fact 'f' \(ignored\); known keys: label, kind/);
      assertAt(ws[1], text, 'note');
      assert.match(ws[2].message, /entity fact with no 'value' and no claims/);
      assertAt(ws[2], text, 'g:');
      assert.deepEqual(r.table.facts[0].cues, []);
    });

    it('warns about unknown keys at every level', () => {
      const text =
        'version: 1\nsource:\n  x: 1\nsources:\n  bnl: { title: B, tilte: C }\nfacts:\n  f:\n    label: A\n    kind: number\n    claims:\n      - { source: bnl, value: 1, qoute: x }\n';
      const r = loadTable(text);
      assert.ok(r.table);
      assert.deepEqual(
        warnings(r).map((w) => w.message.match(/did you mean '(\w+)'/)?.[1]),
        ['sources', 'title', 'quote'],
      );
    });

    it('warns about aliases on a non-entity fact and a tolerance written as a percentage', () => {
      const r = loadTable(withFact('    label: A\n    kind: number\n    aliases: [x]\n    tolerance: 5\n'));
      assert.ok(r.table);
      assert.match(warnings(r)[0].message, /'aliases' only apply to entity facts/);
      assert.match(warnings(r)[1].message, /'tolerance' is relative/);
    });
  });

  describe('cited value and bound', () => {
    const sources = 'version: 1\nsources:\n  a: { title: A }\n  b: { title: B }\n  c: { title: C }\n  d: { title: D }\nfacts:\n  f:\n';
    function fact(body: string) {
      const r = loadTable(sources + body);
      assert.deepEqual(errors(r), []);
      const f = r.table?.facts[0];
      assert.ok(f);
      return f;
    }

    it('takes the value most sources report', () => {
      const f = fact(
        '    label: F\n    kind: number\n    claims:\n      - { source: a, value: 80, bound: more-than }\n      - { source: b, value: 83, bound: at-least }\n      - { source: c, value: 83 }\n',
      );
      assert.equal(f.value, 83);
      assert.equal(f.bound, 'at-least', 'the bound of the first claim reporting the cited value');
    });

    it('counts a source once however many claims repeat a value', () => {
      const f = fact(
        '    label: F\n    kind: number\n    claims:\n      - { source: a, value: 1 }\n      - { source: a, value: 1 }\n      - { source: b, value: 2 }\n      - { source: c, value: 2 }\n',
      );
      assert.equal(f.value, 2);
    });

    it('breaks ties by the order of the sources in the table, not of the claims', () => {
      const f = fact('    label: F\n    kind: number\n    claims:\n      - { source: c, value: 7 }\n      - { source: b, value: 9, bound: about }\n');
      assert.equal(f.value, 9);
      assert.equal(f.bound, 'about');
    });

    it('compares numbers numerically', () => {
      const f = fact(
        '    label: F\n    kind: money\n    claims:\n      - { source: a, value: 5 }\n      - { source: b, value: 50000000 }\n      - { source: c, value: 5.0e7 }\n',
      );
      assert.equal(f.value, 50000000);
    });

    it('compares names without case or accents, citing the first-listed source’s spelling', () => {
      const f = fact(
        '    label: F\n    kind: entity\n    claims:\n      - { source: a, value: Nicolas Maduro }\n      - { source: d, value: Delcy Rodríguez }\n      - { source: b, value: Nicolás Maduro }\n      - { source: c, value: NICOLAS MADURO }\n',
      );
      assert.equal(f.value, 'Nicolas Maduro');
      const g = fact('    label: F\n    kind: entity\n    claims:\n      - { source: c, value: josé martí }\n      - { source: b, value: José Martí }\n');
      assert.equal(g.value, 'José Martí');
    });

    it('keeps a written value and bound over the claims', () => {
      const f = fact(
        '    label: F\n    kind: number\n    value: 80\n    bound: about\n    claims:\n      - { source: a, value: 83, bound: at-least }\n      - { source: b, value: 83 }\n',
      );
      assert.equal(f.value, 80);
      assert.equal(f.bound, 'about');
    });

    it('takes the bound of a claim that reports a written value', () => {
      const f = fact(
        '    label: F\n    kind: number\n    value: 80\n    claims:\n      - { source: a, value: 83, bound: at-least }\n      - { source: b, value: 80, bound: more-than }\n',
      );
      assert.equal(f.bound, 'more-than');
    });

    it('is exact with no value and undefined with neither value nor claims', () => {
      const f = fact('    label: F\n    kind: number\n');
      assert.equal(f.value, undefined);
      assert.equal('value' in f, false);
      assert.equal(f.bound, 'exact');
      const g = fact('    label: F\n    kind: number\n    value: 3\n    claims:\n      - { source: a, value: 4, bound: at-most }\n');
      assert.equal(g.bound, 'exact');
    });

    it('marks a fact contested when its claims cannot all be true', () => {
      const f = fact('    label: F\n    kind: number\n    claims:\n      - { source: a, value: 83 }\n      - { source: b, value: 80 }\n');
      assert.equal(f.contested, true);
      const g = fact('    label: F\n    kind: number\n    claims:\n      - { source: a, value: 83 }\n');
      assert.equal(g.contested, false);
    });

    it('compares dates as written', () => {
      const f = fact(
        '    label: F\n    kind: date\n    claims:\n      - { source: a, value: 2025-11 }\n      - { source: b, value: 2025-11-29 }\n      - { source: c, value: 2025-11-29 }\n',
      );
      assert.deepEqual(f.value, { year: 2025, month: 11, day: 29, precision: 'day' });
    });
  });

  describe('hostile input', () => {
    it('refuses an alias bomb quickly', () => {
      const lines = ['version: 1', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 12; i++) {
        const prev = String.fromCharCode(96 + i);
        const name = String.fromCharCode(97 + i);
        lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
      }
      lines.push('facts:', '  f:', '    label: *l', '    kind: number');
      const text = lines.join('\n') + '\n';
      const t0 = Date.now();
      const r = loadTable(text);
      assert.ok(Date.now() - t0 < 1000, `took ${Date.now() - t0} ms`);
      assert.equal(r.table, null);
      const e = errors(r)[0];
      assert.match(e.message, /too many YAML aliases/);
      assert.equal(e.range.start.line, 3);
    });

    it('refuses a flood of aliases quickly', () => {
      const text = 'version: 1\nx: &x 1\nl: [' + Array(20000).fill('*x').join(',') + ']\n';
      const t0 = Date.now();
      const r = loadTable(text);
      assert.ok(Date.now() - t0 < 2000, `took ${Date.now() - t0} ms`);
      assert.match(errors(r)[0].message, /too many YAML aliases/);
    });

    it('allows a few aliases', () => {
      const r = loadTable(withFact('    label: &l Deaths\n    kind: number\n  g:\n    label: *l\n    kind: number\n'));
      assert.deepEqual(r.problems, []);
      assert.equal(r.table?.facts[1].label, 'Deaths');
    });

    it('never throws, and keeps ranges inside the text, on truncations, mutations and random bytes', function () {
      this.timeout(60000);
      let seed = 42;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      const inputs: string[] = [];
      for (let i = 0; i <= VALID.length; i++) inputs.push(VALID.slice(0, i));
      const alphabet = ' \n\t:-[]{},&*!|>"\'#%@`?0123456789abcxyz\u00e9\u{1F600}\r\uFEFF';
      for (let n = 0; n < 1500; n++) {
        const chars = [...VALID];
        for (let k = 0; k < 1 + Math.floor(random() * 6); k++) {
          const at = Math.floor(random() * chars.length);
          const op = random();
          if (op < 0.4) chars.splice(at, 1);
          else if (op < 0.8) chars.splice(at, 0, alphabet[Math.floor(random() * alphabet.length)]);
          else chars[at] = alphabet[Math.floor(random() * alphabet.length)];
        }
        inputs.push(chars.join(''));
      }
      for (let n = 0; n < 500; n++) {
        const bytes = Buffer.alloc(Math.floor(random() * 400));
        for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
        inputs.push(bytes.toString(n % 2 ? 'utf8' : 'latin1'));
      }
      for (const text of inputs) {
        let r: LoadedTable | undefined;
        assert.doesNotThrow(() => (r = loadTable(text)), JSON.stringify(text));
        assert.ok(r);
        for (const p of r.problems) {
          assert.ok(!p.message.startsWith('internal error'), `${p.message} for ${JSON.stringify(text)}`);
          assert.ok(p.range.offset.start >= 0 && p.range.offset.start <= p.range.offset.end && p.range.offset.end <= text.length);
          assert.ok(p.range.start.line >= 1 && p.range.start.column >= 1);
        }
        assert.equal(
          r.table === null,
          r.problems.some((p) => p.severity === 'error'),
        );
      }
    });
  });

  it('prints a problem as path:line:col: severity: message', () => {
    const e = oneError('version: 3\n');
    assert.equal(
      tableProblemToString('drafts/facts.yaml', e),
      "drafts/facts.yaml:1:10: error: unsupported version '3': this fact table format is version 1 (write 'version: 1')",
    );
  });

  it('handles CRLF line endings', () => {
    const text = VALID.replace(/\n/g, '\r\n');
    const r = loadTable(text);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.table?.facts[0].range.start, { line: 12, column: 3 });
    const e = oneError('version: 1\r\nsources:\r\n  bnl: { title: B }\r\nfacts:\r\n  f:\r\n    label: A\r\n    kind: count\r\n');
    assert.deepEqual(e.range.start, { line: 7, column: 11 });
    assert.deepEqual(e.range.end, { line: 7, column: 16 });
  });
});

describe('facts.schema.json', () => {
  const schemaPath = resolve(__dirname, '../../../schemas/facts.schema.json');
  let schema: unknown;
  before(() => {
    schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as unknown;
  });

  function at(obj: unknown, ...path: string[]): unknown {
    let cur = obj;
    for (const key of path) {
      assert.ok(cur !== null && typeof cur === 'object' && key in cur, `schema has no ${path.join('.')}`);
      cur = (cur as Record<string, unknown>)[key];
    }
    return cur;
  }

  it('is a draft-07 schema', () => {
    assert.equal(at(schema, '$schema'), 'http://json-schema.org/draft-07/schema#');
  });

  it('lists exactly the kinds and bounds of the code', () => {
    assert.deepEqual(at(schema, 'definitions', 'kind', 'enum'), [...KINDS]);
    assert.deepEqual(at(schema, 'definitions', 'bound', 'enum'), [...BOUNDS]);
  });

  it('describes every property', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
      const rec = node as Record<string, unknown>;
      const props = rec.properties;
      if (props && typeof props === 'object') {
        for (const [name, sub] of Object.entries(props)) {
          const described = sub !== null && typeof sub === 'object' && 'description' in sub;
          if (!described) missing.push(`${path}.${name}`);
        }
      }
      for (const [k, v] of Object.entries(rec)) walk(v, `${path}.${k}`);
    };
    walk(schema, '$');
    assert.deepEqual(missing, []);
  });
});
