import assert from 'node:assert/strict';
import { convertUnit, isKnownUnit, normalizeUnit, readUnit, singularize, unitFamily } from '../../src/engine/extract/units';

describe('singularize', () => {
  it('handles regular and irregular plurals', () => {
    const cases: Array<[string, string]> = [
      ['troops', 'troop'],
      ['tons', 'ton'],
      ['casualties', 'casualty'],
      ['people', 'person'],
      ['men', 'man'],
      ['children', 'child'],
      ['feet', 'foot'],
      ['boxes', 'box'],
      ['churches', 'church'],
      ['sorties', 'sortie'],
      ['aircraft', 'aircraft'],
      ['series', 'series'],
      ['bus', 'bus'],
      ['status', 'status'],
      ['glass', 'glass'],
      ['service members', 'service member'],
      ['Vessels', 'vessel'],
    ];
    for (const [plural, single] of cases) assert.equal(singularize(plural), single, plural);
  });
});

describe('normalizeUnit', () => {
  it('lower-cases, singularises and resolves spellings and abbreviations', () => {
    const cases: Array<[string, string]> = [
      ['Troops', 'troop'],
      ['km', 'kilometer'],
      ['kilometres', 'kilometer'],
      ['kilometers', 'kilometer'],
      ['people', 'person'],
      ['kg', 'kilogram'],
      ['lbs', 'pound'],
      ['metric tons', 'tonne'],
      ['mi', 'mile'],
      ['litres', 'liter'],
      ['air strikes', 'airstrike'],
      ['hrs', 'hour'],
      ['widgets', 'widget'],
    ];
    for (const [written, unit] of cases) assert.equal(normalizeUnit(written), unit, written);
  });
});

describe('unitFamily', () => {
  it('groups units that measure or count the same thing', () => {
    assert.equal(unitFamily('kilometer'), 'length');
    assert.equal(unitFamily('miles'), 'length');
    assert.equal(unitFamily('tons'), 'mass');
    assert.equal(unitFamily('kg'), 'mass');
    assert.equal(unitFamily('barrels'), 'volume');
    assert.equal(unitFamily('months'), 'duration');
    for (const u of ['person', 'people', 'death', 'casualty', 'troop', 'soldier', 'sailor', 'civilian']) {
      assert.equal(unitFamily(u), 'people', u);
    }
    for (const u of ['vessel', 'boats', 'ships']) assert.equal(unitFamily(u), 'vessel', u);
    assert.equal(unitFamily('strikes'), 'strike');
  });

  it('knows nothing of unfamiliar nouns', () => {
    assert.equal(unitFamily('widget'), undefined);
    assert.equal(isKnownUnit('widget'), false);
    assert.equal(isKnownUnit('Troops'), true);
  });
});

describe('convertUnit', () => {
  const close = (a: number | undefined, b: number) => assert.ok(a !== undefined && Math.abs(a - b) < 1e-6 * b, `${a} ~ ${b}`);

  it('converts within a measurable family', () => {
    close(convertUnit(300, 'km', 'miles'), 186.411357671);
    close(convertUnit(1, 'mile', 'kilometer'), 1.609344);
    close(convertUnit(19, 'tons', 'kg'), 19000);
    close(convertUnit(2, 'pounds', 'kilogram'), 0.90718474);
    close(convertUnit(18, 'months', 'years'), 1.5);
  });

  it('keeps counts of the same kind one for one and refuses across families', () => {
    assert.equal(convertUnit(15000, 'troops', 'people'), 15000);
    assert.equal(convertUnit(5, 'widget', 'widgets'), 5);
    assert.equal(convertUnit(5, 'km', 'kg'), undefined);
    assert.equal(convertUnit(5, 'troop', 'vessel'), undefined);
    assert.equal(convertUnit(5, 'widget', 'gadget'), undefined);
  });
});

describe('readUnit', () => {
  const unitAfter = (s: string, figure: string) => readUnit(s, s.indexOf(figure) + figure.length)?.unit;

  it('reads the noun after a figure, skipping adjectives', () => {
    assert.equal(unitAfter('some 15,000 U.S. troops', '15,000'), 'troop');
    assert.equal(unitAfter('83 more deaths', '83'), 'death');
    assert.equal(unitAfter('19 tons of cocaine', '19'), 'ton');
    assert.equal(unitAfter('12 square kilometers of forest', '12'), 'square kilometer');
    assert.equal(unitAfter('40 service members', '40'), 'service member');
    assert.equal(unitAfter('winds of 140 miles per hour', '140'), 'mile per hour');
    assert.equal(unitAfter('walking at 5 kilometres an hour', '5'), 'kilometer per hour');
    assert.equal(unitAfter('a 10-year term', '10'), 'year');
    assert.equal(unitAfter('a 15-year-old pupil', '15'), 'year');
    assert.equal(unitAfter('1 person killed', '1'), 'person');
    assert.equal(unitAfter('9 wounded soldiers', '9'), 'soldier');
  });

  it('reports where the unit was written and whether it is known', () => {
    const s = '300 km east';
    const u = readUnit(s, 3);
    assert.deepEqual(u, { unit: 'kilometer', start: 4, end: 6, known: true });
    assert.equal(readUnit('5 widgets', 1)?.known, false);
  });

  it('finds no unit before a function word, a verb or punctuation', () => {
    assert.equal(unitAfter('83 were hurt', '83'), undefined);
    assert.equal(unitAfter('rose by 83.', '83'), undefined);
    assert.equal(unitAfter('then 83 quickly left', '83'), undefined);
    assert.equal(unitAfter('the Boeing 737 Max', '737'), undefined);
  });
});
