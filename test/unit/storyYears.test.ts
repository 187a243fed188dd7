import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a hospital's records were stolen in 2029; the regulator's fine is reported in 2031.
const TABLE = `version: 1
sources:
  post: { title: Hospital fined over stolen records, published: 2031-03-04 }
facts:
  theft-date:
    label: Date the records were stolen from Garth hospital
    kind: date
    cues: [stolen, theft, taken]
    value: 2029-05-14
    claims:
      - { source: post, value: 2029-05-14, quote: "the records were stolen on 14 May 2029" }
  records:
    label: Patient records stolen from Garth hospital
    kind: number
    unit: records
    cues: [records, stolen]
    value: 41000
    claims:
      - { source: post, value: 41000, quote: "41,000 patient records were stolen" }
  earlier-theft:
    label: Date of the previous theft at the hospital
    kind: date
    cues: [previous theft, earlier theft]
    value: 2019-02-02
    claims:
      - { source: post, value: 2019-02-02, quote: "a previous theft on 2 February 2019" }
  new-rules:
    label: Date the new data rules take effect
    kind: date
    cues: [take effect, new rules]
    value: 2032-01-01
    claims:
      - { source: post, value: 2032-01-01, quote: "the new rules take effect on 1 January 2032" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2031-03-04', body);

describe('the years a story happens in', () => {
  it("take in the years of the days the table dates the story's own events to", () => {
    assert.deepEqual(lines('Thieves stole 38,000 records in 2029.'), ['38,000 -> records disagrees']);
  });

  it('leave out the year of an earlier event kept for background, and one still to come', () => {
    assert.deepEqual(lines('Thieves stole 38,000 records in 2019.'), []);
    assert.deepEqual(lines('In 2032, 38,000 records will be moved.'), []);
  });
});
