import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a storm cuts a valley's power, and the council reviews the response two days later.
const TABLE = `version: 1
sources:
  wire: { title: Storm cuts power to the valley, published: 2031-02-06 }
facts:
  outage-date:
    label: Date the storm cut power across the valley
    kind: date
    cues: [power cut, outage, lost power, storm]
    value: 2031-02-03
    claims:
      - { source: wire, value: 2031-02-03, quote: "the storm cut power on Monday" }
  review-date:
    label: Date the council began its review of the response
    kind: date
    cues: [review, began, council, response]
    value: 2031-02-05
    claims:
      - { source: wire, value: 2031-02-05, quote: "the council began its review on Wednesday" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2031-02-06', body);

describe('a date written as a possessive', () => {
  it('dates the noun it owns more than the words around it', () => {
    assert.deepEqual(lines("The council began its review of Tuesday's power cut."), ['Tuesday -> outage-date disagrees']);
    assert.deepEqual(lines("Councillors began a review into Tuesday's outage on the valley line."), ['Tuesday -> outage-date disagrees']);
  });

  it('leaves a date that owns no noun to the words around it', () => {
    assert.deepEqual(lines('The council began its review on Tuesday after the power cut.'), ['Tuesday -> review-date disagrees']);
  });
});
