import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a cheese maker's recall grows from one country to its neighbours.
const TABLE = `version: 1
sources:
  daily: { title: Cheese recall widens, published: 2034-05-03 }
facts:
  first-crates:
    label: Crates of Vellmoor cheese first recalled at home
    kind: number
    unit: crates
    cues: [crates, recalled, withdrew, pulled]
    value: 11
    claims:
      - { source: daily, value: 11, quote: "Vellmoor pulled 11 crates from shops" }
  further-crates:
    label: Further crates recalled abroad
    kind: number
    unit: crates
    cues: [further crates, crates, abroad, added]
    value: 17
    claims:
      - { source: daily, value: 17, quote: "regulators abroad added 17 further crates" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2034-05-03', body);

describe('a word of increment before a counted noun', () => {
  it('says the count is of the further ones', () => {
    assert.deepEqual(lines('On Friday the regulator told shops to remove 19 further crates of the cheese.'), ['19 -> further-crates disagrees']);
    assert.deepEqual(lines('On Friday the regulator told shops to remove 17 further crates of the cheese.'), ['17 -> further-crates agrees']);
  });
});
