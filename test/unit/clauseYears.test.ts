import assert from 'node:assert/strict';
import { check } from '../../src/engine';
import { preparedTable } from './support/tables';

// An invented story: climbers stranded on a glacier this year, with an older rescue for background.
const TABLE = `version: 1
sources:
  post: { title: Climbers lifted off the Brenna glacier, published: 2031-06-12 }
facts:
  days-stranded:
    label: Days the climbers were stranded on the glacier
    kind: number
    unit: days
    cues: [days, stranded, trapped, on the ice]
    value: 4
    claims:
      - { source: post, value: 4, quote: "stranded for four days" }
  climbers:
    label: Climbers stranded on the Brenna glacier
    kind: number
    unit: climbers
    cues: [climbers, stranded, trapped]
    value: 6
    claims:
      - { source: post, value: 6, quote: "six climbers were stranded" }
`;
const lines = (body: string) =>
  check(`---\ndate: 2031-06-12\n---\n${body}\n`, preparedTable(TABLE)).findings.map((f) => `${f.text} -> ${f.verdict} ${f.replacement ?? ''}`.trim());

describe('the year a clause is set in', () => {
  it('dates every figure of the clause, not only the one whose words hold it', () => {
    assert.deepEqual(lines('Eleven climbers were lifted off in 2019 from the same ridge after 9 days on the ice.'), []);
  });

  it('reaches past a place and its region set off by commas', () => {
    assert.deepEqual(lines('Two climbers survived 12 days stranded at Kessel, Norland, in 2008.'), []);
  });

  it('does not date a figure the clause sets at another time', () => {
    assert.deepEqual(lines('The team was stranded for 9 days, and in 2019 a rescue took two.'), ['9 -> disagrees 4']);
    assert.deepEqual(lines('The climbers were stranded for 9 days now, against two in 2019.'), ['9 -> disagrees 4']);
  });
});
