import assert from 'node:assert/strict';
import { sentences } from '../../src/engine/text/sentences';

const split = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('ends a sentence after a figure with a glued unit letter', () => {
    assert.deepEqual(split('The payout rose to 7.5p. Shares fell.'), ['The payout rose to 7.5p.', 'Shares fell.']);
  });

  it('keeps an initial inside a name', () => {
    assert.deepEqual(split('The USS Harold J. Brant sailed. It docked.'), ['The USS Harold J. Brant sailed.', 'It docked.']);
  });
});
