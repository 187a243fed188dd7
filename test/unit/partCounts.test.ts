import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: walkers stranded by a flood are brought down from a hill farm.
const TABLE = `version: 1
sources:
  post: { title: Walkers lifted from flooded farm, published: 2031-05-02 }
facts:
  rescued:
    label: Walkers rescued from Hollin farm
    kind: number
    unit: walkers
    cues: [rescued, brought down, lifted]
    value: 14
    claims:
      - { source: post, value: 14, quote: "all 14 walkers were rescued" }
  missing:
    label: Walkers still missing
    kind: number
    unit: walkers
    cues: [missing, unaccounted for]
    value: 3
    claims:
      - { source: post, value: 3, quote: "three walkers are still missing" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2031-05-02', body);

describe('a count of part of a group', () => {
  it('picked out by its place in an order is not the count of the group', () => {
    assert.deepEqual(lines('The final two walkers were rescued at dusk.'), []);
    assert.deepEqual(lines('The first five walkers were lifted out by noon.'), []);
    assert.deepEqual(lines('Twelve walkers were rescued at dusk.'), ['Twelve -> rescued disagrees']);
  });

  it('is still a second count in full after "another"', () => {
    assert.deepEqual(lines('Twelve walkers were rescued, and another five are still missing.'), ['Twelve -> rescued disagrees', 'five -> missing disagrees']);
  });
});
