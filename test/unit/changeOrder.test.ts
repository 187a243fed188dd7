import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a city's jobless rate and its bus fares.
const TABLE = `version: 1
sources:
  herald: { title: Veldmark jobless rate at ten-year high, published: 2033-04-04 }
facts:
  jobless-now:
    label: Veldmark jobless rate in March
    kind: percent
    cues: [jobless rate, unemployment]
    value: 6.1
    claims:
      - { source: herald, value: 6.1, quote: "the jobless rate reached 6.1% in March" }
  jobless-before:
    label: Veldmark jobless rate before the rise
    kind: percent
    cues: [jobless rate, unemployment]
    value: 5.4
    claims:
      - { source: herald, value: 5.4, quote: "up from 5.4% a year before" }
  growth-now:
    label: Veldmark economic growth in the year to March
    kind: percent
    cues: [growth, economy, a year earlier]
    value: 1.2
    claims:
      - { source: herald, value: 1.2, quote: "the economy grew 1.2%" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2033-04-04', body);

describe('a change written new value first', () => {
  it('gives the old value after "from" the words of its change, however far they stand', () => {
    assert.deepEqual(found('The jobless rate in Veldmark climbed to 6.1% in March, the highest on record, from 5.4% last spring.'), [
      '6.1% -> jobless-now agrees',
      '5.4% -> jobless-before agrees',
    ]);
  });

  it('finds two values of a change swapped', () => {
    assert.deepEqual(found('The jobless rate in Veldmark climbed to 5.4% in March, the highest on record, from 6.1% last spring.'), [
      '5.4% -> jobless-now disagrees',
      '6.1% -> jobless-before disagrees',
    ]);
  });
});
