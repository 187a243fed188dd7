import assert from 'node:assert/strict';
import { check, loadTable, prepareTable, type PreparedTable } from '../../src/engine';

// An invented story of our own: an earthquake in the Tarvo valley, and the ministry's statements after it.
const TABLE = `version: 1
sources:
  ledger: { title: Quake in Tarvo kills 112, published: 2031-05-08 }
  post: { title: Tarvo earthquake toll rises, published: 2031-05-09 }
facts:
  death-toll:
    label: People killed by the earthquake
    kind: number
    unit: people
    cues: [killed, dead, deaths, death toll, toll]
    value: 112
    claims:
      - { source: ledger, value: 112, quote: "killed 112 people" }
  injured:
    label: People injured by the earthquake
    kind: number
    unit: people
    cues: [injured, hurt, wounded]
    value: 540
    claims:
      - { source: ledger, value: 540, quote: "540 were injured" }
  kessa-deaths:
    label: Deaths in Kessa
    kind: number
    unit: people
    cues: [deaths, killed, dead]
    value: 31
    claims:
      - { source: post, value: 31, quote: "31 died in Kessa" }
  kessa:
    label: Town hit hardest
    kind: entity
    value: Kessa
    claims:
      - { source: post, value: Kessa, quote: "31 died in Kessa" }
  minister:
    label: Interior minister
    kind: entity
    value: Oren Malik
    claims:
      - { source: post, value: Oren Malik, quote: "Interior Minister Oren Malik" }
  mayor:
    label: Mayor of Kessa
    kind: entity
    value: Dana Ivers
    claims:
      - { source: post, value: Dana Ivers, quote: "Mayor Dana Ivers" }
  aid-date:
    label: Day Malik announced the aid package
    kind: date
    cues: [announced, aid]
    value: 2031-05-08
    claims:
      - { source: post, value: 2031-05-08, quote: "Malik announced on Thursday" }
  pumps-working:
    label: Water pumps back in service
    kind: number
    unit: pumps
    cues: [pumps, repaired, back in service]
    value: 4
    claims:
      - { source: post, value: 4, quote: "four of the 11 pumps are working" }
  rescue-teams:
    label: Foreign rescue teams deployed
    kind: number
    unit: rescue teams
    cues: [rescue teams, teams, deployed]
    value: 14
    claims:
      - { source: ledger, value: 14, quote: "14 rescue teams" }
  displaced:
    label: People forced from their homes
    kind: number
    unit: people
    cues: [forced from their homes, homeless]
    value: 8000
    claims:
      - { source: post, value: 8000, quote: "8,000 forced from their homes" }
  toll-day:
    label: Day the ministry put the toll at 112
    kind: date
    cues: [toll, put, confirmed]
    value: 2031-05-08
    claims:
      - { source: post, value: 2031-05-08, quote: "the ministry put the toll at 112 on Thursday" }
  reopening-year:
    label: Year the Kessa bridge reopens
    kind: date
    cues: [bridge, reopen, reopens]
    value: 2033
    claims:
      - { source: post, value: 2033, quote: "the bridge reopens in 2033" }
  repair-bill:
    label: Cost of repairing the Kessa bridge
    kind: money
    currency: EUR
    cues: [repair, bridge, cost]
    value: 45000000
    claims:
      - { source: post, value: 45000000, quote: "€45 million to repair" }
  aid-pledge:
    label: Aid pledged by neighbouring states
    kind: money
    currency: EUR
    cues: [aid, pledged, pledge]
    value: 20000000
    claims:
      - { source: ledger, value: 20000000, quote: "€20 million in aid" }
  levy-old:
    label: Reconstruction levy before the rise
    kind: percent
    cues: [reconstruction levy, levy, from]
    value: 2
    claims:
      - { source: post, value: 2, quote: "from 2% to 3%" }
  levy-new:
    label: New reconstruction levy
    kind: percent
    cues: [reconstruction levy, levy, to]
    value: 3
    claims:
      - { source: post, value: 3, quote: "from 2% to 3%" }
`;

function prepared(): PreparedTable {
  const { table, problems } = loadTable(TABLE);
  assert.ok(table, JSON.stringify(problems));
  return prepareTable(table);
}

const dated = (body: string) => `---\ndate: 2031-05-10\n---\n${body}\n`;

/** Each finding as "text -> fact verdict". */
function found(body: string, table: PreparedTable): string[] {
  return check(dated(body), table).findings.map((f) => `${f.text} -> ${f.factId} ${f.verdict}`);
}

