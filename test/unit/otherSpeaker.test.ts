import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a finance minister presents a budget; others talk about other things that week.
const TABLE = `version: 1
sources:
  ledger: { title: Vask presents her first budget, published: 2033-03-10 }
facts:
  budget-date:
    label: Date Finance Minister Lena Vask presented the budget
    kind: date
    cues: [budget, presented, announced, revealed, unveiled]
    value: 2033-03-08
    claims:
      - { source: ledger, value: 2033-03-08, quote: "Finance Minister Lena Vask presented the budget on Tuesday" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2033-03-10', body);

describe('dates of saying by someone the fact does not name', () => {
  it('does not date the budget by what a senator revealed', () => {
    assert.deepEqual(found('A senior opposition senator revealed on Thursday that talks on the budget had stalled.'), []);
  });

  it('does not date the budget by what a named person announced, the date first', () => {
    assert.deepEqual(found('Tempers rose on Thursday, when Mayor Ardo announced a budget of its own.'), []);
  });

  it('still dates the budget by what its own speaker announced', () => {
    assert.deepEqual(found('Vask announced on Thursday the budget that raises fuel duty.'), ['Thursday -> budget-date disagrees']);
  });

  it('still dates the budget where a pronoun speaks', () => {
    assert.deepEqual(found('She revealed on Thursday the budget that raises fuel duty.'), ['Thursday -> budget-date disagrees']);
  });
});
