import assert from 'node:assert/strict';
import { findingsIn, preparedTable, verdictLines } from './support/tables';

// An invented story: Cyclone Oren comes ashore at Port Vale.
const TABLE = `version: 1
sources:
  wire: { title: Cyclone Oren hits Port Vale, published: 2031-02-14 }
facts:
  peak-gusts:
    label: Strongest gusts of Cyclone Oren
    kind: number
    unit: km/h
    cues: [gusts, strongest, peak]
    value: 250
    claims:
      - { source: wire, value: 250, quote: "gusts peaked at 250 km/h" }
  harbour-gusts:
    label: Gusts measured at Port Vale harbour
    kind: number
    unit: mph
    cues: [gusts, harbour]
    value: 95
    claims:
      - { source: wire, value: 95, quote: "95 mph gusts at the harbour" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2031-02-14', body);

describe('a figure restated in another unit', () => {
  it('judges a faithful conversion against the fact of the figure it converts', () => {
    assert.deepEqual(found('Oren brought gusts of 250 km/h, or about 155 mph.'), ['250 -> peak-gusts agrees', 'about 155 -> peak-gusts agrees']);
  });

  it('lets the conversion name the fact for both where it names it more surely', () => {
    // The harbour's 95 mph is the table's own; its 153 km/h must not then take the storm's peak.
    assert.deepEqual(found('Gusts at the harbour reached 153 km/h (95 mph).'), ['153 -> harbour-gusts agrees', '95 -> harbour-gusts agrees']);
  });

  it('leaves a conversion that is no conversion to be matched on its own', () => {
    assert.deepEqual(found('Oren brought gusts of 250 km/h (95 mph at the harbour).'), ['250 -> peak-gusts agrees', '95 -> harbour-gusts agrees']);
  });
});

describe('a figure in another unit than its fact', () => {
  it('agrees where it is the fact converted and rounded to the digits written', () => {
    assert.deepEqual(found('Gusts at the harbour reached 153 km/h.'), ['153 -> harbour-gusts agrees']);
  });

  it('disagrees where no rounding of the written digits reaches the fact', () => {
    assert.deepEqual(found('Gusts at the harbour reached 155 km/h.'), ['155 -> harbour-gusts disagrees']);
  });

  it("names the claim by its own unit, not the fact's", () => {
    const [finding] = findingsIn(table, '2031-02-14', 'Gusts at the harbour reached 155 km/h.');
    assert.equal(finding.message, '155 kilometer per hour disagrees with 95 mph (wire)');
  });
});

describe('figures of a thing the story is compared with', () => {
  it('reads a relative clause on a named earlier storm as about that storm', () => {
    assert.deepEqual(found('Its gusts of 250 km/h were stronger than Cyclone Ada, which struck the same harbour in 2029 with gusts of 140 mph.'), [
      '250 -> peak-gusts agrees',
    ]);
  });
});
