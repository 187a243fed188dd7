import assert from 'node:assert/strict';
import { buildTable, dateValueToIso, type DateValue } from '../../src/engine';
import { isDistinctive, roundsFrom, weigh } from '../../src/engine/tabulate/similarity';
import { nearestYear } from '../../src/engine/tabulate/collect';
import { loadClean as load, withValue } from './support/tables';

describe('build: what equal and rounded values say about being one fact', () => {
  it('counts exact-looking figures and sums in the millions as distinctive, small round ones as not', () => {
    assert.equal(isDistinctive(171_932, false), true);
    assert.equal(isDistinctive(12.21, false), true);
    assert.equal(isDistinctive(6.5, false), true);
    assert.equal(isDistinctive(40e9, true), true);
    assert.equal(isDistinctive(40e9, false), false);
    assert.equal(isDistinctive(2, false), false);
    assert.equal(isDistinctive(20, false), false);
    assert.equal(isDistinctive(15_000, false), false);
    assert.equal(isDistinctive(500_000, true), false);
  });

  it('weighs a verb that only says something happened ("occurred") below the word that names the event', () => {
    const v = weigh(
      new Map([
        ['occur', 1],
        ['call', 1],
      ]),
      () => 1,
    );
    assert.equal(v.get('occur'), 0.5);
    assert.equal(v.get('call'), 1);
  });

  it('reads a figure written to fewer digits, or one off in its last digit, as rounded from the exact one', () => {
    assert.equal(roundsFrom(3.42e9, 3_418_550_000), true);
    assert.equal(roundsFrom(3.41e9, 3_418_550_000), true, 'truncated, not rounded');
    assert.equal(roundsFrom(14e9, 14_339_000_000), true);
    assert.equal(roundsFrom(3.4e9, 3_518_550_000), false, 'more than a unit of the last digit apart');
    assert.equal(roundsFrom(20, 25), false, 'a one-digit round figure says nothing of its precision');
    assert.equal(roundsFrom(3_418_550_000, 3.42e9), false, 'the exact figure is not rounded from the round one');
    assert.equal(roundsFrom(342, 342), false);
  });

  // Without the value's own weight, these pairs share too few words to be lined up.
  it('lines up one distinctive sum that two outlets frame in different words', () => {
    const t = load(
      buildTable([
        { path: 'a/herald.md', text: '# Budget\n\nThe finance minister unveiled £31 billion of new borrowing on Thursday.\n' },
        { path: 'a/courier.md', text: '# Budget\n\nOpposition members said the £31bn of borrowing the government now plans was reckless.\n' },
      ]),
    );
    const borrowing = withValue(t, 'herald', 31e9);
    assert.ok(borrowing, JSON.stringify(t.facts.map((f) => f.id)));
    assert.deepEqual(borrowing.claims.map((c) => c.source).sort(), ['courier', 'herald']);
    assert.equal(borrowing.contested, false);
  });

  it('lines up a rounded figure with the exact one it came from, contested only when it is misrounded', () => {
    const t = load(
      buildTable([
        { path: 'b/ledger.md', text: '# Floods\n\nRepairs to roads and bridges will cost $3.41 billion, the transport agency estimated.\n' },
        { path: 'b/gazette.md', text: '# Floods\n\nThe agency put the repair bill for roads and bridges at $3,418,550,000 in its latest report.\n' },
      ]),
    );
    const repairs = withValue(t, 'ledger', 3.41e9);
    assert.ok(repairs, JSON.stringify(t.facts.map((f) => f.id)));
    assert.deepEqual(repairs.claims.map((c) => c.source).sort(), ['gazette', 'ledger']);
    assert.equal(repairs.contested, true, '3,418,550,000 rounds to 3.42 billion');
  });

  it('lines up a toll a later report puts higher, contested, citing the latest report', () => {
    const sources = [
      { path: 'd/morning.md', text: '---\ndate: 2031-03-02\n---\n# Mine collapse\n\nThe collapse at the Orvel mine has killed 12 miners, rescuers said.\n' },
      { path: 'd/evening.md', text: '---\ndate: 2031-03-04\n---\n# Mine collapse\n\nOfficials said 31 people had been killed at the Orvel mine.\n' },
    ];
    const t = load(buildTable(sources));
    const toll = withValue(t, 'morning', 12);
    assert.ok(toll, JSON.stringify(t.facts.map((f) => f.id)));
    assert.deepEqual(toll.claims.map((c) => c.source).sort(), ['evening', 'morning']);
    assert.equal(toll.contested, true);
    assert.equal(toll.value, 31, 'the latest report is the figure to use');
    assert.match(buildTable(sources), /# A running count, reported again as it grew: the latest report's figure \(evening, 2031-03-04\) is cited/);
  });

  it('reads no running count where the later report gives less: that is a disagreement, not an update', () => {
    const yaml = buildTable([
      { path: 'e/morning.md', text: '---\ndate: 2031-03-02\n---\n# Mine collapse\n\nThe collapse at the Orvel mine has killed 31 miners, rescuers said.\n' },
      {
        path: 'e/evening.md',
        text: '---\ndate: 2031-03-04\n---\n# Mine collapse\n\nThe collapse at the Orvel mine has now killed 12 miners, the rescue service said.\n',
      },
    ]);
    const toll = withValue(load(yaml), 'morning', 31);
    assert.ok(toll);
    assert.equal(toll.contested, true);
    assert.doesNotMatch(yaml, /running count/);
  });

  it("reads an undated source's yearless date in the year that puts it nearest the story's date", () => {
    assert.deepEqual(nearestYear({ year: 2032, month: 11, day: 24, precision: 'day' }, '2031-12-01'), { year: 2031, month: 11, day: 24, precision: 'day' });
    assert.deepEqual(nearestYear({ year: 2031, month: 1, day: 3, precision: 'day' }, '2031-12-28'), { year: 2032, month: 1, day: 3, precision: 'day' });
    const t = load(
      buildTable([
        { path: 'c/dated.md', text: '---\ndate: 2031-12-01\n---\n# Ban\n\nThe ban on night flights took effect on November 24, the ministry said.\n' },
        { path: 'c/undated.md', text: '# Ban\n\nOn 18 November 2031 the ministry said the ban on night flights will take effect on 24 November.\n' },
      ]),
    );
    const ban = t.facts.find((f) => f.kind === 'date' && f.claims.length === 2);
    assert.ok(ban, JSON.stringify(t.facts.map((f) => f.id)));
    assert.deepEqual(
      ban.claims.map((c) => dateValueToIso(c.value as DateValue)),
      ['2031-11-24', '2031-11-24'],
    );
  });

  it("dates an undated source's yearless month by the sources it lines up with, and leaves it out when none dates it", () => {
    const t = load(
      buildTable(
        [
          { path: 'd/one.md', text: '# Levy\n\nThe new levy on plastic bottles comes in from April, the minister told parliament.\n' },
          { path: 'd/two.md', text: '# Levy\n\nThe new levy on plastic bottles comes in from April 2031, the minister said.\n' },
          { path: 'd/three.md', text: '# Levy\n\nShops expect the bottle deposit scheme to start in June, traders said.\n' },
        ],
        { minSources: 1 },
      ),
    );
    const dates = t.facts.filter((f) => f.kind === 'date');
    assert.deepEqual(
      dates.map((f) => f.claims.map((c) => `${c.source}=${dateValueToIso(c.value as DateValue)}`).sort()),
      [['one=2031-04', 'two=2031-04']],
    );
  });
});
