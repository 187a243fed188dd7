import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a hailstorm flattens a valley's farms.
const TABLE = `version: 1
sources:
  herald: { title: Hail wrecks the Tarn valley harvest, published: 2030-08-20 }
facts:
  wheat-losses:
    label: Wheat losses from the hailstorm
    kind: money
    currency: USD
    cues: [wheat]
    value: 3000000
    claims:
      - { source: herald, value: 3000000, quote: "wheat losses of $3 million" }
  barley-losses:
    label: Barley losses from the hailstorm
    kind: money
    currency: USD
    cues: [barley]
    value: 4000000
    claims:
      - { source: herald, value: 4000000, quote: "barley losses of $4 million" }
  orchard-losses:
    label: Losses in the valley's fruit orchards
    kind: money
    currency: USD
    cues: [orchards, fruit orchards, fruit trees]
    value: 9000000
    claims:
      - { source: herald, value: 9000000, quote: "orchards lost $9 million" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2030-08-20', body);

describe('semicolons', () => {
  it('keeps the words after a semicolon from the figure before it', () => {
    assert.deepEqual(found('Wheat accounts for $3 million of the losses and barley for $5 million; fruit orchards make up most of the rest.'), [
      '$3 million -> wheat-losses agrees',
      '$5 million -> barley-losses disagrees',
    ]);
  });

  it('keeps the words before a semicolon from the figure after it', () => {
    // "barley farms" alone is too little to name the barley fact; the orchards must not take the figure either.
    assert.deepEqual(found('Fruit orchards were spared the worst of the losses; on barley farms they came to $5 million.'), []);
  });
});
