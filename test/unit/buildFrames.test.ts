import assert from 'node:assert/strict';
import { buildTable } from '../../src/engine';
import { extract } from '../../src/engine/tabulate/draft';
import { readSources } from '../../src/engine/tabulate/source';
import { loadClean as load, withValue } from './support/tables';

describe('build: lining facts up by what a figure counts, when and in which unit', () => {
  it('keeps the dead and the injured apart even when their sentences share their words', () => {
    const t = load(
      buildTable(
        [
          { path: 'a/first-wire.md', text: '# Quake\n\nThe earthquake near Ostrava Dale killed 12 people on Tuesday, officials said.\n' },
          { path: 'a/second-wire.md', text: '# Quake\n\nThe earthquake near Ostrava Dale injured 12 people on Tuesday, officials said.\n' },
        ],
        { minSources: 1 },
      ),
    );
    const killed = withValue(t, 'first-wire', 12);
    const injured = withValue(t, 'second-wire', 12);
    assert.ok(killed && injured);
    assert.notEqual(killed.id, injured.id);
  });

  it('keeps apart one forecast for two years, as the checker reads a year beside its figure ("3% in 2031")', () => {
    const t = load(
      buildTable(
        [
          { path: 'g/ledger.md', text: '# Outlook\n\nThe central bank expects output to grow by 3% in 2031, its governor said.\n' },
          { path: 'g/courier.md', text: '# Outlook\n\nThe central bank expects output to grow by 3% in 2032, its governor said.\n' },
        ],
        { minSources: 1 },
      ),
    );
    assert.notEqual(withValue(t, 'ledger', 3)?.id, withValue(t, 'courier', 3)?.id);
  });

  it('keeps a figure placed "this year" off the year its sentence gives the next figure', () => {
    const t = load(
      buildTable(
        [
          { path: 'h/ledger.md', text: '# Outlook\n\nThe central bank expects output to grow by about 2% this year, before growth quickens to 3% in 2031.\n' },
          { path: 'h/courier.md', text: '# Outlook\n\nThe central bank expects output to grow by 3% in 2031, its governor said.\n' },
        ],
        { minSources: 1 },
      ),
    );
    const forecast = withValue(t, 'courier', 3);
    assert.ok(forecast);
    assert.deepEqual(
      forecast.claims.map((c) => `${c.source} ${String(c.value)}`),
      ['ledger 3', 'courier 3'],
    );
  });

  it('keeps a figure of an earlier event apart from this one', () => {
    const t = load(
      buildTable(
        [
          { path: 'b/north.md', text: '# Floods\n\nFloods along the river Vell forced 4,000 families from their homes this week.\n' },
          { path: 'b/south.md', text: '# Floods\n\nFloods along the river Vell forced 4,100 families from their homes five years ago.\n' },
        ],
        { minSources: 1 },
      ),
    );
    assert.notEqual(withValue(t, 'north', 4000)?.id, withValue(t, 'south', 4100)?.id);
  });

  it('lines up one distance given in miles and in kilometres, the converted value marked about', () => {
    const t = load(
      buildTable([
        { path: 'c/east.md', text: '# Pipeline\n\nThe new gas pipeline under the Kessel Sea runs for 300 miles, its builders said.\n' },
        { path: 'c/west.md', text: '# Pipeline\n\nThe new gas pipeline under the Kessel Sea runs for 483 kilometres, its builders said.\n' },
      ]),
    );
    const pipe = t.facts.find((f) => f.kind === 'number' && f.claims.length === 2);
    assert.ok(pipe, JSON.stringify(t.facts.map((f) => f.id)));
    const [east, west] = ['east', 'west'].map((s) => pipe.claims.find((c) => c.source === s));
    assert.ok(east && west);
    // One of them is written in the other's unit, rounded, and marked as approximate.
    const converted = [east, west].find((c) => c.bound === 'about');
    assert.ok(converted, 'one claim converted');
    assert.ok(converted.value === 483 || converted.value === 300, String(converted.value));
    assert.equal(pipe.contested, false, '300 miles is 483 km');
    assert.ok(
      pipe.claims.every((c) => c.quote && /300 miles|483 kilometres/.test(c.quote)),
      'quotes keep the words as written',
    );
  });
});

