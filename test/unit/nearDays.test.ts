import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a swimmer breaks a long-standing channel record; the old record was set years before.
const TABLE = `version: 1
sources:
  wire: { title: Channel record falls, published: 2033-06-14 }
facts:
  swim-date:
    label: Day Ines Barrow swam the channel record
    kind: date
    cues: [swam, crossing, record]
    value: 2033-06-12
    claims:
      - { source: wire, value: 2033-06-12, quote: "Ines Barrow swam the channel on Sunday in a record time" }
  old-record-date:
    label: Day the previous channel record was set
    kind: date
    cues: [previous record, old record, record, set]
    value: 2029-08-30
    claims:
      - { source: wire, value: 2029-08-30, quote: "the old record, set on 30 August 2029" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2033-06-14', body);

describe('a day named near the story', () => {
  it("is no date of a fact every source dates months away, however its words fit that fact's", () => {
    // Saturday is 2033-06-11: the old record of 2029 is not what it dates.
    assert.deepEqual(lines('Bookmakers were still offering odds on the old record falling on Saturday.'), []);
  });

  it('is still judged against a fact of its own week, and a date written out against any', () => {
    assert.deepEqual(lines('Barrow swam the record crossing on Sunday.'), ['Sunday -> swim-date agrees']);
    assert.deepEqual(lines('The old record was set on 30 September 2029.'), ['30 September 2029 -> old-record-date disagrees']);
  });
});
