import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a landslide buries a hill village; the injured range in age.
const TABLE = `version: 1
sources:
  post: { title: Landslide buries Ormsby, published: 2031-10-08 }
facts:
  dead:
    label: People killed by the Ormsby landslide
    kind: number
    unit: people
    cues: [killed, died, dead]
    value: 27
    claims:
      - { source: post, value: 27, quote: "27 people were killed" }
  earlier-dead:
    label: People killed by the previous landslide at Ormsby, in 1988
    kind: number
    unit: people
    cues: [previous landslide, 1988]
    value: 112
    claims:
      - { source: post, value: 112, quote: "the previous landslide killed 112" }
  youngest:
    label: Age of the youngest injured
    kind: number
    unit: years
    cues: [youngest, aged]
    value: 4
    claims:
      - { source: post, value: 4, quote: "the injured were aged between 4 and 81" }
  oldest:
    label: Age of the oldest injured
    kind: number
    unit: years
    cues: [oldest, aged]
    value: 81
    claims:
      - { source: post, value: 81, quote: "the injured were aged between 4 and 81" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2031-10-08', body);

describe('a range of figures', () => {
  it('is one claim, judged by whether it holds the cited figure', () => {
    assert.deepEqual(lines('Between 25 and 30 people were killed.'), ['Between 25 and 30 -> dead agrees']);
    assert.deepEqual(lines('Between 40 and 50 people were killed.'), ['Between 40 and 50 -> dead disagrees']);
    assert.deepEqual(lines('Rescuers said 20 to 30 people were killed.'), ['20 to 30 -> dead agrees']);
    assert.deepEqual(lines('Rescuers said 20-30 people were killed.'), ['20-30 -> dead agrees']);
  });

  it('stays two figures for a change, or where its ends are two facts', () => {
    assert.deepEqual(lines('The toll rose from 20 to 30 people killed.'), ['20 -> earlier-dead disagrees', '30 -> dead disagrees']);
    assert.deepEqual(lines('The injured were aged between 4 and 81.'), ['4 -> youngest agrees', '81 -> oldest agrees']);
    // Ends of one spread stay apart when one is wrong, so the wrong one is flagged against its own fact.
    assert.deepEqual(lines('The injured were aged between 4 and 91.'), ['4 -> youngest agrees', '91 -> oldest disagrees']);
  });
});
