import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a navy sends its biggest flotilla in decades to a strait.
const TABLE = `version: 1
sources:
  courier: { title: Navy sends flotilla to the strait, published: 2031-05-12 }
facts:
  flotilla-record-years:
    label: Years since the navy last sent a flotilla this large
    kind: number
    unit: years
    cues: [flotilla, this large, largest]
    value: 30
    claims:
      - { source: courier, value: 30, quote: "the largest flotilla in 30 years" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2031-05-12', body);

describe('words that name no subject', () => {
  it('does not read "largely" as naming a fact about something "large"', () => {
    assert.deepEqual(found('Fishing catches in the strait have stayed largely unchanged for five years.'), []);
  });

  it('does not read "last" as naming a fact whose label says when something last happened', () => {
    assert.deepEqual(found('The harbour board has not met for 14 years; the last meeting was in 2017.'), []);
  });

  it('still matches the fact where its own words are used', () => {
    assert.deepEqual(found('It is the largest flotilla in 20 years.'), ['20 -> flotilla-record-years disagrees']);
  });
});
