import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: nurses vote on a pay offer.
const TABLE = `version: 1
sources:
  chronicle: { title: Nurses accept pay offer, published: 2031-10-02 }
facts:
  backed:
    label: Share of voting nurses who backed the offer
    kind: percent
    cues: [backed, in favour, accepted]
    value: 64
    claims:
      - { source: chronicle, value: 64, quote: "64% backed the offer" }
  turnout:
    label: Turnout in the nurses' ballot
    kind: percent
    cues: [turnout, took part, voted]
    value: 48
    claims:
      - { source: chronicle, value: 48, quote: "a turnout of 48%" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2031-10-02', body);

describe('relative clauses', () => {
  it("reads a restrictive 'who' clause as part of the noun, so the verb after it is the figure's", () => {
    assert.deepEqual(lines('The 61% who work nights backed the offer.'), ['61% -> backed disagrees']);
  });

  it('reads a figure of "the last election" as another event', () => {
    assert.deepEqual(lines('That is far below the 55% who voted at the last full election.'), []);
    assert.deepEqual(lines('That is far below the 55% who voted this time.'), ['55% -> turnout disagrees']);
  });
});
