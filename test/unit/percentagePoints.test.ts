import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a port city raises its tourist tax on hotel stays.
const TABLE = `version: 1
sources:
  gazette: { title: Harbourton raises its hotel tax, published: 2031-03-04 }
facts:
  tax-rise:
    label: Rise in Harbourton's hotel tax, in percentage points
    kind: percent
    unit: percentage points
    cues: [hotel tax, tourist tax, percentage points, rise, increase]
    value: 1.5
    claims:
      - { source: gazette, value: 1.5, quote: "a rise of 1.5 percentage points in the hotel tax" }
  tax-old-rate:
    label: Harbourton's hotel tax rate before the rise
    kind: percent
    cues: [hotel tax, tourist tax, rate, from]
    value: 6
    claims:
      - { source: gazette, value: 6, quote: "the hotel tax goes from 6% to 7.5%" }
  tax-new-rate:
    label: New rate of Harbourton's hotel tax (from July)
    kind: percent
    cues: [hotel tax, tourist tax, rate, rise to, bringing it to]
    value: 7.5
    claims:
      - { source: gazette, value: 7.5, quote: "the hotel tax goes from 6% to 7.5%" }
  occupancy:
    label: Share of Harbourton's hotel rooms taken last summer
    kind: percent
    cues: [occupancy, rooms, booked]
    value: 81
    claims:
      - { source: gazette, value: 81, quote: "81% of rooms were booked last summer" }
  cruise-share:
    label: Share of the city's visitors who arrive by cruise ship
    kind: percent
    cues: [cruise, cruise ship, visitors]
    value: 30
    claims:
      - { source: gazette, value: 30, quote: "30% of visitors come off cruise ships" }
  council-vote:
    label: Share of councillors who backed the rise
    kind: percent
    cues: [councillors, council, backed, voted]
    value: 60
    claims:
      - { source: gazette, value: 60, quote: "60% of councillors backed it" }
  seafront-gap:
    label: Gap between seafront and inland charges, in percentage points
    kind: percent
    unit: percentage points
    cues: [gap, seafront, inland]
    value: 2
    claims:
      - { source: gazette, value: 2, quote: "seafront hotels pay 2 percentage points more than inland ones" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2031-03-04', body);

describe('percentage points', () => {
  it('never reads a change in percentage points as the rate it changed from or to', () => {
    // A wrong change stays the change's error; it is no wrong rate.
    assert.deepEqual(found('Guests will pay 2 percentage points more in hotel tax from July.'), ['2 percentage points -> tax-rise disagrees']);
    assert.deepEqual(found('Guests will pay 1.5 percentage points more in hotel tax from July.'), ['1.5 percentage points -> tax-rise agrees']);
  });

  it('gives the rates of a change the subject of the change they follow', () => {
    assert.deepEqual(found('The hotel tax goes up by 1.5 percentage points, from 5% to 7.5%, in July.'), [
      '1.5 percentage points -> tax-rise agrees',
      '5% -> tax-old-rate disagrees',
      '7.5% -> tax-new-rate agrees',
    ]);
  });

  it('never reads a plain per cent as a change in points unless its words make it one', () => {
    // A level: what seafront guests pay is a rate, not the gap.
    assert.deepEqual(found('Seafront hotels will charge 9%.'), []);
    assert.deepEqual(found('The seafront gap is 3%.'), ['3% -> seafront-gap disagrees']);
    assert.deepEqual(found('The tourist tax rise of 2% was voted through.'), ['2% -> tax-rise disagrees']);
  });
});
