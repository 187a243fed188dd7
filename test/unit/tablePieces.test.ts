import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPiecewise, loadTable } from '../../src/engine/table/load';
import { splitFactPieces } from '../../src/engine/table/pieces';
import type { LoadedTable } from '../../src/engine/types';

const HARBOR = readFileSync(resolve(__dirname, '../../../test/fixtures/harbor.facts.yaml'), 'utf8');

/** The harbor table with its facts repeated `times` times under new ids: a large table of the plain layout. */
function repeated(times: number): string {
  const at = HARBOR.indexOf('\nfacts:\n') + '\nfacts:\n'.length;
  const facts = HARBOR.slice(at);
  const copies = Array.from({ length: times }, (_, i) => facts.replace(/^ {2}([a-z][\w-]*):/gm, `  $1-${i}:`));
  return HARBOR.slice(0, at) + copies.join('');
}

/** Both ways of reading, which must agree in every fact and every problem. */
function bothWays(text: string): { whole: LoadedTable; pieces: LoadedTable } {
  return { whole: loadTable(text, { piecewise: false }), pieces: loadTable(text, { piecewise: true }) };
}

/** `read`: whether the pieces stand for the table, or it is read again whole. */
function assertSame(text: string, read: 'by piece' | 'whole'): LoadedTable {
  assert.equal(loadPiecewise(text) !== undefined, read === 'by piece', `expected the table to be read ${read}`);
  const { whole, pieces } = bothWays(text);
  assert.deepEqual(pieces, whole);
  return pieces;
}

describe('reading a fact table piece by piece', () => {
  describe('splitFactPieces', () => {
    it('cuts the plain layout at each fact id, keeping comments and blank lines with the fact before them', () => {
      const text = 'version: 1\nsources:\n  a: { title: A }\nfacts:\n  one:\n    label: One\n\n  # about two\n  two:\n    label: Two\n';
      const pieces = splitFactPieces(text);
      assert.ok(pieces);
      assert.equal(text.slice(pieces.head.start, pieces.head.end), 'version: 1\nsources:\n  a: { title: A }\nfacts:\n');
      assert.deepEqual(
        pieces.facts.map((p) => text.slice(p.start, p.end)),
        ['  one:\n    label: One\n\n  # about two\n', '  two:\n    label: Two\n'],
      );
    });

    const whole: Array<[string, string]> = [
      ['a key after the facts', 'version: 1\nfacts:\n  one:\n    label: One\nsources: {}\n'],
      ['facts in flow style', 'version: 1\nfacts: { one: { label: One } }\n'],
      ['facts as a list', 'version: 1\nfacts:\n  - label: One\n'],
      ['a tab in the indentation', 'version: 1\nfacts:\n  one:\n\tlabel: One\n'],
      ['a second document', 'version: 1\nfacts:\n  one:\n    label: One\n---\nversion: 1\n'],
      ['an anchor on a fact', 'version: 1\nfacts:\n  &x one:\n    label: One\n'],
      ['a line less indented than the fact ids', 'version: 1\nfacts:\n    one:\n      label: One\n  two:\n    label: Two\n'],
      ['no facts key', 'version: 1\nsources: {}\n'],
      ['an empty facts key', 'version: 1\nfacts:\n'],
    ];
    for (const [what, text] of whole) {
      it(`leaves a table whole when it has ${what}`, () => assert.equal(splitFactPieces(text), undefined));
    }
  });

  describe('loadTable gives the same result either way', () => {
    it('for a valid table of many facts', () => {
      const loaded = assertSame(repeated(40), 'by piece');
      assert.equal(loaded.problems.length, 0);
      assert.equal(loaded.table?.facts.length, 40 * (loadTable(HARBOR).table?.facts.length ?? 0));
    });

    it('for problems in several facts, with their lines and columns in the whole file', () => {
      const text = repeated(3)
        .replace('  blockade-ships-1:\n    label: Warships enforcing the blockade\n', '  blockade-ships-1:\n    lable: Warships enforcing the blockade\n')
        .replace(/(\n {2}blockade-sailors-2:\n(?: {4}.*\n)*? {4}kind:) number/, '$1 amount')
        .replace('{ source: ledger, value: 40,', '{ source: ledgr, value: 40,')
        .replace('  seized-cargo-2:', '  blockade-ships-0:');
      const loaded = assertSame(text, 'by piece');
      const messages = loaded.problems.map((p) => `${p.range.start.line}:${p.range.start.column} ${p.message}`);
      assert.ok(
        messages.some((m) => /unknown key 'lable'.*did you mean 'label'/.test(m)),
        messages.join('\n'),
      );
      assert.ok(
        messages.some((m) => /unknown kind 'amount'/.test(m)),
        messages.join('\n'),
      );
      assert.ok(
        messages.some((m) => /unknown source 'ledgr': did you mean 'ledger'/.test(m)),
        messages.join('\n'),
      );
      const duplicate = loaded.problems.find((p) => p.message.startsWith("duplicate fact id 'blockade-ships-0'"));
      assert.ok(duplicate, messages.join('\n'));
      const line = text.slice(0, duplicate.range.offset.start).split('\n').length;
      assert.equal(duplicate.range.start.line, line);
      assert.match(duplicate.message, new RegExp(`first at line ${text.split('\n').indexOf('  blockade-ships-0:') + 1}\\)`));
    });

    it('for a syntax error inside one fact, reported as the whole document reports it', () => {
      const text = repeated(3).replace('label: Cargo ships turned back', 'label: "Cargo ships turned back');
      const loaded = assertSame(text, 'whole');
      assert.equal(loaded.table, null);
      assert.ok(loaded.problems.some((p) => p.severity === 'error'));
    });

    it('for an alias that names an anchor in an earlier fact', () => {
      const text = repeated(2)
        .replace('cues: [warships, ships, vessels, fleet]', 'cues: &ship-cues [warships, ships, vessels, fleet]')
        .replace(/(\n {2}blockade-ships-1:\n(?: {4}.*\n)*? {4}cues:) \[warships, ships, vessels, fleet\]/, '$1 *ship-cues');
      const loaded = assertSame(text, 'whole');
      assert.equal(loaded.problems.length, 0);
      assert.deepEqual(loaded.table?.facts.find((f) => f.id === 'blockade-ships-1')?.cues, ['warships', 'ships', 'vessels', 'fleet']);
    });

    it('for CRLF line endings', () => {
      const loaded = assertSame(repeated(3).replace(/\n/g, '\r\n'), 'by piece');
      assert.equal(loaded.problems.length, 0);
    });

    it('for a table that is not the plain layout', () => {
      assertSame(repeated(2) + 'notes: kept at the end\n', 'whole');
    });
  });

  it('reads a large table piece by piece unless told otherwise', () => {
    const text = repeated(400);
    assert.ok(text.length > 256 * 1024, 'the table is large enough to be read piece by piece by default');
    assert.deepEqual(loadTable(text), loadTable(text, { piecewise: false }));
  });
});
