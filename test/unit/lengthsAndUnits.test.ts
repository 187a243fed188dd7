import assert from 'node:assert/strict';
import { check } from '../../src/engine';
import { preparedTable } from './support/tables';

// An invented story: a water company's late report of a spill in a dry spring.
const TABLE = `version: 1
sources:
  post: { title: Calder Water fined over late spill report, published: 2031-07-04 }
facts:
  rainfall:
    label: Rain that fell on Calder between March and June
    kind: number
    unit: millimetres
    cues: [rain, rainfall, fell]
    value: 41
    claims:
      - { source: post, value: 41, quote: "Only 41 millimetres of rain fell between March and June" }
  deadline:
    label: Deadline for reporting a spill to the regulator
    kind: number
    unit: hours
    cues: [within, report, regulator]
    value: 72
    claims:
      - { source: post, value: 72, quote: "must report a spill to the regulator within 72 hours" }
  found:
    label: Day Calder Water found the spill
    kind: date
    cues: [found, spill, discovered]
    value: 2031-05-02
    claims:
      - { source: post, value: 2031-05-02, quote: "found the spill on 2 May" }
  told:
    label: Day Calder Water told the regulator
    kind: date
    cues: [told, regulator, reported]
    value: 2031-06-20
    claims:
      - { source: post, value: 2031-06-20, quote: "told the regulator on 20 June" }
  delay:
    label: Days Calder Water took to tell the regulator
    kind: number
    unit: days
    cues: [days, later, waited, took]
    value: 49
    claims:
      - { source: post, value: 49, quote: "waited 49 days before telling the regulator" }
`;
const lines = (body: string) =>
  check(`---\ndate: 2031-07-05\n---\n${body}\n`, preparedTable(TABLE)).findings.map((f) =>
    `${f.text} -> ${f.factId} ${f.verdict} ${f.replacement ?? ''}`.trim(),
  );

describe('units slipped and lengths of time', () => {
  it("flags the fact's figure in another unit of the same kind, and the fix writes the fact's unit", () => {
    assert.deepEqual(lines('Just 41 centimetres of rain fell on Calder this spring.'), ['41 centimetres -> rainfall disagrees 41 millimetres']);
    assert.deepEqual(lines('Just 4.1 centimetres of rain fell on Calder this spring.'), ['4.1 -> rainfall agrees']);
    assert.deepEqual(lines('Just 45mm of rain fell on Calder this spring.'), ['45 -> rainfall disagrees 41']);
  });

  it('reads a relative date that counts a length as that length, where the table keeps it', () => {
    assert.deepEqual(lines('Firms must report a spill to the regulator within 72 hours.'), ['72 -> deadline agrees']);
    assert.deepEqual(lines('Firms must report a spill to the regulator within 48 hours.'), ['48 -> deadline disagrees 72']);
    assert.deepEqual(lines('Firms must report a spill to the regulator within 72 days.'), ['72 days -> deadline disagrees 72 hours']);
  });

  it('gives "N days later" to the delay the table keeps, not the day it would count to', () => {
    assert.deepEqual(lines('Calder Water found the spill on 2 May. It told the regulator 59 days later.'), [
      '2 May -> found agrees',
      '59 -> delay disagrees 49',
    ]);
    assert.deepEqual(lines('Calder Water found the spill on 2 May.'), ['2 May -> found agrees']);
    // With no day before it to count from, the length is still written.
    assert.deepEqual(lines('Calder Water told the regulator 59 days later.'), ['59 -> delay disagrees 49']);
  });
});
