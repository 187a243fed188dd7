import assert from 'node:assert/strict';
import { maskDocument } from '../../src/engine/text/mask';

/** The visible words of a masked document, for readable assertions. */
const words = (s: string) => maskDocument(s).split(/\s+/).filter(Boolean);

describe('maskDocument', () => {
  it('keeps length and line breaks so offsets stay document offsets', () => {
    const text = '---\ndate: 2025-11-30\n---\nSome `42` text\r\nwith 😀 and https://x.example/7 here.\n';
    const masked = maskDocument(text);
    assert.equal(masked.length, text.length);
    assert.deepEqual(
      [...masked.matchAll(/\n/g)].map((m) => m.index),
      [...text.matchAll(/\n/g)].map((m) => m.index),
    );
  });

  it('masks front matter, fenced and inline code', () => {
    const text = '---\ntitle: 83 days\n---\nBefore 11.\n```\ncount = 15000\n```\nAfter `99` end 12.\n';
    assert.deepEqual(words(text), ['Before', '11.', 'After', 'end', '12.']);
  });

  it('treats an unclosed fence as running to the end', () => {
    assert.deepEqual(words('Keep 1.\n~~~\nhidden 2\n'), ['Keep', '1.']);
  });

  it('masks URLs, link targets, e-mail addresses and HTML tags', () => {
    const text = 'See https://news.example.com/2025/11/29/story and [the report](http://a.example/83) or mail desk2@paper.example <b>now</b>.';
    const masked = maskDocument(text);
    assert.ok(!/2025|83|desk2|<b>/.test(masked), masked);
    assert.ok(masked.includes('the report'));
    assert.ok(masked.includes('now'));
  });

  it('masks the figures of a headline line that ends on its yearless date, and keeps a sentence that does', () => {
    const text =
      'MORE NEWS\nCouncil backs $12 million library plan (Feb. 3)\nU.S. grant of $2 million for the docks (4 March)\nThe council met again. It backed the plan (Feb. 3)\n';
    // The masked figures leave their signs and points: '$', the point of 'Feb.'.
    assert.deepEqual(words(text), [
      'MORE',
      'NEWS',
      'Council',
      'backs',
      '$',
      'million',
      'library',
      'plan',
      '(',
      '.',
      ')',
      'U.S.',
      'grant',
      'of',
      '$',
      'million',
      'for',
      'the',
      'docks',
      '(',
      ')',
      'The',
      'council',
      'met',
      'again.',
      'It',
      'backed',
      'the',
      'plan',
      '(Feb.',
      '3)',
    ]);
  });

  it("masks the dates and figures of a list of links to other stories, and keeps a list item's own", () => {
    const text = 'Related\n- Ferry fares rise by 8% (4 March 2030)\n- Port strike ends after 12 days (March 9, 2030)\n- Fares rose 8% in 2030.\n';
    assert.deepEqual(words(text), [
      'Related',
      '-',
      'Ferry',
      'fares',
      'rise',
      'by',
      '%',
      '(',
      ')',
      '-',
      'Port',
      'strike',
      'ends',
      'after',
      'days',
      '(',
      ')',
      '-',
      'Fares',
      'rose',
      '8%',
      'in',
      '2030.',
    ]);
  });

  it('masks the line after an ignore comment, skipping blank lines, and nothing else', () => {
    const text = 'One 1.\n<!-- crosscheck-ignore-next-line -->\n\nTwo 2.\nThree 3.\n';
    assert.deepEqual(words(text), ['One', '1.', 'Three', '3.']);
  });

  it('masks between disable and enable comments; an unmatched disable runs to the end', () => {
    assert.deepEqual(words('A 1.\n<!-- crosscheck-disable -->\nB 2.\n<!-- crosscheck-enable -->\nC 3.'), ['A', '1.', 'C', '3.']);
    assert.deepEqual(words('A 1.\n<!--crosscheck-disable-->\nB 2.\nC 3.'), ['A', '1.']);
  });
});
