import assert from 'node:assert/strict';
import { extractDates } from '../../src/engine/extract/dates';
import { preparedTable, verdictLines } from './support/tables';

const years = (text: string) => extractDates(text, '2033-02-10').map((d) => `${d.text}=${d.date.year}`);

// An invented story: a canal closed for repairs over one summer.
const TABLE = `version: 1
sources:
  wharf: { title: Canal reopens after repairs, published: 2033-02-10 }
facts:
  closed-from:
    label: Day the canal closure began
    kind: date
    cues: [closed, closure, between, from]
    value: 2031-05-04
    claims:
      - { source: wharf, value: 2031-05-04, quote: "closed between 4 May and 30 August 2031" }
  closed-until:
    label: Last day of the canal closure
    kind: date
    cues: [closed, closure, between, until]
    value: 2031-08-30
    claims:
      - { source: wharf, value: 2031-08-30, quote: "closed between 4 May and 30 August 2031" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2033-02-10', body);

describe('the two ends of a range of days', () => {
  it('gives the first end the year written on the second', () => {
    assert.deepEqual(years('The canal was shut between 4 May and 30 August 2031.'), ['4 May=2031', '30 August 2031=2031']);
    assert.deepEqual(years('Works ran from December to March 2031.'), ['December=2030', 'March 2031=2031']);
    // Two days joined by "and" without "between" are two days, each read on its own.
    assert.deepEqual(years('Boats sailed on 4 May and 30 August 2031.'), ['4 May=2032', '30 August 2031=2031']);
  });

  it('matches the first end to the fact of the first day and the second to the last day', () => {
    assert.deepEqual(lines('The canal was closed between 4 May and 30 August 2031.'), ['4 May -> closed-from agrees', '30 August 2031 -> closed-until agrees']);
    assert.deepEqual(lines('The canal was closed between 4 May and 20 August 2031.'), [
      '4 May -> closed-from agrees',
      '20 August 2031 -> closed-until disagrees',
    ]);
    // With both ends wrong, nothing but the range says which end is which.
    assert.deepEqual(lines('Between 6 May and 20 August 2031 the canal was closed.'), [
      '6 May -> closed-from disagrees',
      '20 August 2031 -> closed-until disagrees',
    ]);
  });
});
