import assert from 'node:assert/strict';
import { paragraphs, sentences } from '../../src/engine/text/sentences';
import { LineIndex } from '../../src/engine/text/lines';

const texts = (s: string) => sentences(s).map((sp) => s.slice(sp.start, sp.end));

describe('sentences', () => {
  it('splits on full stops but not after abbreviations, initials or decimals', () => {
    assert.deepEqual(texts('The U.S. Navy sent the USS Gerald R. Ford on Nov. 4. It carried 4.5 tons. Dr. Li agreed!'), [
      'The U.S. Navy sent the USS Gerald R. Ford on Nov. 4.',
      'It carried 4.5 tons.',
      'Dr. Li agreed!',
    ]);
  });

  it('keeps headings and list items apart from the prose around them', () => {
    const text = '# Heading 1\nFirst line\ncontinues here.\n\n- item 2\n- item 3\n';
    assert.deepEqual(
      paragraphs(text).map((p) => text.slice(p.start, p.end)),
      ['# Heading 1', 'First line\ncontinues here.', '- item 2', '- item 3'],
    );
  });

  it('handles quotes after a full stop', () => {
    assert.deepEqual(texts('He said "it is closed." Then he left.'), ['He said "it is closed."', 'Then he left.']);
  });

  it('ends a sentence after a figure with a glued unit letter', () => {
    assert.deepEqual(texts('The payout rose to 7.5p. Shares fell.'), ['The payout rose to 7.5p.', 'Shares fell.']);
  });

  it('ends a run-in label closed by emphasis after its full stop', () => {
    assert.deepEqual(texts('3. **Roads and bridges.** Nine bridges were closed and 40 roads are shut.'), [
      '3.',
      '**Roads and bridges.**',
      'Nine bridges were closed and 40 roads are shut.',
    ]);
    assert.deepEqual(texts('__Schools.__ Most reopened. *The cost.* About 12 rooms need repairs.'), [
      '__Schools.__',
      'Most reopened.',
      '*The cost.*',
      'About 12 rooms need repairs.',
    ]);
  });

  it('keeps a label that is only a date with the line it dates', () => {
    assert.deepEqual(texts('- **March 14.** The council votes, and the mayor resigns.'), ['- **March 14.** The council votes, and the mayor resigns.']);
    assert.deepEqual(texts('*Tuesday, 4 June 2024.* The port closes. It reopens later.'), ['*Tuesday, 4 June 2024.* The port closes.', 'It reopens later.']);
  });

  it('keeps an initial inside a name', () => {
    assert.deepEqual(texts('The USS Harold J. Brant sailed. It docked.'), ['The USS Harold J. Brant sailed.', 'It docked.']);
  });
});

describe('LineIndex', () => {
  it('counts lines and UTF-16 characters as VS Code does, CRLF included', () => {
    const text = 'ab\r\n😀 x\nlast';
    const index = new LineIndex(text);
    assert.deepEqual(index.position(0), { line: 0, character: 0 });
    assert.deepEqual(index.position(text.indexOf('x')), { line: 1, character: 3 });
    assert.deepEqual(index.position(text.indexOf('last') + 2), { line: 2, character: 2 });
  });
});
