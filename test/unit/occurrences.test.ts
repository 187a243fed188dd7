import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: river police raid smugglers' camps.
const TABLE = `version: 1
sources:
  tribune: { title: River police raids on smugglers' camps, published: 2034-07-01 }
facts:
  raid-deaths:
    label: People killed in police raids on smugglers' camps
    kind: number
    unit: people
    cues: [killed, deaths, raids, camps]
    value: 14
    claims:
      - { source: tribune, value: 14, quote: "the raids on the camps have killed 14 people" }
  raid-count:
    label: Police raids on smugglers' camps since March
    kind: number
    cues: [raids, raided]
    value: 31
    claims:
      - { source: tribune, value: 31, quote: "31 raids since March" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2034-07-01', body);

describe('figures that count occurrences', () => {
  it('does not take how often something happened for a count of people', () => {
    assert.deepEqual(found('Police raids on the camps have now killed people more than 30 times.'), []);
    assert.deepEqual(found('The police have raided the camps more than 30 times.'), ['more than 30 -> raid-count agrees']);
  });

  it('still reads a count of people beside it', () => {
    assert.deepEqual(found('The raids on the camps have killed 41 people.'), ['41 -> raid-deaths disagrees']);
  });
});
