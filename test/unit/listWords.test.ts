import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented drought: the losses of three crops, given as a list.
const TABLE = `version: 1
sources:
  courier: { title: Drought costs farmers, published: 2033-08-01 }
facts:
  rice-loss:
    label: Losses of the rice crop
    kind: money
    currency: USD
    cues: [rice]
    value: 9000000
    claims:
      - { source: courier, value: 9000000, quote: "rice losses of $9 million" }
  barley-loss:
    label: Losses of the barley crop
    kind: money
    currency: USD
    cues: [barley]
    value: 4000000
    claims:
      - { source: courier, value: 4000000, quote: "barley lost $4 million" }
  oats-loss:
    label: Losses of the oats crop
    kind: money
    currency: USD
    cues: [oats]
    value: 2000000
    claims:
      - { source: courier, value: 2000000, quote: "oats, $2 million" }
`;

const table = preparedTable(TABLE);

function found(body: string): string[] {
  return verdictLines(table, '2033-08-02', body);
}

describe('the words of figures in a list', () => {
  it('gives a word after a comma to the figure that follows it, not the one before', () => {
    assert.deepEqual(found('Rice accounts for $9 million, barley for $5 million and oats for $2 million.'), [
      '$9 million -> rice-loss agrees',
      '$5 million -> barley-loss disagrees',
      '$2 million -> oats-loss agrees',
    ]);
  });
});
