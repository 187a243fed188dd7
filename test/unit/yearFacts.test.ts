import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a town freezes its water levy until a year the council names, no month given.
const TABLE = `version: 1
sources:
  herald: { title: Town freezes water levy, published: 2031-02-10 }
facts:
  levy-freeze-end:
    label: Year the water levy freeze ends
    kind: date
    cues: [levy freeze, freeze, until]
    value: 2034
    claims:
      - { source: herald, value: 2034, quote: "the water levy freeze will last until 2034" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2031-02-10', body);

describe('a fact known only to its year', () => {
  it('is not judged against a month whose year the text leaves to the reader', () => {
    assert.deepEqual(found('The freeze ends in March.'), []);
  });

  it('is still judged against a year the text writes', () => {
    assert.deepEqual(found('The freeze ends in 2034.'), ['2034 -> levy-freeze-end agrees']);
  });

  it('is judged against a year alone that slips its digits, but not against a year next to it or far from it', () => {
    assert.deepEqual(found('The freeze ends in 2043.'), ['2043 -> levy-freeze-end disagrees']);
    assert.deepEqual(found('The freeze ends in 2024.'), ['2024 -> levy-freeze-end disagrees']);
    // The year next to it is as often another deadline ("until 2035"), and a year far off another event.
    assert.deepEqual(found('The freeze ends in 2035.'), []);
    assert.deepEqual(found('The freeze ends in 1990.'), []);
  });

  it('reads a year after a comma as its own clause, not a state that "remains"', () => {
    assert.deepEqual(found('The levy remains frozen, the freeze ending in 2043.'), ['2043 -> levy-freeze-end disagrees']);
  });
});
