import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a river bursts its banks and towns open shelters.
const TABLE = `version: 1
sources:
  gazette: { title: Thousands flee as the Arle floods, published: 2032-10-03 }
facts:
  shelters-open:
    label: Shelters opened along the Arle
    kind: number
    unit: shelters
    cues: [shelters, opened]
    value: 120
    claims:
      - { source: gazette, value: 120, quote: "120 shelters opened along the river" }
  people-in-shelters:
    label: People staying in shelters
    kind: number
    unit: people
    cues: [in shelters, staying, sheltering]
    value: 9000
    claims:
      - { source: gazette, value: 9000, quote: "9,000 people were staying in shelters" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2032-10-03', body);

describe('figures counted by "whom"', () => {
  it('reads a figure after "of whom" as a count of people, not of the place they are in', () => {
    assert.deepEqual(found('Some 30,000 fled their homes, of whom about 9,500 were in shelters.'), ['about 9,500 -> people-in-shelters disagrees']);
  });

  it('reads a figure before "of whom" the same way', () => {
    assert.deepEqual(found('Shelters took in 9,500, most of whom were children.'), ['9,500 -> people-in-shelters disagrees']);
  });
});
