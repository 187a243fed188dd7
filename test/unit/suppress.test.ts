import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, loadTable, prepareTable, type Finding } from '../../src/engine';
import { ignoreComment, unsuppressed } from '../../src/host/suppress';
import { FIXTURES } from './support/cli';

const table = loadTable(readFileSync(join(FIXTURES, 'harbor.facts.yaml'), 'utf8')).table;
const PARAGRAPH = 'The navy sent 14 warships and set up a $25mn fund, and trade fell 40%.';
const DATED = (body: string) => `---\ndate: 2026-03-05\n---\n${body}\n`;

function facts(text: string): string[] {
  assert.ok(table);
  return unsuppressed(text, check(text, prepareTable(table)).findings).map((f) => f.factId);
}

describe('ignore comments that name a claim', () => {
  it('hide the named fact on the next line and nothing else of the paragraph', () => {
    assert.deepEqual(facts(DATED(PARAGRAPH)), ['blockade-ships', 'relief-fund', 'trade-drop']);
    assert.deepEqual(facts(DATED(`<!-- crosscheck-ignore-next-line relief-fund -->\n\n${PARAGRAPH}`)), ['blockade-ships', 'trade-drop']);
  });

  it('hide a claim named by its text', () => {
    assert.deepEqual(facts(DATED(`<!-- crosscheck-ignore-next-line "14 warships" -->\n${PARAGRAPH}`)), ['relief-fund', 'trade-drop']);
  });

  it('hide the named claims in a region until crosscheck-enable', () => {
    const text = DATED(`<!-- crosscheck-disable trade-drop -->\n${PARAGRAPH}\n<!-- crosscheck-enable -->\n\nLater, trade fell 40%.`);
    assert.deepEqual(facts(text), ['blockade-ships', 'relief-fund', 'trade-drop']);
  });

  it('do not reach past the next line', () => {
    assert.deepEqual(facts(DATED(`<!-- crosscheck-ignore-next-line trade-drop -->\nA quiet line.\n\n${PARAGRAPH}`)), [
      'blockade-ships',
      'relief-fund',
      'trade-drop',
    ]);
  });

  it('are written naming the fact, or the text when the line has two claims on one fact', () => {
    const a = { factId: 'ships', text: '14 warships' } as Finding;
    const b = { factId: 'ships', text: '15 warships' } as Finding;
    const c = { factId: 'fund', text: '$25mn' } as Finding;
    assert.equal(ignoreComment(c, [a, c]), '<!-- crosscheck-ignore-next-line fund -->');
    assert.equal(ignoreComment(a, [a, b, c]), '<!-- crosscheck-ignore-next-line "14 warships" -->');
  });
});
