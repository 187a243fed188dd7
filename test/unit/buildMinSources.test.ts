import assert from 'node:assert/strict';
import { buildTable, type FactTable } from '../../src/engine';
import { loadClean as load } from './support/tables';

// Three short reports of one made-up event: the toll and the date are told by all three, the cost of the
// repair by two, the number of firefighters by one only.
const SOURCES = [
  {
    path: 'a/north-star.md',
    text: '# Warehouse fire in Carbury\n\nA fire destroyed a warehouse in Carbury on 2 May 2031. Four workers were hurt, and 60 firefighters fought the blaze. Repairs will cost $2 million.\n',
  },
  {
    path: 'a/east-ledger.md',
    text: '# Carbury warehouse burns\n\nA warehouse in Carbury burned down on 2 May 2031. Four workers were hurt. The owners said repairs would cost $2 million.\n',
  },
  {
    path: 'a/west-courier.md',
    text: '# Fire guts Carbury store house\n\nFire gutted a warehouse in Carbury on 2 May 2031, the town said in a statement late on Friday night. Four workers were hurt.\n',
  },
];

const sourcesOf = (t: FactTable) => t.facts.map((f) => new Set(f.claims.map((c) => c.source)).size);

describe('build: which facts the table holds', () => {
  it('holds only facts two or more sources state by default, most-reported first', () => {
    const t = load(buildTable(SOURCES));
    const counts = sourcesOf(t);
    assert.ok(counts.length > 0);
    assert.ok(
      counts.every((n) => n >= 2),
      String(counts),
    );
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    );
    assert.ok(!t.facts.some((f) => f.claims.some((c) => c.value === 60)), 'the one-source figure is not a fact');
  });

  it('writes the single-source facts commented out below, so uncommenting one gives a valid fact', () => {
    const yaml = buildTable(SOURCES);
    const at = yaml.indexOf('only one source states');
    assert.ok(at > 0, yaml);
    const below = yaml.slice(at);
    assert.match(below, /^ {2}# {5}- \{ source: north-star, value: 60, quote: ".*60 firefighters/m);
    const kept = load(yaml).facts.length;
    const uncommented = yaml.replace(/^ {2}# (?=[ a-z])/gm, '  ').replace(/^ {2}# ----.*$|^ {2}# \(or build.*$|^ {2}#$/gm, '');
    const t = load(uncommented);
    assert.ok(t.facts.length > kept);
    assert.ok(t.facts.some((f) => f.claims.some((c) => c.value === 60)));
    assert.equal(new Set(t.facts.map((f) => f.id)).size, t.facts.length, 'ids stay unique across both parts');
  });

  it('keeps every fact with minSources 1 and writes no commented section', () => {
    const yaml = buildTable(SOURCES, { minSources: 1 });
    assert.doesNotMatch(yaml, /only one source states/);
    assert.ok(load(yaml).facts.some((f) => f.claims.some((c) => c.value === 60)));
  });

  it('raises the bar with minSources 3', () => {
    const yaml = buildTable(SOURCES, { minSources: 3 });
    const counts = sourcesOf(load(yaml));
    assert.ok(counts.length > 0 && counts.every((n) => n === 3), String(counts));
    assert.match(yaml, /fewer than 3 sources state/);
  });
});
