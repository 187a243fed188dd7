import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a town council votes on a harbour plan ahead of a local election.
const TABLE = `version: 1
sources:
  gazette: { title: Council backs the harbour plan, published: 2031-03-05 }
facts:
  plan-vote:
    label: Day the council voted on the harbour plan
    kind: date
    cues: [vote, voted, harbour plan]
    value: 2031-03-04
    claims:
      - { source: gazette, value: 2031-03-04, quote: "the council voted on the harbour plan on Tuesday" }
  election-day:
    label: Day of the local election
    kind: date
    cues: [election, polls]
    value: 2031-03-20
    claims:
      - { source: gazette, value: 2031-03-20, quote: "the election on March 20" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2031-03-06', body);

describe('dates of what is still to come', () => {
  it('does not take a date counted forward from the draft for an event its sources date already past', () => {
    assert.deepEqual(found('Councillors will vote again on the harbour plan next week.'), []);
  });

  it('still judges a past event dated by a relative date', () => {
    assert.deepEqual(found('Councillors voted on the harbour plan on Monday.'), ['Monday -> plan-vote disagrees']);
  });

  it('still judges a forward date against an event still to come', () => {
    assert.deepEqual(found('The election will be held next week.'), ['next week -> election-day disagrees']);
  });
});
