import assert from 'node:assert/strict';
import { sentences } from '../../src/engine/text/sentences';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a harbour town's new sea wall, set out as a list of numbers.
const TABLE = `version: 1
sources:
  post: { title: Sea wall finished at Carrick Bay, published: 2031-09-15 }
facts:
  wall-cost:
    label: Cost of the Carrick Bay sea wall
    kind: money
    currency: GBP
    cues: [cost, sea wall, paid for]
    value: 14000000
    claims:
      - { source: post, value: 14000000, quote: "the sea wall cost £14m" }
  homes-protected:
    label: Homes the Carrick Bay sea wall protects
    kind: number
    unit: homes
    cues: [homes, protected, protects]
    value: 620
    claims:
      - { source: post, value: 620, quote: "protects 620 homes" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2031-09-15', body);

describe('a figure heading a line of a list of numbers', () => {
  it('stays one sentence with the words that say what it is', () => {
    const text = '**£12m.** What the sea wall cost.\n\n**Flooded.** Twice in ten years.\n';
    assert.deepEqual(
      sentences(text).map((s) => text.slice(s.start, s.end)),
      ['**£12m.** What the sea wall cost.', '**Flooded.**', 'Twice in ten years.'],
    );
    assert.deepEqual(lines('**£12m.** What the sea wall cost.'), ['£12m -> wall-cost disagrees']);
  });

  it('takes the year and the owner those words give it', () => {
    assert.deepEqual(lines('**480**: the homes protected by the old wall of 1987, now crumbling.'), []);
    assert.deepEqual(lines('- **480**: the homes protected by the wall built in 1987.'), []);
    assert.deepEqual(lines("**£9m.** Porthkell's sea wall, finished last spring."), []);
    assert.deepEqual(lines('**480**: the homes the new wall protects.'), ['480 -> homes-protected disagrees']);
  });
});
