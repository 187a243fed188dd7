import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a quarry wall gives way above a hill village.
const TABLE = `version: 1
sources:
  courier: { title: Quarry wall collapses above Brantwick, published: 2032-03-09 }
facts:
  gap-deaths:
    label: Deaths in the landslide at Harlow Gap (a driver and his two sons)
    kind: number
    unit: people
    cues: [Harlow Gap, landslide, family]
    value: 3
    claims:
      - { source: courier, value: 3, quote: "three died when the landslide reached Harlow Gap" }
  village-deaths:
    label: Deaths in Brantwick village (farmers caught by the slide)
    kind: number
    unit: people
    cues: [Brantwick, village]
    value: 2
    claims:
      - { source: courier, value: 2, quote: "two deaths in Brantwick itself" }
  school-deaths:
    label: Children killed on a school visit
    kind: number
    unit: people
    cues: [children, school visit]
    value: 3
    claims:
      - { source: courier, value: 3, quote: "three children on a school visit died" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2032-03-09', body);

describe('counts of a kind of person', () => {
  it('does not take a count of a kind of person among the dead for the toll', () => {
    assert.deepEqual(found('The landslide at Harlow Gap killed a driver and his two sons.'), []);
  });

  it('takes a kind the label names as the only one for the whole', () => {
    assert.deepEqual(found('In Brantwick village two farmers were killed.'), ['two -> village-deaths agrees']);
  });

  it('takes a count of the kind a fact counts, named by its label or cues', () => {
    assert.deepEqual(found('Four children on a school visit died.'), ['Four -> school-deaths disagrees']);
  });
});
