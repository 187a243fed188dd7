import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a city freezes its bus fares for a year.
const TABLE = `version: 1
sources:
  courier: { title: Bus fares frozen, published: 2031-02-10 }
facts:
  fare-freeze:
    label: Years bus fares are frozen
    kind: number
    unit: years
    cues: [fares, frozen, freeze, not increase]
    value: 1
    claims:
      - { source: courier, value: 1, quote: "fares will not increase for one more year" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2031-02-10', body);

describe('a negated cue', () => {
  it('is not named by its word without the negation', () => {
    assert.deepEqual(found('It was the biggest increase in more than 20 years.'), []);
  });

  it('still finds the fact where the sentence says what it names', () => {
    assert.deepEqual(found('Bus fares will not increase for another three years.'), ['three -> fare-freeze disagrees']);
  });
});