describe("build: a source's own restatement of a figure", () => {
  it('reads a second mention of the same count of the same thing as the first said again', () => {
    const t = load(
      buildTable(
        [
          {
            path: 'r/valley-post.md',
            text: '# Fire\n\nAt least 12 people died when fire swept through the Hollin Street flats.\n\nNeighbours said the 12 died in their sleep.\n',
          },
          { path: 'r/river-times.md', text: '# Fire\n\nFire in the Hollin Street flats killed 12 people overnight.\n' },
        ],
        { minSources: 1 },
      ),
    );
    const twelves = t.facts.filter((f) => f.claims.some((c) => c.source === 'valley-post' && c.value === 12));
    assert.equal(twelves.length, 1, JSON.stringify(t.facts.map((f) => f.id)));
    assert.deepEqual(twelves[0].claims.map((c) => c.source).sort(), ['river-times', 'valley-post']);
  });

  it('keeps equal counts of one source apart when their places differ', () => {
    const t = load(
      buildTable([{ path: 'p/wire.md', text: '# Storm\n\nFloods killed 7 people in Marrow County.\n\nLandslides killed 7 people in Tessel County.\n' }], {
        minSources: 1,
      }),
    );
    assert.equal(t.facts.filter((f) => f.kind === 'number' && f.value === 7).length, 2, JSON.stringify(t.facts.map((f) => f.id)));
  });
});

describe('build: equal values in a list', () => {
  it('keeps "3,000 tents and 3,000 blankets" as two facts, each lined up with its echo', () => {
    const t = load(
      buildTable([
        { path: 'd/aid-one.md', text: '# Aid\n\nThe charity flew 3,000 tents and 3,000 blankets to the valley on Friday.\n' },
        { path: 'd/aid-two.md', text: '# Aid\n\nRelief flights carried 3,000 tents and 3,000 blankets into the valley.\n' },
      ]),
    );
    const lists = t.facts.filter((f) => f.kind === 'number' && f.claims.every((c) => c.value === 3000));
    assert.equal(lists.length, 2, JSON.stringify(t.facts.map((f) => [f.id, f.unit])));
    assert.deepEqual(lists.map((f) => f.unit).sort(), ['blankets', 'tents']);
    assert.ok(lists.every((f) => f.claims.length === 2));
  });
});

describe('build: a place written as its acronym', () => {
  it("reads a figure's acronym place as the place the story spells out", () => {
    const ex = extract(
      readSources([
        { path: 'q/one.md', text: '# Quake\n\nMost of the damage was in the Upper Tessel Valley, where 40 homes fell in the town of Marrow.\n' },
        {
          path: 'q/two.md',
          text: '# Quake\n\nPolice said most deaths were in the UTV with 12, and rescuers were still searching in the Upper Tessel Valley.\n',
        },
      ]),
    );
    const twelve = ex.claims.find((c) => c.value === 12);
    assert.ok(twelve);
    assert.deepEqual(twelve.frame.places, [['upper', 'tessel', 'valley']]);
  });
});

describe('build: the unit of a toll', () => {
  it('counts a toll in people, however its sources name the dead', () => {
    const t = load(
      buildTable([
        { path: 'u/one.md', text: '# Fire\n\nThe fire at the Ostrel depot caused 14 deaths, the brigade said.\n' },
        { path: 'u/two.md', text: '# Fire\n\nFourteen dead were counted after the fire at the Ostrel depot.\n' },
      ]),
    );
    const toll = t.facts.find((f) => f.kind === 'number' && f.claims.length === 2);
    assert.ok(toll, JSON.stringify(t.facts.map((f) => f.id)));
    assert.equal(toll.unit, 'people');
  });
});

describe('build: the place of a figure the sources disagree on', () => {
  it('drafts a contested place when two sources give one count in different places, and none when they agree', () => {
    const build = (a: string, b: string) =>
      load(
        buildTable([
          { path: 'v/one.md', text: `# Slide\n\nThe landslide after the storm killed six villagers in nearby ${a} province, rescuers said.\n` },
          { path: 'v/two.md', text: `# Slide\n\nThe landslide after the storm killed six villagers in ${b} province on Monday.\n` },
        ]),
      ).facts.filter((f) => f.kind === 'entity' && f.label.startsWith('Place of:'));
    const disputed = build('Marrow', 'Merrow');
    assert.equal(disputed.length, 1, JSON.stringify(disputed.map((f) => f.id)));
    assert.equal(disputed[0].contested, true);
    assert.deepEqual(disputed[0].claims.map((c) => `${c.source}=${String(c.value)}`).sort(), ['one=Marrow', 'two=Merrow']);
    assert.deepEqual(build('Marrow', 'Marrow'), []);
  });
});
