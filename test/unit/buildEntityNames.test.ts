import assert from 'node:assert/strict';
import { buildTable, updateTable, type Fact, type FactTable } from '../../src/engine';
import { findingsOf, loadClean } from './support/tables';

// Made-up reports of made-up events: each rule of how news prose names places, parties and bodies.

const load = loadClean;

function build(...texts: string[]): FactTable {
  return load(buildTable(texts.map((text, i) => ({ path: `src/s${i + 1}.md`, text }))));
}

function entities(t: FactTable): Fact[] {
  return t.facts.filter((f) => f.kind === 'entity');
}

function entity(t: FactTable, value: string): Fact | undefined {
  return entities(t).find((f) => f.value === value);
}

/** How many sources name the fact. */
const sourcesOf = (f: Fact) => new Set(f.claims.map((c) => c.source)).size;

const shown = (t: FactTable) => JSON.stringify(entities(t).map((f) => `${f.value} (${f.label})`));

describe('build: an acronym and the name it stands for', () => {
  const sources = [
    '# Rents\n\nRents rose by 4% this year, the Office for Fair Rents (OFR) said on Tuesday. The OFR expects more rises.\n',
    '# Rents\n\nLandlords raised rents by 4%, according to figures from the OFR released on Tuesday.\n',
  ];

  it('makes the spelled-out name the value, every source a claim of it, and the acronym an alias', () => {
    const t = build(...sources);
    const f = entity(t, 'Office for Fair Rents');
    assert.ok(f, shown(t));
    assert.equal(sourcesOf(f), 2);
    assert.deepEqual(new Set(f.claims.map((c) => c.value)), new Set(['Office for Fair Rents']));
    assert.deepEqual(f.aliases, ['OFR']);
    assert.match(f.label, /^Organisation named in the sources/);
    assert.equal(entity(t, 'OFR'), undefined);
  });

  it('links an acronym to a name whose initials spell it, without brackets', () => {
    const t = build(
      '# Clinics\n\nThe Rural Clinics Network will open six sites. A spokeswoman said the RCN had hired nurses.\n',
      '# Clinics\n\nNurses hired by the RCN will staff the six new sites from May.\n',
    );
    const f = entity(t, 'Rural Clinics Network');
    assert.ok(f, shown(t));
    assert.equal(sourcesOf(f), 2);
  });

  it('does not link a two-letter acronym to a name by its initials alone', () => {
    const t = build('# Rail\n\nTrains left Union Station late, and the US fare board met.\n', '# Rail\n\nThe US fare board met as trains left late.\n');
    assert.equal(entity(t, 'Union Station'), undefined, shown(t));
  });

  it('leaves an acronym no source spells out alone, however many sources use it', () => {
    const t = build('# Tax\n\nThe levy adds to VAT and to the QRT on fuel.\n', '# Tax\n\nShoppers pay VAT, and drivers the QRT, from June.\n');
    assert.deepEqual(entities(t), []);
  });

  it('cites the spelling the acronym spells when a source garbles the long name, and notes the slip', () => {
    const yaml = buildTable([
      { path: 'a/one.md', text: '# Floods\n\nThe Coastal Flood Defence and Pumping Board (CFDPB) said 300 homes were flooded.\n' },
      { path: 'a/two.md', text: '# Floods\n\nThe Coastal Defence and Pumping Board (CFDPB) counted 300 flooded homes.\n' },
      { path: 'a/three.md', text: '# Floods\n\nAbout 300 homes flooded, the CFDPB said on Friday.\n' },
    ]);
    const f = entity(load(yaml), 'Coastal Flood Defence and Pumping Board');
    assert.ok(f, yaml);
    assert.deepEqual(
      f.claims.map((c) => c.source),
      ['one', 'two', 'three'],
    );
    assert.equal(f.contested, false);
    assert.match(yaml, /^ {2}# Spelling variant: Coastal Defence and Pumping Board \(two\), written out for CFDPB but not spelling it$/m);
  });

  it('lets a draft that writes the acronym agree with the fact', () => {
    const yaml = buildTable(sources.map((text, i) => ({ path: `src/s${i + 1}.md`, text })));
    assert.deepEqual(findingsOf(yaml, 'Rents rose, the OFR said.\n'), ['agrees OFR']);
  });
});

describe('build: parties', () => {
  it('makes a party written out once the value of its bare name in other sources', () => {
    const t = build(
      '# Vote\n\nIn the Green Party’s first term in office, the budget grew by 3%.\n',
      '# Vote\n\nThe new Green government raised the budget by 3% in its first year.\n',
      '# Vote\n\nCritics said Green had broken a promise on the 3% rise.\n',
    );
    const f = entity(t, 'Green Party');
    assert.ok(f, shown(t));
    assert.equal(sourcesOf(f), 3);
    assert.deepEqual(new Set(f.claims.map((c) => c.value)), new Set(['Green Party']));
    assert.deepEqual(f.aliases, ['Green']);
    assert.match(f.label, /^Organisation named/);
  });

  it('reads a party from its plural and its use before "government", when no source writes it out', () => {
    const t = build(
      '# Vote\n\nShe blamed the Liberals for the deficit of 2 billion crowns.\n',
      '# Vote\n\nThe previous Liberal government left a deficit of 2 billion crowns, he said.\n',
    );
    assert.ok(entity(t, 'Liberal Party'), shown(t));
  });

  it('does not take a people for a party', () => {
    const t = build(
      '# Talks\n\nThe Saudis hosted the talks, and the Saudi government paid for them.\n',
      '# Talks\n\nEnvoys met the Saudis on Monday; Saudi officials said the talks went well.\n',
    );
    assert.equal(entity(t, 'Saudi Party'), undefined, shown(t));
  });

  it('does not take a plural place name for a party', () => {
    const t = build(
      '# Aid\n\nAid reached the Vellines on Monday, and the Velline government thanked donors.\n',
      '# Aid\n\nIn the Vellines, the Velline government said the aid had arrived.\n',
    );
    assert.equal(entity(t, 'Velline Party'), undefined, shown(t));
  });
});

describe('build: one-word places', () => {
  it('makes a one-word place a fact when a place noun marks it in one source and another names it', () => {
    const t = build(
      '# Quake\n\nThe quake struck near the town of Marrow, in Kelso province, at dawn.\n',
      '# Quake\n\nHomes collapsed in Marrow and across Kelso after the quake.\n',
    );
    for (const value of ['Marrow', 'Kelso']) {
      const f = entity(t, value);
      assert.ok(f, shown(t));
      assert.match(f.label, /^Place named in the sources/);
      assert.equal(sourcesOf(f), 2);
    }
  });

  it('needs the place noun: one-word names no source marks as a place are left out', () => {
    const t = build('# Quake\n\nThe quake struck near Marrow at dawn.\n', '# Quake\n\nHomes collapsed in Marrow after the quake.\n');
    assert.equal(entity(t, 'Marrow'), undefined);
  });

  it('takes "region" and "island" as a tie to a longer name, not as a place of their own', () => {
    const t = build(
      '# Rain\n\nMost deaths were in the Ardel Upland Region, officials said.\n',
      '# Rain\n\nTwelve people died in the Ardel region, and rain fell across the Pacific region.\n',
      '# Rain\n\nThe Pacific region saw more rain on Sunday.\n',
    );
    const f = entity(t, 'Ardel Upland Region');
    assert.ok(f, shown(t));
    assert.equal(sourcesOf(f), 2);
    assert.equal(entity(t, 'Pacific'), undefined);
  });

  it('counts a wire dateline as one source naming the place, never as the only ones', () => {
    const withStory = build(
      '# Quake\n\nThe quake struck Delmont city at dawn.\n',
      '# Quake\n\nWire Service\n\nDELMONT, Ardenia\n\nThe quake struck at dawn.\n',
    );
    const f = entity(withStory, 'Delmont');
    assert.ok(f, shown(withStory));
    assert.equal(sourcesOf(f), 2);
    const onlyDatelines = build(
      '# Quake\n\nWire Service\n\nDELMONT, Ardenia\n\nThe quake struck at dawn.\n',
      '# Quake\n\nDELMONT, Ardenia (Wire) — The quake struck at dawn.\n',
    );
    assert.equal(entity(onlyDatelines, 'Delmont'), undefined);
  });
});

describe('build: names that are not the story’s', () => {
  it('leaves out countries, newspapers and photo credits', () => {
    const t = build(
      '# Talks\n\nOn Monday, envoys of New Zealand met in Kelso city, the Northport Herald reported. (Photo: Ann Lee/Wire Pictures)\n',
      '# Talks\n\nLast week, envoys from New Zealand met in Kelso city on Monday, the Northport Herald said. (Ann Lee/Wire Pictures)\n',
    );
    assert.equal(entity(t, 'New Zealand'), undefined, shown(t));
    assert.equal(entity(t, 'Northport Herald'), undefined, shown(t));
    assert.equal(entity(t, 'Wire Pictures'), undefined, shown(t));
    assert.ok(entity(t, 'Kelso'), shown(t));
  });

  it('leaves out the outlets the sources come from', () => {
    const t = build(
      '# Port reopens | Harbour Ledger\n\nThe port reopened on Monday, Harbour Ledger has learned from the Port Safety Board.\n',
      '# Port reopens\n\nThe Port Safety Board reopened the port on Monday, as Harbour Ledger first reported.\n',
    );
    assert.equal(entity(t, 'Harbour Ledger'), undefined, shown(t));
    assert.ok(entity(t, 'Port Safety Board'), shown(t));
  });
});

describe('build: what a name names', () => {
  it('reads a body that opens its sentence, without the "The"', () => {
    const t = build('# Rents\n\nThe Office for Fair Rents said rents rose.\n', '# Rents\n\nThe Office for Fair Rents expects rents to rise.\n');
    const f = entity(t, 'Office for Fair Rents');
    assert.ok(f, shown(t));
    assert.match(f.label, /^Organisation named/);
  });

  it('types a name that speaks as a body, not a place', () => {
    const t = build('# Talks\n\nThe Grey House said talks would resume.\n', '# Talks\n\nTalks resume on Friday, the Grey House announced.\n');
    const f = entity(t, 'Grey House');
    assert.ok(f, shown(t));
    assert.match(f.label, /^Organisation named/);
  });

  it('types a storm as a storm and a craft named like a person as no person', () => {
    const t = build(
      '# Storm\n\nOn Sunday, Typhoon Ilsa Varga forced the carrier Harriet M. Lane back to port.\n',
      '# Storm\n\nThe carrier Harriet M. Lane sheltered from Typhoon Ilsa Varga on Monday.\n',
    );
    const storm = entity(t, 'Typhoon Ilsa Varga');
    assert.ok(storm, shown(t));
    assert.match(storm.label, /^Storm named/);
    const craft = entity(t, 'Harriet M. Lane');
    assert.ok(craft, shown(t));
    assert.match(craft.label, /^Ship named/);
    assert.ok(!entities(t).some((f) => /^Person/.test(f.label)), shown(t));
  });
});

describe('build: places named like people', () => {
  it('makes a name any source writes as a place a place, not a person', () => {
    const t = build(
      '# Floods\n\nResidents of Rosa Almeda waded through floodwater, and the Rosa Almeda school closed.\n',
      '# Floods\n\nRescuers reached families in Rosa Almeda on Sunday.\n',
      '# Floods\n\nRosa Almeda, the worst-hit village, had no power.\n',
    );
    const f = entity(t, 'Rosa Almeda');
    assert.ok(f, shown(t));
    assert.match(f.label, /^Place named/);
  });

  it('still takes a person whose name follows "in" as a possessive for a person', () => {
    const t = build('# Vote\n\nIn Marta Quell’s view, Mayor Marta Quell said, the vote was fair.\n', '# Vote\n\nMayor Marta Quell said the vote was fair.\n');
    const f = entity(t, 'Marta Quell');
    assert.ok(f, shown(t));
    assert.match(f.label, /Mayor/);
  });
});

describe('build: roles and adjectives that look like names', () => {
  it('lists no title as a name', () => {
    const t = build(
      '# Budget\n\nOn Monday the Prime Minister said the Finance Secretary would resign.\n',
      '# Budget\n\nThe vote came after the Prime Minister and the Finance Secretary spoke.\n',
    );
    assert.deepEqual(entities(t), [], shown(t));
  });

  it('does not read "state" after an adjective as a place noun', () => {
    const t = build(
      '# Talks\n\nThe talks were shown on Ardenian state television on Monday.\n',
      '# Talks\n\nViewers of Ardenian state media saw the talks, and Ardenian officials spoke.\n',
    );
    assert.equal(entity(t, 'Ardenian'), undefined, shown(t));
  });
});

describe('build --update: names the table already holds', () => {
  it('drafts no second fact for new sources that give a name the table holds by its acronym', () => {
    const old = [
      { path: 'r/one.md', text: '# Rents\n\nRents rose by 4%, the Office for Fair Rents (OFR) said.\n' },
      { path: 'r/two.md', text: '# Rents\n\nThe OFR said rents rose by 4% this year.\n' },
    ];
    const fresh = [
      { path: 'r/three.md', text: '# Rents\n\nTenants paid 4% more, figures from the OFR showed.\n' },
      { path: 'r/four.md', text: '# Rents\n\nA report by the Office of Fair Rents (OFR) put the rise at 4%.\n' },
    ];
    const updated = load(updateTable(buildTable(old), [...old, ...fresh]));
    assert.deepEqual(
      entities(updated).map((f) => f.value),
      ['Office for Fair Rents'],
    );
  });
});
