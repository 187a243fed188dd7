import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented town budget: its date, the taxes it raises, a payroll levy's rise, and parks money by the day.
const TABLE = `version: 1
sources:
  gazette: { title: Town budget raises levy, published: 2031-03-05 }
facts:
  budget-date:
    label: Date the town delivered its budget
    kind: date
    cues: [budget, delivered]
    value: 2031-03-04
    claims:
      - { source: gazette, value: 2031-03-04, quote: "the budget delivered on 4 March" }
  taxes-raised:
    label: Money the budget raises in taxes
    kind: money
    currency: USD
    cues: [raised in taxes, tax rises]
    value: 40000000
    claims:
      - { source: gazette, value: 40000000, quote: "it raises $40 million in taxes" }
  parks-daily:
    label: Extra money for the day-to-day budget of the parks
    kind: money
    currency: USD
    cues: [day-to-day, parks]
    value: 3000000
    claims:
      - { source: gazette, value: 3000000, quote: "$3 million more for the parks, day-to-day" }
  levy-rise:
    label: Rise in the payroll levy
    kind: percent
    unit: percentage points
    cues: [payroll levy, percentage points, rise]
    value: 1.2
    claims:
      - { source: gazette, value: 1.2, quote: "a rise of 1.2 percentage points in the payroll levy" }
  levy-new:
    label: Payroll levy rate after the rise
    kind: percent
    cues: [payroll levy, new rate, to]
    value: 14
    claims:
      - { source: gazette, value: 14, quote: "the payroll levy goes to 14%" }
  levy-start:
    label: When the payroll levy rise takes effect
    kind: date
    cues: [payroll levy, takes effect, from April]
    value: 2031-04
    claims:
      - { source: gazette, value: 2031-04, quote: "the levy rise takes effect from April" }
`;

const table = preparedTable(TABLE);

function found(body: string): string[] {
  return verdictLines(table, '2031-03-06', body);
}

describe("where a claim names another fact's subject", () => {
  it('does not read a cue into its words scattered through the sentence', () => {
    // "raised ... taxes" with a figure between them is no "raised in taxes".
    assert.deepEqual(found('The budget on 3 March raised $40 million in taxes.'), ['3 March -> budget-date disagrees', '$40 million -> taxes-raised agrees']);
  });

  it('still rules out a date whose words write out the other subject', () => {
    assert.deepEqual(found('Tax rises from the budget start on 3 March.'), []);
  });

  it('takes a cue that repeats one word ("day-to-day") for that word, not a phrase', () => {
    assert.deepEqual(found('Day after day since the budget of 3 March, the mayor has defended it.'), ['3 March -> budget-date disagrees']);
    assert.deepEqual(found('Two days on, shops are still counting the cost of the budget of 3 March.'), ['3 March -> budget-date disagrees']);
  });

  it("does not take a neighbouring figure's unit for another fact's subject", () => {
    assert.deepEqual(found('The payroll levy rises by 1.2 percentage points to 15%.'), [
      '1.2 percentage points -> levy-rise agrees',
      '15% -> levy-new disagrees',
    ]);
    assert.deepEqual(found('The payroll levy rises by 1.2 percentage points from April.'), [
      '1.2 percentage points -> levy-rise agrees',
      'April -> levy-start agrees',
    ]);
  });
});
