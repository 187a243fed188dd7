import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a ferry sinks; the table keeps the toll of an older sinking for comparison.
const TABLE = `version: 1
sources:
  tide: { title: Ferry sinks off Carrow Point, published: 2032-04-09 }
facts:
  dead:
    label: People killed when the ferry sank
    kind: number
    unit: people
    cues: [killed, died, dead, drowned]
    value: 12
    claims:
      - { source: tide, value: 12, quote: "12 people drowned when the ferry sank" }
  old-dead:
    label: People killed in the 1998 Carrow Point sinking
    kind: number
    unit: people
    cues: [killed, died, dead, "1998"]
    value: 31
    claims:
      - { source: tide, value: 31, quote: "the 1998 sinking, which killed 31" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2032-04-09', body);

describe('a figure of an earlier year named outside its own words', () => {
  it('is a part of what the sentence before counted, when it opens on "of them"', () => {
    assert.deepEqual(lines('In 1998 a ferry with 90 aboard went down here. Thirty of them died.'), ['Thirty -> old-dead disagrees']);
    // Without a year before it, the part is the story's own.
    assert.deepEqual(lines('The ferry had 90 aboard. Ten of them died.'), ['Ten -> dead disagrees']);
    // "back then", "at the time" point to the sentence before's year as well.
    assert.deepEqual(lines('A ferry went down here in 1998. The sinking back then killed 30.'), ['30 -> old-dead disagrees']);
    // So do "that summer's" and "that winter".
    assert.deepEqual(lines("The worst storm was in 1998. That summer's floods killed 12."), ['12 -> old-dead disagrees']);
    assert.deepEqual(lines('Crews recall 1998. Floods that winter killed 12.'), ['12 -> old-dead disagrees']);
    assert.deepEqual(lines("The ferry sank this week. In that summer's storms 10 died."), ['10 -> dead disagrees']);
  });

  it('is of the year a when-clause after it describes', () => {
    assert.deepEqual(lines('It is the worst loss since 1998, when a ferry took 90 aboard down and killed 30.'), ['30 -> old-dead disagrees']);
    assert.deepEqual(lines('It is the worst loss since the ferry took 90 aboard down and killed 10.'), ['10 -> dead disagrees']);
    assert.deepEqual(lines('Others recall the sinking in 1998, where a ferry took 90 aboard down and killed 30.'), ['30 -> old-dead disagrees']);
  });

  it('is of another event after "last time", or in a when-clause after "years ago"', () => {
    assert.deepEqual(lines('Last time a ferry sank off the point, 30 died.'), []);
    assert.deepEqual(lines('The coast was busier ten years ago, when a ferry took 90 aboard down and killed 30.'), []);
    assert.deepEqual(lines('The coast was busy on the night, when a ferry took 90 aboard down and killed 10.'), ['10 -> dead disagrees']);
  });

  it('is of the year an aside right after it gives', () => {
    assert.deepEqual(lines('The worst toll, 30 dead, from 1998, still stands.'), ['30 -> old-dead disagrees']);
    assert.deepEqual(lines('A toll of 30 dead, set in 1998, is the record.'), ['30 -> old-dead disagrees']);
    assert.deepEqual(lines('A toll of 30 dead, set in the storm, is the record.'), ['30 -> dead disagrees']);
  });

  it('is of the year "N years ago" makes of the document\'s date', () => {
    assert.deepEqual(lines('Thirty-four years ago a sinking off the point killed 30.'), ['30 -> old-dead disagrees']);
    assert.deepEqual(lines('Ten years ago a sinking off the point killed 30.'), []);
  });

  it('is of the year a time phrase opening its sentence gives, whichever figure of the sentence it is', () => {
    assert.deepEqual(lines('In 1998 the ferry carried 90, and the sinking killed 30.'), ['30 -> old-dead disagrees']);
    assert.deepEqual(lines('Today the ferry carried 90, and the sinking killed 10.'), ['10 -> dead disagrees']);
    // Across a semicolon the other sentence's time is not the figure's.
    assert.deepEqual(lines('Before this year the point was quiet; a sinking there in 1998 drowned 30.'), ['30 -> old-dead disagrees']);
  });
});
