import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';
import { tableCells } from '../../src/engine/text/tables';

// An invented story: a city raises its transit fares and opens a new tram line.
const TABLE = `version: 1
sources:
  courier: { title: City raises transit fares, published: 2030-06-01 }
facts:
  fare-old:
    label: Adult bus fare before the rise
    kind: money
    currency: USD
    cues: [bus fare, fare, adult]
    value: 2
    claims:
      - { source: courier, value: 2, quote: "the adult bus fare rises from $2" }
  fare-new:
    label: New adult bus fare
    kind: money
    currency: USD
    cues: [bus fare, fare, adult, rises to]
    value: 3
    claims:
      - { source: courier, value: 3, quote: "the adult bus fare rises to $3" }
  pass-new:
    label: New price of a monthly pass
    kind: money
    currency: USD
    cues: [monthly pass, pass]
    value: 90
    claims:
      - { source: courier, value: 90, quote: "a monthly pass will cost $90" }
  fare-rise:
    label: Rise in fares per ride
    kind: money
    currency: USD
    cues: [fares, go up, per ride]
    value: 1
    claims:
      - { source: courier, value: 1, quote: "fares go up by $1 a ride" }
  tram-opening:
    label: Date the riverside tram line opened
    kind: date
    cues: [tram line, opened, opens]
    value: 2030-03
    claims:
      - { source: courier, value: 2030-03, quote: "the riverside tram line opened in March" }
`;

const table = preparedTable(TABLE);
const found = (body: string) => verdictLines(table, '2030-06-01', body);

describe('a markdown table', () => {
  const fares = (row: string) => `Here is what changes.\n\n| Ticket | Before | After |\n|---|---|---|\n${row}\n`;

  it("reads a cell with its row's label and its column's header, unless the header only says which side of a change it gives", () => {
    assert.deepEqual(found('| Rider | Monthly pass |\n|---|---|\n| Students | $95 |\n'), ['$95 -> pass-new disagrees']);
    assert.deepEqual(found(fares('| Monthly pass | $70 | $95 |')), ['$95 -> pass-new disagrees']);
  });

  it('gives a Before / After column the side of the change it holds', () => {
    assert.deepEqual(found(fares('| Adult bus fare | $2 | $4 |')), ['$2 -> fare-old agrees', '$4 -> fare-new disagrees']);
    assert.deepEqual(found('| Ticket | Now | Was |\n|---|---|---|\n| Adult bus fare | $4 | $2 |\n'), ['$4 -> fare-new disagrees', '$2 -> fare-old agrees']);
    const text = '| Item | Old | New |\n|---|---|---|\n| Bus fare | $2 | $3 |\n';
    const row = text.indexOf('| Bus');
    assert.deepEqual(
      tableCells(text, { start: row, end: text.length - 1 }).map((c) => c.role),
      [undefined, 'from', 'to'],
    );
  });

  it('is a table only where its line starts with a pipe', () => {
    const prose = 'Adult bus fare | $4 from July.';
    assert.deepEqual(tableCells(prose, { start: 0, end: prose.length }), []);
  });

  it('reads a bare month under a Date header as a date', () => {
    assert.deepEqual(found('| Date | What happened |\n|---|---|\n| April | Riverside tram line opens |\n'), ['April -> tram-opening disagrees']);
  });

  it("still dates a timeline row's event by the date that labels the row", () => {
    assert.deepEqual(found('| When | What |\n|---|---|\n| 14 April | Riverside tram line opens |\n'), ['14 April -> tram-opening disagrees']);
  });
});

describe('a Q&A', () => {
  it('reads the answer after a bold question line with the question as its subject', () => {
    assert.deepEqual(found('**How much will fares go up?**\n\nBy $5, from July.'), ['$5 -> fare-rise disagrees']);
  });

  it('does the same for a run-in question and a question heading', () => {
    assert.deepEqual(found('**How much will fares go up?** By $5, from July.'), ['$5 -> fare-rise disagrees']);
    assert.deepEqual(found('## How much will fares go up?\n\nBy $5, from July.'), ['$5 -> fare-rise disagrees']);
  });

  it("lends the question only to the answer's first sentence", () => {
    assert.deepEqual(found('**How much will fares go up?**\n\nNobody has said yet. By $5, some think.'), []);
  });

  it('takes no subject from a bold line that asks nothing', () => {
    assert.deepEqual(found('**Fares and more.**\n\nBy $5, from July.'), []);
  });
});
