import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a state government in Australia funds a new rail line; its sources write the dollar as "$".
const TABLE = `version: 1
sources:
  age: { title: State commits to western rail line, published: 2031-08-19 }
facts:
  cost:
    label: Cost of the western rail line
    kind: money
    currency: AUD
    cues: [rail line, cost, price tag]
    value: 2400000000
    claims:
      - { source: age, value: 2400000000, quote: "the western rail line will cost $2.4 billion" }
  grant:
    label: Federal grant towards the line
    kind: money
    currency: AUD
    cues: [federal grant, grant]
    value: 600000000
    claims:
      - { source: age, value: 600000000, quote: "a federal grant of A$600 million" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2031-08-19', body);

describe("a sum in the sign the fact's own sources write it with", () => {
  it("is in the fact's currency, so only its figure is judged", () => {
    assert.deepEqual(lines('The western rail line will cost $2.4 billion.'), ['$2.4 billion -> cost agrees']);
    assert.deepEqual(lines('The western rail line will cost $2.9 billion.'), ['$2.9 billion -> cost disagrees']);
  });

  it('is another currency where the sources write the fact otherwise', () => {
    assert.deepEqual(lines('A federal grant of $600 million will help.'), ['$600 million -> grant disagrees']);
    assert.deepEqual(lines('The western rail line will cost £2.4 billion.'), ['£2.4 billion -> cost disagrees']);
  });
});
