import assert from 'node:assert/strict';
import { ownersIn } from '../../src/engine/match/owners';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a town council raises its parking fee; a neighbouring town is mentioned for comparison.
const TABLE = `version: 1
sources:
  courier: { title: Eastbury raises parking charges, publisher: The Eastbury Courier, published: 2031-06-04 }
facts:
  fee:
    label: Hourly parking fee in the town centre after the rise
    kind: money
    currency: GBP
    cues: [hourly fee, parking fee, an hour, raised, to]
    value: 3.5
    claims:
      - { source: courier, value: 3.5, quote: "Eastbury council raised the hourly parking fee to £3.50" }
  clerk-age:
    label: Age of the town clerk who signed the order
    kind: number
    unit: years
    cues: [aged, age, year-old, town clerk]
    value: 58
    claims:
      - { source: courier, value: 58, quote: "Ada Pryce, 58, the town clerk, signed the order" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2031-06-04', body);

describe("a figure of a name's own thing", () => {
  it('is not a fact of the table when the table never writes the name', () => {
    assert.deepEqual(lines("Marlow's council raised the hourly parking fee to £4."), []);
    assert.deepEqual(lines("Next door, the Borough of Marlow's council raised its hourly fee to £4 in May."), []);
  });

  it('is not a fact of the table when a name the table never writes opens the sentence as its subject', () => {
    assert.deepEqual(lines('Marlow raised its hourly parking fee to £4 in May.'), []);
    assert.deepEqual(lines('Neighbouring Marlow raised its hourly parking fee to £4.'), []);
    assert.deepEqual(lines('Not so elsewhere: Marlow saw its hourly parking fee go to £4.'), []);
    assert.deepEqual(lines('Drivers in neighbouring Marlow pay an hourly parking fee raised to £4.'), []);
    // A name that reports a figure does not own it; a common word opening the sentence is no name.
    assert.deepEqual(lines('Marlow said the hourly parking fee was raised to £4.'), ['£4 -> fee disagrees']);
    assert.deepEqual(lines('Drivers paid an hourly parking fee raised to £4.'), ['£4 -> fee disagrees']);
    assert.deepEqual(lines('Eastbury raised its hourly parking fee to £4.'), ['£4 -> fee disagrees']);
  });

  it('is not a fact of the table when a named thing of another place or time opens a clause as its subject', () => {
    assert.deepEqual(lines('The Marlow scheme of 2019 cut parking charges and raised the hourly parking fee to £4.'), []);
    assert.deepEqual(lines("Fees fell in May, and last year's Marlow scheme in Kent raised the hourly parking fee to £4."), []);
    assert.deepEqual(lines('The Eastbury scheme of 2031 raised the hourly parking fee to £4.'), ['£4 -> fee disagrees']);
    // A compound of English words opening the sentence is no name, and a hyphen in it breaks nothing.
    assert.deepEqual(lines('Long-awaited changes raised the hourly parking fee to £4.'), ['£4 -> fee disagrees']);
    assert.deepEqual(lines('Co-op raised the hourly parking fee to £4.'), []);
  });

  it('is not a fact of the table inside a which-clause on a name the table never writes', () => {
    assert.deepEqual(lines('Drivers once parked at the Fernley garage, where an hourly parking fee of £4 is charged.'), []);
    assert.deepEqual(lines('Drivers can park at the Fernley, which charges an hourly parking fee of £4.'), []);
    // On the story's own name, or on a word capitalised only for opening the sentence, the figure is the table's.
    assert.deepEqual(lines('Eastbury council, which raised the hourly parking fee to £4, met on Monday.'), ['£4 -> fee disagrees']);
    assert.deepEqual(lines('Charges, which put the hourly parking fee at £4, rose.'), ['£4 -> fee disagrees']);
  });

  it('is not a fact of the table in a sentence opening on a when-clause of a name the table never writes', () => {
    assert.deepEqual(lines('When the Marlow car parks reopened, the hourly parking fee was raised to £4.'), []);
    assert.deepEqual(lines('After Marlow cut its charges, the hourly parking fee was raised to £4.'), []);
    // The story's own name, or a when-clause of no name, leaves the figure to the table.
    assert.deepEqual(lines('When Eastbury council voted, the hourly parking fee was raised to £4.'), ['£4 -> fee disagrees']);
    assert.deepEqual(lines('When the council voted, the hourly parking fee was raised to £4.'), ['£4 -> fee disagrees']);
  });

  it("is judged when the name is the story's own, one of its sources, or a day", () => {
    assert.deepEqual(lines("Eastbury's council raised the hourly parking fee to £4."), ['£4 -> fee disagrees']);
    assert.deepEqual(lines("The Courier's reporters found the hourly parking fee raised to £4."), ['£4 -> fee disagrees']);
    assert.deepEqual(lines("Tuesday's vote raised the hourly parking fee to £4."), ['£4 -> fee disagrees']);
  });

  it('gives a figure to the person the sentence gives it to, and to no fact that does not name that person', () => {
    assert.deepEqual(lines('Ada Pryce, 61, signed the order.'), ['61 -> clerk-age disagrees']);
    assert.deepEqual(lines('The 40-year-old clerk, Ada Pryce, signed the order.'), ['40 -> clerk-age disagrees']);
    assert.deepEqual(lines('Shopkeeper Tom Vesey, 31, who fought the order signed by the town clerk, spoke.'), []);
    assert.deepEqual(lines('The 44-year-old deputy, Ben Hale, signed the order for the town clerk.'), []);
    assert.deepEqual(lines('Ada Pryce, the 62-year-old town clerk, signed the order.'), ['62 -> clerk-age disagrees']);
    assert.deepEqual(lines('The order went to Ben Hale, the 44-year-old town clerk of Marlow.'), []);
    assert.deepEqual(lines('Councillor Joan Wick, who wanted the hourly parking fee raised to £4, voted no.'), []);
  });

  it('reads possessive names, words of time aside', () => {
    assert.deepEqual(ownersIn("Marlow's council and the Bank of Estmark's rate"), [['marlow'], ['bank', 'estmark']]);
    assert.deepEqual(ownersIn("Reuters' count after Monday's vote"), [['reuter']]);
    assert.deepEqual(ownersIn("the council's vote"), []);
  });
});
