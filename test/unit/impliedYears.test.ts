import assert from 'node:assert/strict';
import { check } from '../../src/engine';
import { preparedTable } from './support/tables';

// An invented story: a canal breach two summers before the inquiry that reports on it.
const TABLE = `version: 1
sources:
  post: { title: Canal breach inquiry reports, published: 2032-03-10 }
facts:
  breach-date:
    label: Date the Ashby canal bank gave way
    kind: date
    cues: [gave way, breach, burst, bank]
    value: 2030-07-19
    claims:
      - { source: post, value: 2030-07-19, quote: "the bank gave way on 19 July 2030" }
`;
const lines = (body: string) =>
  check(`---\ndate: 2032-03-10\n---\n${body}\n`, preparedTable(TABLE)).findings.map((f) => `${f.text} -> ${f.verdict} ${f.replacement ?? ''}`.trim());

describe('a year the writer left out', () => {
  it('is the cited year: only the month and day written are judged', () => {
    assert.deepEqual(lines('The inquiry found that the canal bank gave way on 19 July.'), ['19 July -> agrees']);
    assert.deepEqual(lines('The inquiry found that the canal bank gave way in mid-July.'), ['mid-July -> agrees']);
  });

  it('still flags a month or day the sources do not give, with the year in the fix', () => {
    assert.deepEqual(lines('The inquiry found that the canal bank gave way on 12 July.'), ['12 July -> disagrees 19 July 2030']);
  });

  it('is judged when the writer counts it from the document', () => {
    assert.deepEqual(lines('The inquiry found that the canal bank gave way on 19 July last year.'), ['19 July last year -> disagrees 19 July 2030']);
  });
});
