import assert from 'node:assert/strict';
import { loadTable, type Fact } from '../../src/engine';
import { labelInSentence } from '../../src/engine/format/label';

// An invented story: a ferry strike on an island, with labels that open with names, words made from
// names, titles and common words.
const TABLE = `version: 1
sources:
  tide: { title: Tide }
  pier: { title: Pier }
facts:
  skipper:
    label: Republican councillor who called the strike
    kind: entity
    value: Idris Calloway
    claims:
      - { source: tide, value: Idris Calloway, quote: "the Republican councillor Idris Calloway" }
  fares:
    label: Harrowby's ferry fares after the strike
    kind: money
    currency: GBP
    value: 12
    claims:
      - { source: tide, value: 12, quote: "fares on Harrowby rose to £12" }
  call-date:
    label: Date Councillor Calloway called the strike
    kind: date
    value: 2026-01-12
  storm:
    label: Tropical storm that stopped the ferries
    kind: entity
    value: Tropical Storm Marisol
    aliases: [Marisol]
  harbour:
    label: Harbour that closed
    kind: entity
    value: Quenby Harbour
  minister:
    label: Transport Minister Okonjo's offer to the crews
    kind: money
    currency: GBP
    value: 2000000
  british:
    label: British ferry operators that joined the strike
    kind: number
    value: 3
  island:
    label: Harrowby
    kind: entity
    value: Harrowby
  crews:
    label: Crews on strike
    kind: number
    value: 140
`;

function label(id: string): string {
  const f: Fact | undefined = loadTable(TABLE).table?.facts.find((x) => x.id === id);
  assert.ok(f, id);
  return labelInSentence(f);
}

describe('labels inside a sentence keep names as written', () => {
  it('keeps a word the sources capitalise inside a sentence, possessive or not', () => {
    assert.equal(label('skipper'), 'Republican councillor who called the strike');
    assert.equal(label('fares'), "Harrowby's ferry fares after the strike");
    assert.equal(label('island'), 'Harrowby');
  });

  it('keeps nationalities, and a title with the name it goes with', () => {
    assert.equal(label('british'), 'British ferry operators that joined the strike');
    assert.equal(label('minister'), "Transport Minister Okonjo's offer to the crews");
  });

  it('lowers a common word before a name, and a word of a longer name the label writes in lower case', () => {
    assert.equal(label('call-date'), 'date Councillor Calloway called the strike');
    assert.equal(label('storm'), 'tropical storm that stopped the ferries');
    assert.equal(label('harbour'), 'harbour that closed');
    assert.equal(label('crews'), 'crews on strike');
  });
});
