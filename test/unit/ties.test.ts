import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: an island council sets two rates of its harbour duty and two grants for its ferries.
const TABLE = `version: 1
sources:
  gazette: { title: Island council sets harbour duty, published: 2031-05-02 }
facts:
  duty-lower:
    label: Lower rate of harbour duty
    kind: percent
    cues: [harbour duty, lower rate]
    value: 4.5
    claims:
      - { source: gazette, value: 4.5, quote: "a lower rate of 4.5% on small craft" }
  duty-higher:
    label: Higher rate of harbour duty
    kind: percent
    cues: [harbour duty, higher rate]
    value: 9.5
    claims:
      - { source: gazette, value: 9.5, quote: "a higher rate of 9.5% on large vessels" }
  ferry-grant-repairs:
    label: Extra money for ferry repairs
    kind: money
    currency: GBP
    cues: [ferries, extra]
    value: 14000000
    claims:
      - { source: gazette, value: 14000000, quote: "£14m of it for repairs" }
  ferry-grant-total:
    label: Extra money for the ferries, in all
    kind: money
    currency: GBP
    cues: [ferries, extra]
    value: 36000000
    claims:
      - { source: gazette, value: 36000000, quote: "an extra £36m for the ferries in all" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2031-05-02', body);

describe('facts that tie on a claim', () => {
  it('leaves a claim unmatched when two facts fit its words equally and neither holds its figure', () => {
    assert.deepEqual(found('Yacht owners will pay duty at 7% from June.'), []);
  });

  it('gives a tied claim to the fact that holds its figure, wherever that fact stands in the table', () => {
    assert.deepEqual(found('Yacht owners will pay duty at 9.5% from June.'), ['9.5% -> duty-higher agrees']);
  });

  it('gives a tied claim to the fact whose figure it writes with the point slipped, and judges it', () => {
    assert.deepEqual(found('The council has promised the ferries an extra £3.6m.'), ['£3.6m -> ferry-grant-total disagrees']);
  });

  it("settles a tie when the sentence's other figure takes all but one of the tied facts", () => {
    assert.deepEqual(found('Harbour duty will be charged at 7% and 9.5% from June.'), ['7% -> duty-lower disagrees', '9.5% -> duty-higher agrees']);
  });

  it("leaves both figures of a pair unmatched when neither holds a tied fact's figure", () => {
    assert.deepEqual(found('Harbour duty will be charged at 7% and 8% from June.'), []);
  });
});
