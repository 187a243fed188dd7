import assert from 'node:assert/strict';
import { check, loadTable, prepareTable, type CheckResult, type Finding, type PreparedTable } from '../../src/engine';

// A small story of our own: a ferry company's results and a storm that closed its harbour.
const TABLE = `version: 1
sources:
  gazette: { title: Gazette, published: 2027-03-04 }
  wire: { title: Wire, published: 2027-03-04 }
  bulletin: { title: Bulletin, published: 2027-03-05 }
facts:
  crew-count:
    label: Crew employed by the ferry line
    kind: number
    unit: crew members
    cues: [crew, employed]
    value: 1500
    bound: about
    claims:
      - { source: gazette, value: 1500, bound: about, quote: "about 1,500 crew" }
      - { source: wire, value: 1500, bound: about, quote: "some 1,500 crew" }
      - { source: bulletin, value: 1600, quote: "1,600 crew" }
  peak-gust:
    label: Strongest gust at the harbour
    kind: number
    unit: kilometers per hour
    cues: [gust, gusts]
    value: 140
    claims:
      - { source: gazette, value: 140, quote: "gusts of 140 km/h" }
  fuel-levy:
    label: Rise in the fuel levy, in percentage points
    kind: percent
    unit: percentage points
    cues: [fuel levy, levy]
    value: 1.5
    claims:
      - { source: gazette, value: 1.5, quote: "a rise of 1.5 percentage points in the fuel levy" }
  ticket-price:
    label: Price of a single crossing
    kind: money
    currency: GBP
    cues: [ticket, crossing, single]
    value: 42
    claims:
      - { source: wire, value: 42, quote: "a single crossing costs £42" }
  passengers-stranded:
    label: Passengers stranded by the storm
    kind: number
    unit: passengers
    cues: [stranded, passengers]
    value: 400
    bound: at-least
    claims:
      - { source: wire, value: 400, bound: at-least, quote: "at least 400 passengers were stranded" }
`;

function prepared(): PreparedTable {
  const { table, problems } = loadTable(TABLE);
  assert.ok(table, JSON.stringify(problems));
  return prepareTable(table);
}

const dated = (body: string) => `---\ndate: 2027-03-06\n---\n${body}\n`;

function finding(r: CheckResult, text: string): Finding {
  const f = r.findings.find((x) => x.text === text);
  assert.ok(f, `no finding for "${text}" in ${JSON.stringify(r.findings.map((x) => x.text))}`);
  return f;
}

describe('verdict rules', () => {
  const table = prepared();

  it('never calls a value one source reports an error, though it is outside the tolerance of the cited value', () => {
    const f = finding(check(dated('The line employs 1,600 crew.'), table), '1,600');
    assert.equal(f.verdict, 'contested');
    assert.deepEqual(
      f.sources.filter((s) => s.agrees).map((s) => s.source),
      ['bulletin'],
    );
  });

  it('reads "up to" on a peak as the value reached', () => {
    assert.equal(finding(check(dated('Gusts of up to 180 km/h tore at the harbour.'), table), 'up to 180').verdict, 'disagrees');
    assert.equal(finding(check(dated('Gusts of up to 140 km/h tore at the harbour.'), table), 'up to 140').verdict, 'agrees');
  });

  it('tells a percentage from percentage points', () => {
    const f = finding(check(dated('The fuel levy goes up by 1.5% in May.'), table), '1.5%');
    assert.equal(f.verdict, 'disagrees');
    assert.equal(f.replacement, '1.5 percentage points');
    // The message names the cited value in points, not as the same-looking percentage.
    assert.equal(f.message, '1.5% disagrees with 1.5 percentage points (gazette)');
    assert.equal(finding(check(dated('The fuel levy goes up by 1.5 percentage points in May.'), table), '1.5 percentage points').verdict, 'agrees');
  });

  it('judges money in another currency as wrong, offering the cited amount', () => {
    const f = finding(check(dated('A single crossing now costs $42.'), table), '$42');
    assert.equal(f.verdict, 'disagrees');
    assert.equal(f.replacement, '£42');
  });

  it('accepts an approximation that can be true of a bounded value ("nearly 410" against "at least 400")', () => {
    assert.equal(finding(check(dated('Nearly 410 passengers were stranded.'), table), 'Nearly 410').verdict, 'agrees');
    assert.equal(finding(check(dated('Nearly 300 passengers were stranded.'), table), 'Nearly 300').verdict, 'disagrees');
  });
});
