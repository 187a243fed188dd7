import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a council takes weeks to answer a complaint about a collapsed wall.
const TABLE = `version: 1
sources:
  post: { title: Council slow to answer wall complaint, published: 2031-07-20 }
facts:
  complaint-date:
    label: Date residents complained about the wall
    kind: date
    cues: [complained, complaint]
    value: 2031-06-02
    claims:
      - { source: post, value: 2031-06-02, quote: "residents complained on 2 June" }
  reply-delay:
    label: Days the council took to reply
    kind: number
    unit: days
    cues: [days, later, took]
    value: 24
    claims:
      - { source: post, value: 24, quote: "the council replied 24 days later" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2031-07-20', body);

describe('a length read out of a relative date', () => {
  it('is the length a fact cued with its word of interval keeps', () => {
    assert.deepEqual(lines('Residents complained on 2 June and heard back 31 days later.'), ['2 June -> complaint-date agrees', '31 -> reply-delay disagrees']);
    assert.deepEqual(lines('Residents complained on 2 June, and an answer came 31 days later.'), [
      '2 June -> complaint-date agrees',
      '31 -> reply-delay disagrees',
    ]);
  });
});
