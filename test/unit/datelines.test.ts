import assert from 'node:assert/strict';
import { captionFigureSpans, captionLines } from '../../src/engine/text/captions';
import { datelineSpans } from '../../src/engine/text/datelines';

const masked = (text: string) => datelineSpans(text).map((s) => text.slice(s.start, s.end).trim());

describe('datelines (the page dates itself; not a claim)', () => {
  it('finds a "date" prefix opening a line, and what follows it stays prose', () => {
    const text = ' date 2021-03-02 Floods cut the main road on Monday.';
    assert.deepEqual(masked(text), ['date 2021-03-02']);
  });

  it('finds a date alone on a line, with the words and times pages print around it', () => {
    assert.deepEqual(masked('Headline\n/ 09:15 AM March 4, 2021\nBody text.'), ['/ 09:15 AM March 4, 2021']);
    assert.deepEqual(masked('Published Thursday, 4 March 2021 at 10:02\n'), ['Published Thursday, 4 March 2021 at 10:02']);
    assert.deepEqual(masked('Updated: 2021-03-04\n'), ['Updated: 2021-03-04']);
  });

  it('finds a line of several dates a bar or dot divides', () => {
    const line = 'Published 4 March 2021, 07:30 | Updated 5 March 2021, 18:05';
    assert.deepEqual(masked(`Headline\n${line}\nBody text.`), [line]);
    assert.deepEqual(masked('First published March 4, 2021 · Last updated March 6, 2021\n'), ['First published March 4, 2021 · Last updated March 6, 2021']);
    // Prose between two dates is no date line.
    assert.deepEqual(masked('Published 4 March 2021 | the bridge reopened on 5 March 2021\n'), []);
  });

  it('finds the date of a byline', () => {
    assert.deepEqual(masked('By Ana Ruiz and Tom Bell, March 4, 2021\n'), ['March 4, 2021']);
  });

  it('finds a wire dateline before the agency', () => {
    assert.deepEqual(masked('LISBON, March 4 (Reuters) - Two bridges closed on Tuesday.'), ['March 4']);
    assert.deepEqual(masked('Porto, 4 Mar (Lusa) Rain fell.'), ['4 Mar']);
  });

  it('leaves dates inside sentences alone', () => {
    assert.deepEqual(masked('The dam failed on March 4, 2021, officials said.\nBy then, on March 5, 2021, it was clear.'), []);
    assert.deepEqual(masked('Rescuers carried a boy to safety on March 4, 2021.'), []);
  });
});

describe("captions (a page's pictures, not its story)", () => {
  const captions = (text: string) => captionLines(text).map((s) => text.slice(s.start, s.end));

  it('finds a line with a photo credit', () => {
    assert.deepEqual(captions('Body.\nDivers search the harbour on May 2, 2019. (Photo: Ana Lee / Wire)\nMore body.'), [
      'Divers search the harbour on May 2, 2019. (Photo: Ana Lee / Wire)',
    ]);
    assert.deepEqual(captions('*Crews at the dam on Friday. Picture: Valley News*'), ['*Crews at the dam on Friday. Picture: Valley News*']);
  });

  it('masks only what dates or counts in a caption: who is pictured is still named', () => {
    const text = 'Mayor Ines Vale visits the pier on May 2, 2019. (Photo: Wire)';
    assert.deepEqual(
      captionFigureSpans(text).map((s) => text.slice(s.start, s.end)),
      ['May', '2,', '2019.'],
    );
  });

  it('leaves story lines alone, even one that names a photographer', () => {
    assert.deepEqual(captions('The council met on Friday and voted 7-2.\nShort line\nShort line'), []);
  });
});
