import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented town council: a tourist levy, a licence fee, a vote and a flood.
const TABLE = `version: 1
sources:
  gazette: { title: Council sets levies, published: 2031-03-20 }
facts:
  hotel-rate-old:
    label: Levy on hotel rooms before the rise
    kind: percent
    cues: [hotel rooms, hotel, from]
    value: 9
    claims:
      - { source: gazette, value: 9, quote: "the levy on hotel rooms goes from 9% to 11%" }
  hotel-rate-new:
    label: New levy on hotel rooms
    kind: percent
    cues: [hotel rooms, hotel, to]
    value: 11
    claims:
      - { source: gazette, value: 11, quote: "the levy on hotel rooms goes from 9% to 11%" }
  lets-rate-lower:
    label: Lower levy on holiday lets (unchanged)
    kind: percent
    cues: [holiday lets, lets, unchanged]
    value: 12
    claims:
      - { source: gazette, value: 12, quote: "the lower band for short-term lets remains 12%" }
  lets-rate-higher:
    label: Higher levy on holiday lets (unchanged)
    kind: percent
    cues: [holiday lets, lets, unchanged]
    value: 20
    claims:
      - { source: gazette, value: 20, quote: "the upper band for short-term lets remains 20%" }
  vote-date:
    label: Date of the council vote on the levy
    kind: date
    cues: [vote, voted, ballot]
    value: 2031-03-03
    claims:
      - { source: gazette, value: 2031-03-03, quote: "the council voted on March 3" }
  licence-fee:
    label: Annual licence fee for a holiday let
    kind: money
    currency: USD
    cues: [licence fee, fee]
    value: 300
    claims:
      - { source: gazette, value: 300, quote: "the $300 licence fee" }
  fee-freeze-end:
    label: Year the freeze on the licence fee ends
    kind: date
    cues: [licence fee, frozen, freeze, until]
    value: 2035
    claims:
      - { source: gazette, value: 2035, quote: "the fee is frozen until 2035" }
  sheltered:
    label: People still in the flood shelters
    kind: number
    unit: people
    cues: [shelters, sheltering]
    value: 4200
    claims:
      - { source: gazette, value: 4200, quote: "4,200 people were sheltering in the town's shelters" }
  shelters-open:
    label: Flood shelters open
    kind: number
    unit: shelters
    cues: [shelters]
    value: 310
    claims:
      - { source: gazette, value: 310, quote: "310 shelters were open" }
`;

const table = preparedTable(TABLE);

function found(body: string): string[] {
  return verdictLines(table, '2031-03-20', body);
}

describe('figures in asides and relative clauses', () => {
  it('gives the figures of a relative clause the noun it follows, both of a pair joined by "and"', () => {
    assert.deepEqual(found('The levy on hotel rooms goes from 9% to 11%, in line with the rates on holiday lets, which stay at 12% and 21%.'), [
      '9% -> hotel-rate-old agrees',
      '11% -> hotel-rate-new agrees',
      '12% -> lets-rate-lower agrees',
      '21% -> lets-rate-higher disagrees',
    ]);
  });

  it('gives both figures of a bare pair the year written after the second', () => {
    assert.deepEqual(found('Rates on holiday lets, which were 12% and 20% in 2019, stay unchanged.'), []);
  });

  it('gives a hedged date set off by commas the noun before it', () => {
    assert.deepEqual(found('The vote itself, reportedly on March 4, was close.'), ['March 4 -> vote-date disagrees']);
  });

  it('does not let a figure inside an aside split the main clause around it', () => {
    assert.deepEqual(found('The licence fee of $300, unchanged since 2019, stays frozen for years, until 2035.'), [
      '$300 -> licence-fee agrees',
      '2035 -> fee-freeze-end agrees',
    ]);
  });

  it('gives a figure inside an aside no words of the main clause after it', () => {
    assert.deepEqual(found('The levy, unchanged since March 4, goes to a vote.'), []);
  });

  it('gives a figure the words of the definite place it stands in', () => {
    assert.deepEqual(found('Floods drove 9,000 from their homes, and 4,300 of them were still in the 310 shelters on Friday.'), [
      '4,300 -> sheltered disagrees',
      '310 -> shelters-open agrees',
    ]);
  });
});
