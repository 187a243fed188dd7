import assert from 'node:assert/strict';
import { check, loadTable, prepareTable, type PreparedTable } from '../../src/engine';
import { claimWords, isMatchable } from '../../src/engine/match/match';
import { claimFrame } from '../../src/engine/match/frame';

// An invented city budget: four rates, each a rate of something else, and a fare before its rise.
const TABLE = `version: 1
sources:
  herald: { title: City budget raises fares, published: 2029-03-01 }
facts:
  fare-old:
    label: Bus fare before the rise
    kind: money
    currency: USD
    cues: [bus fare, fare, from]
    value: 2.5
    claims:
      - { source: herald, value: 2.5, quote: "bus fares go from $2.50 to $2.75" }
  fare-new:
    label: Bus fare after the rise
    kind: money
    currency: USD
    cues: [bus fare, fare, to]
    value: 2.75
    claims:
      - { source: herald, value: 2.75, quote: "bus fares go from $2.50 to $2.75" }
  parking-rate:
    label: Parking tax rate
    kind: percent
    cues: [parking tax, parking, rate]
    value: 8
    claims:
      - { source: herald, value: 8, quote: "a parking tax rate of 8%" }
  hotel-rate:
    label: Hotel tax rate
    kind: percent
    cues: [hotel tax, hotel, rate]
    value: 6
    claims:
      - { source: herald, value: 6, quote: "hotels pay 6%" }
  vacancy-rate:
    label: Office vacancy rate
    kind: percent
    cues: [vacancy, vacant, offices, rate]
    value: 14
    claims:
      - { source: herald, value: 14, quote: "14% of offices stand vacant" }
  parking-rise:
    label: Rise in the parking tax rate
    kind: percent
    cues: [parking tax, rise]
    value: 2
    claims:
      - { source: herald, value: 2, quote: "a two-point rise in the parking tax" }
  fare-start:
    label: When the bus fare rise takes effect
    kind: date
    cues: [bus fare, takes effect, rise]
    value: 2029-05
    claims:
      - { source: herald, value: 2029-05, quote: "the new fares take effect in May" }
  growth:
    label: Forecast growth of the city economy in 2029
    kind: percent
    cues: [growth, economy, rising to]
    value: 3
    claims:
      - { source: herald, value: 3, quote: "the city economy will grow by 3% in 2029" }
  turnout:
    label: Turnout at the budget vote
    kind: percent
    cues: [turnout, voters]
    value: 41
    claims:
      - { source: herald, value: 41, quote: "turnout of 41%" }
`;

function prepared(): PreparedTable {
  const { table, problems } = loadTable(TABLE);
  assert.ok(table, JSON.stringify(problems));
  return prepareTable(table);
}

function found(body: string): string[] {
  return check(`---\ndate: 2029-03-02\n---\n${body}\n`, prepared()).findings.map((f) => `${f.text} -> ${f.factId} ${f.verdict}`);
}

describe('what a word near a figure can say alone', () => {
  it('does not let a word most facts of the kind share pick one of them', () => {
    assert.deepEqual(found('The interest rate on the loan is 3%.'), []);
  });

  it("still lets that word add to a word of the fact's own", () => {
    assert.deepEqual(found('The hotel tax rate is 7%.'), ['7% -> hotel-rate disagrees']);
  });

  it('reads past an aside set off by commas to the words it interrupts', () => {
    assert.deepEqual(found('The hotel tax, which visitors pay on every night of their stay, now stands at 7%.'), ['7% -> hotel-rate disagrees']);
  });

  it("counts the words of a participle aside for less than the clause's own", () => {
    assert.deepEqual(found('The hotel tax, set by the parking authority, now stands at 7%.'), ['7% -> hotel-rate disagrees']);
  });

  it('does not halve the words two figures of one change share', () => {
    const text = 'The bus fare rose 20% to $3.';
    const [rise, fare] = check(text, prepared()).claims.filter(isMatchable);
    const frame = claimFrame(text, fare, fare.sentence, [rise]);
    const alone = claimWords(text, fare, [], claimFrame(text, fare, fare.sentence, []));
    assert.ok(alone.weights.get('fare'));
    assert.equal(claimWords(text, fare, [rise], frame).weights.get('fare'), alone.weights.get('fare'));
    assert.deepEqual(found(text), ['$3 -> fare-new disagrees']);
  });

  it("does not date a fact by the date of another fact's subject", () => {
    assert.deepEqual(found('The parking tax rise comes in June.'), []);
    assert.deepEqual(found('The bus fare rise comes in June.'), ['June -> fare-start disagrees']);
  });

  it("takes the role a source's quote gives a figure as the fact's, beside the one its cues give", () => {
    assert.deepEqual(found('The city economy should grow by 4% in 2029.'), ['4% -> growth disagrees']);
  });

  it('reads a rise and an increase as one change word', () => {
    assert.deepEqual(found('The parking tax increase is 3 percentage points.'), ['3 percentage points -> parking-rise disagrees']);
  });

  it("does not give a figure to a fact whose only word it shares belongs to another fact's subject too", () => {
    // "bus fare" names the fares' facts; the parking rise shares only "rise" with the sentence.
    assert.deepEqual(found('A 20% rise in the bus fare was voted down.'), []);
  });

  it('still gives a figure to a fact whose own subject it names beside the other one', () => {
    assert.deepEqual(found('The parking tax rise of 3 percentage points follows the bus fare rise.'), ['3 percentage points -> parking-rise disagrees']);
  });

  it('does not date a fact by a change word alone', () => {
    assert.deepEqual(found('Library fines rise from June.'), []);
    assert.deepEqual(found('The bus fare rise takes effect in June.'), ['June -> fare-start disagrees']);
  });

  it('keeps an old value off a change that goes the other way', () => {
    assert.deepEqual(found('In a leaner year the council cut the bus fare from $3 to $2.'), []);
    assert.deepEqual(found('The council raised the bus fare from $2 to $2.75.'), ['$2 -> fare-old disagrees', '$2.75 -> fare-new agrees']);
  });
});
