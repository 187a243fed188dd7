import assert from 'node:assert/strict';
import { factFrame } from '../../src/engine/match/frame';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a landslide buries part of a hill town; the table keeps an older slide's toll for comparison.
const TABLE = `version: 1
sources:
  post: { title: Landslide buries homes in Corvale, published: 2032-05-12 }
facts:
  toll:
    label: People killed by the landslide (toll on 12 May)
    kind: number
    unit: people
    cues: [killed, dead, died, toll]
    value: 14
    claims:
      - { source: post, value: 14, quote: "the slide killed 14 people" }
  old-toll:
    label: People killed by the 1988 Corvale landslide
    kind: number
    unit: people
    cues: [killed, died, toll, 1988, Corvale landslide]
    value: 210
    claims:
      - { source: post, value: 210, quote: "the 1988 Corvale landslide killed 210" }
  wall-cost:
    label: Cost of the retaining wall built in 2019
    kind: money
    currency: EUR
    cues: [retaining wall, wall, built]
    value: 3000000
    claims:
      - { source: post, value: 3000000, quote: "a retaining wall that cost €3 million" }
  fee:
    label: Monthly fee for the town's hill monitoring (in force since 2024)
    kind: money
    currency: EUR
    cues: [monitoring, fee]
    value: 900
    claims:
      - { source: post, value: 900, quote: "monitoring costs the town €900 a month" }
  wall-fee:
    label: Monthly upkeep of the retaining wall
    kind: money
    currency: EUR
    cues: [upkeep, retaining wall, wall, a month]
    value: 400
    claims:
      - { source: post, value: 400, quote: "upkeep of the wall, €400 a month" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2032-05-13', body);

describe('facts of past events', () => {
  it("gives a toll that names no year to the story's event, not to an older one the table compares it with", () => {
    assert.deepEqual(found('At least 16 people have died.'), ['At least 16 -> toll disagrees']);
  });

  it('still gives the older event its figure where the words give its year', () => {
    assert.deepEqual(found('The 1988 Corvale landslide killed 250.'), ['250 -> old-toll disagrees']);
  });

  it('keeps a figure for a fact of a past year where no fact of the story fits it', () => {
    assert.deepEqual(found('The retaining wall cost €4 million.'), ['€4 million -> wall-cost disagrees']);
    // One cue word alone ("built") is enough only if the penalty orders candidates and does not lower the score.
    assert.deepEqual(found('It was built for €4 million.'), ['€4 million -> wall-cost disagrees']);
  });

  it('reads a year after "since" as the start of a state, not the year of an event', () => {
    assert.deepEqual(factFrame('Monthly monitoring fee (in force since September 2024)', []).eventYears, []);
    assert.deepEqual(factFrame('Monthly monitoring fee (in force since mid-2024)', []).eventYears, []);
    assert.deepEqual(factFrame('People killed by the 1988 Marren landslide', []).eventYears, [1988]);
  });
});
