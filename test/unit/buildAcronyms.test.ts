import assert from 'node:assert/strict';
import { bracketedAcronym, expansionOf, spellsAcronym } from '../../src/engine/tabulate/acronyms';

describe('build: acronyms', () => {
  it('spells an acronym with the initials of a name, its small words skipped or kept', () => {
    assert.equal(spellsAcronym('Office for Fair Rents', 'OFR'), true);
    assert.equal(spellsAcronym('Department of Roads and Bridges', 'DRB'), true);
    assert.equal(spellsAcronym('Bank of the North', 'BOTN'), true);
    assert.equal(spellsAcronym('Office for Fair Rents', 'OFRS'), false);
    assert.equal(spellsAcronym('Rents', 'R'), false, 'one word is not spelled out');
  });

  it('reads the acronym a source brackets right after a name', () => {
    const text = 'the Office for Fair Rents (OFR) said, and the Board (of trade) did not';
    assert.equal(bracketedAcronym(text, text.indexOf(' (OFR)')), 'OFR');
    assert.equal(bracketedAcronym(text, text.indexOf(' (of')), undefined);
  });

  it('takes the spelled-out name whose initials make the acronym, then the one most sources give', () => {
    assert.equal(expansionOf('CFPB', ['Coastal Pumping Board', 'Coastal Flood Pumping Board', 'Coastal Pumping Board']), 'Coastal Flood Pumping Board');
    assert.equal(expansionOf('XYZ', ['Harbour Board', 'Port Board', 'Port Board']), 'Port Board');
    assert.equal(expansionOf('XYZ', []), undefined);
  });
});
