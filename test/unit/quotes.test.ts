import assert from 'node:assert/strict';
import { check, loadTable, prepareTable, type PreparedTable } from '../../src/engine';

// An invented story: a hailstorm and the farm ministry's figures. One fact is the whole of the damage, one a
// region's share of it; only the region's source quote says which words frame the regional figure.
const TABLE = `version: 1
sources:
  gazette: { title: Hail wrecks harvest, published: 2030-07-02 }
  courier: { title: Farmers count the cost of hail, published: 2030-07-03 }
facts:
  crop-damage:
    label: Damage to crops from the hailstorm
    kind: money
    currency: USD
    cues: [damage to crops, crop damage, crops, damage, losses]
    value: 40000000
    claims:
      - { source: gazette, value: 40000000, quote: "crop losses reached $40 million by Friday" }
  valley-damage:
    label: Damage to crops in the Orlin valley
    kind: money
    currency: USD
    cues: [Orlin, valley]
    value: 6000000
    bound: about
    claims:
      - { source: courier, value: 6000000, bound: about, quote: "the ministry put the cost of damage to crops at about $6 million as of Monday" }
  gap:
    label: Hole in the farm budget the minister says her predecessor left
    kind: money
    currency: USD
    cues: [hole, gap, shortfall]
    value: 12000000
    claims:
      - { source: gazette, value: 12000000, quote: "to close a $12 million gap left by the previous administration" }
  raids:
    label: Police raids on smuggling boats
    kind: number
    unit: raids
    cues: [raids, raided, boats]
    value: 11
    claims:
      - { source: courier, value: 11, quote: "police carried out raids on eleven boats" }
  levy-old:
    label: Farm levy before the rise
    kind: percent
    cues: [farm levy, levy, from]
    value: 2
    claims:
      - { source: courier, value: 2, quote: "the farm levy goes from 2% to 3% in August" }
  levy-new:
    label: New farm levy
    kind: percent
    cues: [farm levy, levy, to]
    value: 3
    claims:
      - { source: courier, value: 3, quote: "the farm levy goes from 2% to 3% in August" }
  sick:
    label: People taken ill from flood water after the storm
    kind: number
    unit: people
    cues: [ill, sick, taken ill]
    value: 30
    claims:
      - { source: gazette, value: 30, quote: "30 people have been taken ill with stomach bugs" }
  treated:
    label: People treated in hospital after the storm
    kind: number
    unit: people
    cues: [hospital, treated]
    value: 8
    claims:
      - { source: courier, value: 8, quote: "eight were treated in hospital" }
`;

function prepared(): PreparedTable {
  const { table, problems } = loadTable(TABLE);
  assert.ok(table, JSON.stringify(problems));
  return prepareTable(table);
}

function found(body: string, source?: string): string[] {
  return check(`---\ndate: 2030-07-04\n---\n${body}\n`, prepared(), { source }).findings.map((f) => `${f.text} -> ${f.factId} ${f.verdict}`);
}

describe('matching by the words a source quote frames a figure with', () => {
  it("gives a figure written in a quote's words to that quote's fact, even with the figure changed", () => {
    assert.deepEqual(found('The ministry put the cost of damage to crops at about $9 million as of Monday.'), ['about $9 million -> valley-damage disagrees']);
  });

  it("lets a quote's words outweigh what the rest of the sentence seems to say of time", () => {
    // "the previous administration" names who left the gap, not an earlier event.
    assert.deepEqual(found('She wants to close a $15 million gap left by the previous administration.'), ['$15 million -> gap disagrees']);
  });

  it('does not let a close echo carry a figure the sentence puts in another year', () => {
    assert.deepEqual(found('Damage to crops at about $2 million was recorded in 2019.'), []);
  });

  it('takes the unit a quote gives the figure where the claim echoes that quote, and only there', () => {
    assert.deepEqual(found('Police carried out raids on fourteen boats.'), ['fourteen -> raids disagrees']);
    assert.deepEqual(found('The coastguard towed 14 boats.'), []);
  });

  it('leaves a figure in other words to the fact they fit', () => {
    assert.deepEqual(found('Damage to crops came to $9 million.'), ['$9 million -> crop-damage disagrees']);
  });

  it("reads which of a quote's figures is the fact's from the value the table records", () => {
    assert.deepEqual(found('The farm levy goes from 2% to 4% in August.'), ['2% -> levy-old agrees', '4% -> levy-new disagrees']);
  });

  it('needs more than a word or two in common: "about" alone is no echo', () => {
    assert.deepEqual(found('Hail caused damage to crops worth about $9 million.'), ['about $9 million -> crop-damage disagrees']);
  });

  it('counts no auxiliary as a word of content: "people have been" echoes nothing', () => {
    assert.deepEqual(found('Nine people have been treated in hospital.'), ['Nine -> treated disagrees']);
    assert.deepEqual(found('Forty people have been taken ill with stomach bugs.'), ['Forty -> sick disagrees']);
  });

  it('does not call a figure of a source checked against its own table an error of a fact the table quotes it for', () => {
    // The gazette's claim for the crop damage is its quote: another figure of its text is about something else.
    assert.deepEqual(found('Damage to crops came to $9 million.', 'gazette'), []);
    // The courier is quoted for no such claim, so the figure is judged as in any draft.
    assert.deepEqual(found('Damage to crops came to $9 million.', 'courier'), ['$9 million -> crop-damage disagrees']);
  });
});
