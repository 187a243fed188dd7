import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTable, loadTable, TableUpdateError, updateTable, type FactTable } from '../../src/engine';

const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'build');
const source = (name: string) => ({ path: `sources/${name}`, text: readFileSync(join(DIR, name), 'utf8') });
const GAZETTE = source('harbor-gazette.md');
const POST = source('valley-post.txt');
const RIVER = source('river-news.html');

function load(yaml: string): FactTable {
  const { table, problems } = loadTable(yaml);
  assert.deepEqual(problems, []);
  assert.ok(table);
  return table;
}

/** The lines of `before`, in order, all still in `after`: nothing written was lost or rewritten. */
function keepsEveryLine(before: string, after: string): void {
  const lines = after.split('\n');
  let i = 0;
  for (const line of before.split('\n')) {
    while (i < lines.length && lines[i] !== line) i++;
    assert.ok(i < lines.length, `line lost or changed: ${line}`);
    i++;
  }
}

describe('updateTable', () => {
  it('returns the table unchanged, byte for byte, when every source is already in it', () => {
    const yaml = buildTable([GAZETTE, POST]);
    assert.equal(updateTable(yaml, [GAZETTE, POST]), yaml);
  });

  it('adds a new source, its claims on existing facts and its new facts, keeping every line already written', () => {
    const before = buildTable([GAZETTE, POST]);
    const after = updateTable(before, [GAZETTE, POST, RIVER]);
    keepsEveryLine(before, after);
    const t = load(after);
    assert.ok(t.sources.has('river-news'));
    const injured = t.facts.find((f) => f.claims.some((c) => c.source === 'harbor-gazette' && c.value === 14));
    assert.deepEqual(
      injured?.claims.map((c) => c.source),
      ['harbor-gazette', 'valley-post', 'river-news'],
    );
    const mayor = t.facts.find((f) => f.kind === 'entity');
    assert.ok(mayor?.claims.some((c) => c.source === 'river-news' && c.value === 'Tomás Fereira'));
    assert.equal(mayor?.contested, true);
    assert.match(
      after,
      /# crosscheck: now CONTESTED: the sources disagree: Tomás Ferreira \(harbor-gazette\); Tomas Ferreira \(valley-post\); Tomás Fereira \(river-news\)/,
    );
  });

  it('never brings back or rewrites what a reviewer edited: values, labels, cues, comments, deleted claims', () => {
    const built = buildTable([GAZETTE, POST]);
    const t = load(built);
    const injured = t.facts.find((f) => f.claims.some((c) => c.value === 14));
    assert.ok(injured);
    // A reviewer relabels a fact, cites another value, adds a comment and a cue, and deletes one claim.
    const edited = built
      .replace(
        new RegExp(`  ${injured.id}:\\n    label: [^\\n]*`),
        `  # checked with the fire service\n  ${injured.id}:\n    label: People injured when the bridge fell`,
      )
      .replace(/(\n {4}cues: \[people, )/, '\n    cues: [casualties, people, ')
      .replace(/\n {6}- \{ source: valley-post, value: 12, quote: [^\n]*\}/, '')
      .replace(/(\n {4}value: )12\n/, '$114\n');
    assert.notEqual(edited, built);
    const reviewed = load(edited).facts.find((f) => f.id === injured.id);
    assert.deepEqual(
      reviewed?.claims.map((c) => c.source),
      ['harbor-gazette'],
    );

    const once = updateTable(edited, [GAZETTE, POST, RIVER]);
    keepsEveryLine(edited, once);
    const fact = load(once).facts.find((f) => f.id === injured.id);
    assert.equal(fact?.label, 'People injured when the bridge fell');
    assert.equal(fact?.value, 14);
    assert.ok(fact?.cues.includes('casualties'));
    assert.ok(!fact?.claims.some((c) => c.source === 'valley-post'), 'the deleted claim stays deleted');
    assert.match(once, /# checked with the fire service/);
    // Running it again changes nothing: every source is now in the table.
    assert.equal(updateTable(once, [GAZETTE, POST, RIVER]), once);
  });

  it('refuses a table with errors and names them', () => {
    assert.throws(
      () => updateTable('version: 2\nsources: {}\nfacts: {}\n', [GAZETTE]),
      (e: unknown) => e instanceof TableUpdateError && e.problems.length > 0,
    );
  });

  it('adds to a table with no facts yet, and keeps CRLF line endings', () => {
    const start = 'version: 1\r\n# our sources\r\nsources:\r\n  harbor-gazette:\r\n    title: Bridge\r\n    path: sources/harbor-gazette.md\r\nfacts: {}\r\n';
    const after = updateTable(start, [GAZETTE, POST, RIVER]);
    assert.ok(after.startsWith('version: 1\r\n# our sources\r\nsources:\r\n  harbor-gazette:\r\n    title: Bridge\r\n'));
    assert.doesNotMatch(after.replace(/\r\n/g, ''), /\n/);
    const t = load(after);
    assert.deepEqual([...t.sources.keys()], ['harbor-gazette', 'valley-post', 'river-news']);
    assert.ok(t.facts.length > 0);
    assert.ok(
      t.facts.every((f) => f.claims.every((c) => c.source !== 'harbor-gazette')),
      'listed sources are not re-read',
    );
  });
});

describe('updateTable: which new facts it adds', () => {
  const first = { path: 'n/first.md', text: '# Ferry\n\nThe ferry Osprey ran aground off Keel Point on 4 May 2031, the coast guard said.\n' };
  const second = { path: 'n/second.md', text: '# Ferry aground\n\nAll 212 passengers of the ferry were taken ashore, and 14 crew stayed aboard.\n' };
  const third = { path: 'n/third.md', text: '# Ferry passengers safe\n\nRescuers brought all 212 passengers of the ferry ashore by noon.\n' };

  it('adds a fact two new sources state, not one a single new source states, as a fresh build would', () => {
    const base = buildTable([first]);
    const updated = updateTable(base, [first, second, third]);
    const { table } = loadTable(updated);
    assert.ok(table);
    const passengers = table.facts.find((f) => f.claims.some((c) => c.value === 212));
    assert.deepEqual(
      passengers?.claims.map((c) => c.source),
      ['second', 'third'],
    );
    assert.ok(!table.facts.some((f) => f.claims.some((c) => c.value === 14)), 'the crew figure only one source gives');
  });
});
