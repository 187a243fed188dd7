import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a quarry company fined for blasting too close to homes.
const TABLE = `version: 1
sources:
  post: { title: Quarry fined over blasts, published: 2031-04-20 }
facts:
  fine:
    label: Fine imposed on Fellside Quarries
    kind: money
    currency: GBP
    cues: [fine, fined, penalty]
    value: 310000
    claims:
      - { source: post, value: 310000, quote: "Fellside Quarries was fined £310,000" }
  costs:
    label: Costs Fellside Quarries was ordered to pay
    kind: money
    currency: GBP
    cues: [costs, plus costs, legal costs]
    value: 42000
    claims:
      - { source: post, value: 42000, quote: "ordered to pay £42,000 in costs" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2031-04-20', body);

describe('words that name what a figure leaves out', () => {
  it('after "plus" or "excluding" say nothing of what the figure is', () => {
    assert.deepEqual(lines('- A fine of £310,000 plus costs'), ['£310,000 -> fine agrees']);
    assert.deepEqual(lines('Fellside will hand over £310,000, excluding costs.'), []);
    assert.deepEqual(lines('The quarry owes £310,000 on top of costs.'), []);
  });

  it('still count where they name the figure itself', () => {
    assert.deepEqual(lines('The company must also pay £30,000 in costs.'), ['£30,000 -> costs disagrees']);
  });
});