describe('matching by claim frames', () => {
  const table = prepared();

  it('gives each of two figures in a sentence the count its own words name', () => {
    assert.deepEqual(found('The quake killed 112 people and injured 560 more.', table), ['112 -> death-toll agrees', '560 -> injured disagrees']);
  });

  it('does not take a figure about an earlier event, named by its year or as past', () => {
    assert.deepEqual(found('A 1998 quake there killed 900 people.', table), []);
    assert.deepEqual(found('Ten years ago another quake killed 300 people.', table), []);
  });

  it('sends the old and the new value of a change to their own facts', () => {
    assert.deepEqual(found('The reconstruction levy rises from 2% to 4%.', table), ['2% -> levy-old agrees', '4% -> levy-new disagrees']);
  });

  it("matches a date of saying only to that speaker's statement", () => {
    assert.deepEqual(found('Malik announced the aid on Friday.', table), ['Malik -> minister agrees', 'Friday -> aid-date disagrees']);
    assert.deepEqual(
      found('Ivers said on Friday that the aid had arrived.', table).filter((f) => f.startsWith('Friday')),
      [],
    );
  });

  it("keeps a town's figure off the whole story's toll, and the story's own place does not count as a town", () => {
    assert.deepEqual(found('In Kessa, 35 people were killed.', table), ['Kessa -> kessa agrees', '35 -> kessa-deaths disagrees']);
    assert.deepEqual(found('The earthquake in Tarvo killed 120 people.', table), ['120 -> death-toll disagrees']);
  });

  it('keeps a toll off the count of a place that holds only a part of it ("most of them in Kessa")', () => {
    assert.deepEqual(
      found('At least 130 people were killed, most of them crushed under falling masonry in the old quarter of Kessa.', table).filter((f) => f.includes('130')),
      ['At least 130 -> death-toll disagrees'],
    );
  });

  it('reads the part of a part-and-whole pair, not the whole', () => {
    assert.deepEqual(found('Engineers have four of the 11 pumps working again.', table), ['four -> pumps-working agrees']);
  });

  it('needs a unit\'s modifier: "rescue teams" are not any teams', () => {
    assert.deepEqual(found('Fourteen medical teams arrived.', table), []);
    assert.deepEqual(found('Fourteen rescue teams arrived.', table), ['Fourteen -> rescue-teams agrees']);
  });

  it('lets the count a figure names anchor it, as a cue word would', () => {
    assert.deepEqual(found('Some 9,000 people fled to the hills.', table), ['Some 9,000 -> displaced disagrees']);
  });

  it("keeps a tally's date off the day of another tally", () => {
    assert.deepEqual(
      found('As of Friday the ministry put the toll at 112.', table).filter((f) => f.startsWith('Friday')),
      ['Friday -> toll-day disagrees'],
    );
    assert.deepEqual(
      found('As of Friday the ministry put the toll at 90.', table).filter((f) => f.startsWith('Friday')),
      [],
    );
  });

  it('does not hold a relative day against a fact known only to its year', () => {
    assert.deepEqual(
      found('Engineers will discuss when the Kessa bridge reopens next week.', table).filter((f) => f.includes('reopening')),
      [],
    );
  });

  it('weighs most the noun a figure is "of"', () => {
    assert.deepEqual(found('They announced a repair bill of €60 million and more aid.', table), ['€60 million -> repair-bill disagrees']);
  });

  it('does not let a unit of measure alone say which fact a figure is', () => {
    assert.deepEqual(found('The town has stood for 300 years.', table), []);
  });

  it('does not let "people" alone say which count a figure is', () => {
    assert.deepEqual(found('About 9,000 people live in the valley.', table), []);
  });
});

// Two places the table knows apart: the toll is labelled with the story's place, one count with a town's.
const PLACES_TABLE = `version: 1
sources:
  ledger: { title: Quake kills 112 in Tarvo and Kessa, published: 2031-05-08 }
facts:
  death-toll:
    label: People killed by the earthquake in Tarvo
    kind: number
    unit: people
    cues: [killed, dead, deaths, death toll, toll]
    value: 112
    claims:
      - { source: ledger, value: 112, quote: "killed 112 people" }
  kessa-deaths:
    label: Deaths in Kessa
    kind: number
    unit: people
    cues: [deaths, killed, dead]
    value: 31
    claims:
      - { source: ledger, value: 31, quote: "31 died in Kessa" }
  convoy-town:
    label: Town where the aid convoy stopped
    kind: entity
    value: Varo
    claims:
      - { source: ledger, value: Varo, quote: "the convoy stopped in Varo" }
`;

describe('matching figures to the place their words name', () => {
  const { table } = loadTable(PLACES_TABLE);
  assert.ok(table);
  const places = prepareTable(table);

  it('keeps a figure placed in one known place off facts labelled with another', () => {
    assert.deepEqual(found('Nine died in Varo.', places), ['Varo -> convoy-town agrees']);
    assert.deepEqual(found('The quake killed 120 in Tarvo.', places), ['120 -> death-toll disagrees']);
    assert.deepEqual(found('Ten died in Kessa.', places), ['Ten -> kessa-deaths disagrees']);
  });
});
