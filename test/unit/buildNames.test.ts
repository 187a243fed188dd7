import assert from 'node:assert/strict';
import { buildTable } from '../../src/engine';
import { findingsOf, loadClean } from './support/tables';

const load = loadClean;

// Made-up reports: a ship named after a person, a body with a long name, a city named once each.
const SOURCES = [
  {
    path: 'in/bay-times.md',
    text:
      '# Frigate docks at Port Elwin\n\nThe frigate USS Harriet M. Lane docked at Port Elwin on Monday, the harbour office said. ' +
      'Officials at the Board of Coastal Safety welcomed its crew. Mayor Oren Calder spoke at the quay in Tessby.\n',
  },
  {
    path: 'in/coast-daily.md',
    text:
      '# Warship arrives in Port Elwin\n\nCrowds watched as USS Harriet M. Lane entered Port Elwin on Monday. ' +
      'A spokeswoman for the Board of Coastal Safety said the visit would last a week. Mayor Oren Calder was there.\n',
  },
];

describe('build: names of places, bodies and ships', () => {
  const t = load(buildTable(SOURCES));
  const entity = (value: string) => t.facts.find((f) => f.kind === 'entity' && f.value === value);

  it('makes a place or body two sources name an entity fact, under its whole name, with a readable label', () => {
    const board = entity('Board of Coastal Safety');
    assert.ok(board, JSON.stringify(t.facts.map((f) => f.value)));
    assert.deepEqual(
      board.claims.map((c) => c.source),
      ['bay-times', 'coast-daily'],
    );
    assert.match(board.label, /^(?:Organisation named|Place named|Named) in the sources: Board of Coastal Safety$/);
    assert.ok(entity('Port Elwin'));
  });

  it('types a ship named after a person as a ship, and lists no person for it', () => {
    const ship = entity('USS Harriet M. Lane');
    assert.ok(ship);
    assert.match(ship.label, /^Ship named in the sources/);
    assert.ok(!t.facts.some((f) => f.kind === 'entity' && f.value === 'Harriet M. Lane'), 'the ship is not a person');
    assert.ok(entity('Oren Calder'), 'the mayor still is one');
  });

  it('lists no person for a storm named like one', () => {
    const storm = load(
      buildTable([
        { path: 'w/one.md', text: '# Storm\n\nForecasters said Hurricane Delia Moss would reach the coast on Friday.\n' },
        { path: 'w/two.md', text: '# Storm\n\nResidents boarded up shops as Hurricane Delia Moss neared the coast.\n' },
      ]),
    );
    assert.ok(
      !storm.facts.some((f) => f.kind === 'entity' && /^(?:Person|.*Senator|.*President)/.test(f.label)),
      JSON.stringify(storm.facts.map((f) => f.label)),
    );
  });

  it('leaves out a one-word place and a name only one source uses', () => {
    assert.equal(entity('Tessby'), undefined);
    assert.equal(entity('Monday'), undefined);
  });
});

describe('build: a minority spelling of a person', () => {
  const sources = [
    { path: 'a/one.md', text: '# Port vote\n\nHarbour Commissioner Idris Vantongeren said the vote would pass.\n' },
    { path: 'a/two.md', text: '# Port vote\n\nHarbour Commissioner Idris Vantongeren told reporters the vote would pass.\n' },
    { path: 'a/three.md', text: '# Port vote\n\nHarbour Commissioner Idris Vantongren said the vote would pass easily.\n' },
  ];
  const yaml = buildTable(sources);

  it('cites the spelling most sources use and notes the other as a variant, its claim kept', () => {
    const person = load(yaml).facts.find((f) => f.kind === 'entity');
    assert.equal(person?.value, 'Idris Vantongeren');
    assert.deepEqual(
      person?.claims.map((c) => c.value),
      ['Idris Vantongeren', 'Idris Vantongeren', 'Idris Vantongren'],
    );
    assert.match(yaml, /^ {2}# Spelling variant: Idris Vantongren \(three\); most sources write Idris Vantongeren$/m);
  });

  it('lets the checker call a draft repeating the variant misspelled', () => {
    assert.deepEqual(findingsOf(yaml, 'Harbour Commissioner Idris Vantongren said the vote would pass.\n'), ['misspelled Idris Vantongren']);
  });
});
