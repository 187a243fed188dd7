import assert from 'node:assert/strict';
import { findingsIn, preparedTable } from './support/tables';

// An invented story: a gale that peaked over the islands and was weaker when it reached the mainland.
const TABLE = `version: 1
sources:
  bulletin: { title: Gale batters the islands, published: 2031-10-12 }
facts:
  peak-gusts:
    label: Strongest gusts of the gale over the islands
    kind: number
    unit: kilometers per hour
    cues: [gusts, strongest gusts, peak]
    value: 305
    claims:
      - { source: bulletin, value: 305, quote: "gusts of 305 km/h over the islands" }
  mainland-gusts:
    label: Gusts as the gale reached the mainland
    kind: number
    unit: miles per hour
    cues: [gusts, mainland]
    value: 118
    claims:
      - { source: bulletin, value: 118, quote: "gusts of 118 mph on the mainland" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => findingsIn(table, '2031-10-12', body).map((f) => `${f.text} -> ${f.factId} ${f.verdict} ${f.replacement ?? ''}`.trim());

describe('a unit slip', () => {
  // The writer wrote the source's figure and slipped its unit: the fix puts the unit right, not the figure.
  it("goes to the fact whose figure it repeats in another unit, with the fact's unit as the fix", () => {
    assert.deepEqual(found('Its gusts hit 305 mph as the gale crossed the sea.'), ['305 mph -> peak-gusts disagrees 305 kilometers per hour']);
  });

  it("converts a figure of its own in another unit into the writer's unit, no more exact than the source", () => {
    assert.deepEqual(found('Its strongest gusts hit 210 mph as the gale crossed the sea.'), ['210 -> peak-gusts disagrees 190']);
  });

  it('leaves a figure in the same unit as a fact to that fact', () => {
    assert.deepEqual(found('Its gusts hit 120 mph as the gale crossed the sea.'), ['120 -> mainland-gusts disagrees 118']);
  });
});
