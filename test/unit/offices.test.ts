import assert from 'node:assert/strict';
import { officeWords } from '../../src/engine/match/offices';
import { findingsOf } from './support/tables';

// An invented story of our own: a drought, the farm ministry's damage figures and the secretary's forecast.
const TABLE = `version: 1
sources:
  ledger: { title: Drought losses, published: 2031-07-02 }
  post: { title: Drought hits farms, published: 2031-07-02 }
facts:
  farm-infrastructure-damage:
    label: Farm infrastructure damage
    kind: money
    currency: USD
    cues: [infrastructure, farm, damage]
    value: 3000000
    claims:
      - { source: ledger, value: 3000000, quote: "farm infrastructure damage came to $3 million" }
      - { source: post, value: 3000000, quote: "damage to farm infrastructure of $3 million" }
`;

describe('matching: the office in a title before a name', () => {
  it('finds the office words of a title before a name, and none without a name after the title', () => {
    const text = 'The $2 million that Farm Secretary Ana Ruiz forecast. The Farm Secretary said so.';
    assert.deepEqual(
      officeWords(text, 0, text.length).map((s) => text.slice(s.start, s.end)),
      ['Farm'],
    );
  });

  it('does not read a figure beside "Farm Secretary Ana Ruiz" as a figure of farms', () => {
    const draft = 'Losses reached $9 million, three times the $2 million that Farm Secretary Ana Ruiz had forecast.\n';
    assert.deepEqual(
      findingsOf(TABLE, draft).filter((f) => f.includes('$2 million')),
      [],
    );
  });
});
