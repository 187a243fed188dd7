import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';
import { withdrawnSpans } from '../../src/engine/text/withdrawn';

// An invented story: a winter storm that closed a county's schools.
const TABLE = `version: 1
sources:
  gazette: { title: Storm shuts county schools, published: 2029-01-12 }
facts:
  schools-closed:
    label: Schools closed by the storm
    kind: number
    unit: school
    cues: [schools, closed, shut]
    value: 64
    claims:
      - { source: gazette, value: 64, quote: "64 schools were closed" }
  repair-bill:
    label: Cost of repairs to school roofs
    kind: money
    currency: USD
    cues: [repairs, roofs, cost]
    value: 3000000
    claims:
      - { source: gazette, value: 3000000, quote: "repairs to roofs will cost $3 million" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2029-01-12', body);

describe('a correction note', () => {
  it('withdraws the figure an earlier version gave: it is no claim', () => {
    assert.deepEqual(found('*Correction: An earlier version of this story said 46 schools were closed. The county closed 64.*'), [
      '64 -> schools-closed agrees',
    ]);
  });

  it('withdraws the value before "rather than" and judges the one after it', () => {
    assert.deepEqual(found('A previous version gave the cost of repairs to school roofs as $3,000 rather than $3 million.'), [
      '$3 million -> repair-bill agrees',
    ]);
    assert.deepEqual(found('A previous version gave the cost of repairs to school roofs as $3,000 rather than $4 million.'), [
      '$4 million -> repair-bill disagrees',
    ]);
  });

  it('withdraws what a story wrongly reported, not what it says the right value is', () => {
    assert.deepEqual(found('This story incorrectly reported that 46 schools were closed; in fact 66 schools were shut.'), ['66 -> schools-closed disagrees']);
  });

  it('leaves the date an earlier version ran, before its verb, alone', () => {
    const text = 'An earlier version, published on January 10, misstated the number of schools as 46.';
    const spans = withdrawnSpans(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans, [' the number of schools as 46.']);
  });

  it('does not touch "rather than" in a plain sentence', () => {
    assert.deepEqual(found('The county shut 46 schools rather than keep them open.'), ['46 -> schools-closed disagrees']);
  });
});
