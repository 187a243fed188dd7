import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a hailstorm's cost to the farms of a valley.
const TABLE = `version: 1
sources:
  herald: { title: Hail costs valley farms dear, published: 2031-07-04 }
facts:
  farm-damage:
    label: Damage to farms in the valley
    kind: money
    currency: USD
    cues: [damage, farms, losses, crops]
    value: 14000000000
    claims:
      - { source: herald, value: 14000000000, quote: "damage to farms reached $14 billion" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2031-07-04', body);

describe('a figure of another size', () => {
  it('counts something else when it is hundreds of times off every source value', () => {
    assert.deepEqual(found('Losses of farm machinery were put at $5.5 million.'), []);
  });

  it('is still a slip when a scale word or a digit explains it', () => {
    assert.deepEqual(found('Damage to farms reached $14 million.'), ['$14 million -> farm-damage disagrees']);
    assert.deepEqual(found('Damage to farms reached $1.4 billion.'), ['$1.4 billion -> farm-damage disagrees']);
  });
});
