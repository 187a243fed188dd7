// Deterministic benchmark inputs: a fact table about a disaster season in invented provinces, and
// news-like drafts that report on it. Everything comes from a seeded PRNG and the word lists below,
// so two machines (or two runs) measure exactly the same bytes, and nothing is read from disk or network.
//
// The drafts are written so the engine does real work on them: many sentences state a fact of the
// table (correctly, hedged, wrongly, or with a misspelt name), many carry figures, dates and names
// that belong to no fact, and the rest is plain prose that compromise still has to tag.

import { numberToWords } from '../../src/engine/extract/numberWords';
import { MONTH_NAMES } from '../../src/engine/lexicon/calendar';

/** mulberry32: tiny, fast and good enough to pick words; the same seed gives the same stream everywhere. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------- word lists

const SYLLABLES_A = [
  'Val',
  'Kes',
  'Mor',
  'Tal',
  'Bren',
  'Cor',
  'Dun',
  'Fal',
  'Gar',
  'Hal',
  'Ish',
  'Jor',
  'Lam',
  'Nor',
  'Ost',
  'Pel',
  'Quar',
  'Ros',
  'Sel',
  'Tor',
  'Ulm',
  'Ver',
  'Wes',
  'Yar',
  'Zan',
  'Ard',
  'Bel',
  'Cal',
  'Dra',
  'Ev',
];
const SYLLABLES_B = ['a', 'e', 'i', 'o', 'u', 'en', 'ar', 'ol', 'is', 'am', 'or', 'el', 'ith', 'an', 'ur'];
const SYLLABLES_C = [
  'dora',
  'by',
  'mont',
  'ford',
  'vale',
  'stad',
  'grad',
  'mere',
  'holm',
  'ton',
  'wick',
  'burg',
  'port',
  'field',
  'haven',
  'ria',
  'ovo',
  'ana',
  'ino',
  'esti',
];
const FIRST_NAMES = [
  'Elena',
  'Tomas',
  'Amara',
  'Jonas',
  'Leila',
  'Mateo',
  'Ingrid',
  'Kofi',
  'Priya',
  'Daniel',
  'Sofia',
  'Rafael',
  'Nadia',
  'Oskar',
  'Yusuf',
  'Marta',
  'Hugo',
  'Aisha',
  'Viktor',
  'Clara',
  'Emeka',
  'Lucia',
  'Pavel',
  'Hana',
  'Samuel',
  'Irene',
  'Ibrahim',
  'Greta',
  'Diego',
  'Mariam',
  'Anton',
  'Rosa',
  'Felix',
  'Zainab',
  'Luca',
  'Ana',
  'Henrik',
  'Fatima',
  'Milan',
  'Beatriz',
];
const SURNAME_HEADS = [
  'Var',
  'Okon',
  'Bel',
  'Castel',
  'Dras',
  'Ferr',
  'Hollin',
  'Ivan',
  'Kovar',
  'Lind',
  'Marsh',
  'Novak',
  'Orte',
  'Petr',
  'Quin',
  'Rask',
  'Sorv',
  'Tam',
  'Ull',
  'Wend',
];
const SURNAME_TAILS = ['akis', 'ovic', 'ssen', 'ando', 'ova', 'berg', 'ley', 'ini', 'ez', 'ado', 'ström', 'eau', 'owski', 'ton', 'uru', 'ard'];
const EVENTS = ['flood', 'earthquake', 'wildfire', 'storm', 'landslide', 'cyclone'];
const OCCUPATIONS = ['shopkeeper', 'teacher', 'farmer', 'nurse', 'bus driver', 'fisherman', 'retired engineer', 'student', 'baker', 'carpenter'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Prose without figures: what compromise must tag and the scanners must walk past. */
const FILLER = [
  'Roads into the valley remained blocked by mud and fallen trees for most of the week.',
  'Volunteers handed out blankets, bottled water and tinned food from a school gymnasium.',
  'Engineers warned that several bridges would need to be inspected before traffic could return.',
  'Many families said they had received no warning before the water reached their doors.',
  'The regional government promised a full inquiry into how the emergency services responded.',
  'Church halls and sports centres have been turned into shelters for those who lost their homes.',
  'Opposition politicians accused the authorities of ignoring repeated warnings from scientists.',
  'Mobile phone networks were restored gradually, though many villages were still cut off.',
  'Doctors at the district hospital said they were running short of antibiotics and clean dressings.',
  'Farmers described fields buried under a thick layer of silt and stones.',
  'Aid agencies said the greatest need was for clean water, tents and medical supplies.',
  'Schools in the area will stay closed until the buildings have been declared safe.',
  'The weather service expects more heavy rain over the coming days, raising fears of further damage.',
  'Insurance companies have sent assessors to the worst affected districts.',
  'Residents complained that the clean-up had been slow and poorly organised.',
  'The national broadcaster interrupted its programmes to show pictures from the scene.',
];

/** Figures and dates that belong to no fact, to keep the matcher honest about leaving claims unmatched. */
const DISTRACTORS: ((r: Rng, place: string) => string)[] = [
  (r, p) => `The ${p} football club, founded in ${r.int(1890, 1990)}, postponed its home match against a team from the coast.`,
  (r, p) => `${p} lies ${r.int(12, 240)} kilometres from the regional capital and is reached by a single mountain road.`,
  (r, p) => `The old stone bridge in ${p} was built in ${r.int(1700, 1950)} and had survived ${r.int(2, 9)} earlier floods.`,
  (r) => `A local radio station has broadcast for ${r.int(20, 70)} hours without a break, reading out messages from families.`,
  (r, p) => `The museum in ${p} holds ${fmtGrouped(r.int(1200, 48000))} objects, most of them stored in a basement.`,
  (r) => `The ferry service, which normally carries ${fmtGrouped(r.int(300, 4000))} passengers a day, was suspended.`,
  (r) => `Tickets for the charity concert, priced at ${r.int(10, 60)} euros, sold out within an hour.`,
  (r) => `The ${r.int(30, 90)}-year-old owner of the bakery said she had never seen anything like it.`,
];

const EDIT_WORDS = ['quickly', 'slowly', 'heavy', 'severe', 'nearby', 'local', 'regional', 'several', 'urgent', 'fresh'];

// ---------------------------------------------------------------- numbers as news writes them

function fmtGrouped(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A count as a writer might put it: digits, digits with a scale word, or words for small numbers. */
function writeCount(r: Rng, n: number): string {
  if (n < 100 && r.chance(0.25)) return numberToWords(n);
  if (n >= 10000 && n % 1000 === 0 && r.chance(0.3)) return `${n / 1000} thousand`;
  return fmtGrouped(n);
}

function writeMoney(r: Rng, usd: number): string {
  const [scale, words, short] = usd >= 1e9 ? [1e9, 'billion', 'bn'] : [1e6, 'million', 'mn'];
  const m = +(usd / scale).toFixed(2);
  switch (r.int(0, 3)) {
    case 0:
      return `$${m} ${words}`;
    case 1:
      return `$${m}${short}`;
    case 2:
      return usd < 1e9 ? `$${m}m` : `$${m} ${words}`;
    default:
      return usd < 1e7 ? `$${fmtGrouped(usd)}` : `$${m} ${words}`;
  }
}

function writePercent(r: Rng, p: number): string {
  return r.chance(0.5) ? `${p}%` : `${p} percent`;
}

// ---------------------------------------------------------------- the world

export type GenKind = 'number' | 'money' | 'percent' | 'date' | 'entity';

export interface GenClaim {
  source: string;
  value: number | string;
  bound?: string;
  quote: string;
}

export interface GenFact {
  id: string;
  label: string;
  kind: GenKind;
  unit?: string;
  cues: string[];
  value?: number | string;
  bound?: string;
  tolerance?: number;
  aliases?: string[];
  claims: GenClaim[];
  /** Which measure of which place: drafts use it to write sentences about the fact. */
  measure: Measure['key'];
  place: Place;
  /** The value every source agrees on, or the first source's value when the fact is contested. */
  truth: number | string;
  contested: boolean;
}

export interface Place {
  name: string;
  event: string;
  /** ISO date of the event: the season runs from January to September 2025. */
  date: string;
  /** Day after the event on which a state of emergency was declared. */
  emergency: string;
  mayor: string;
  coordinator: string;
}

interface Measure {
  key: 'deaths' | 'injured' | 'displaced' | 'homes' | 'troops' | 'aid' | 'damage' | 'power' | 'harvest' | 'struck' | 'emergency' | 'mayor' | 'coordinator';
  kind: GenKind;
  unit?: string;
  cues: (p: Place) => string[];
  label: (p: Place) => string;
  value: (r: Rng, p: Place) => number | string;
}

const MEASURES: readonly Measure[] = [
  {
    key: 'deaths',
    kind: 'number',
    unit: 'people',
    cues: () => ['killed', 'deaths', 'dead', 'died', 'death toll'],
    label: (p) => `People killed in the ${p.event} in ${p.name}`,
    value: (r) => r.int(3, 900),
  },
  {
    key: 'injured',
    kind: 'number',
    unit: 'people',
    cues: () => ['injured', 'wounded', 'hurt'],
    label: (p) => `People injured in the ${p.event} in ${p.name}`,
    value: (r) => r.int(10, 3000),
  },
  {
    key: 'displaced',
    kind: 'number',
    unit: 'people',
    cues: () => ['displaced', 'evacuated', 'homeless', 'fled'],
    label: (p) => `People displaced by the ${p.event} in ${p.name}`,
    value: (r) => r.int(2, 90) * 1000,
  },
  {
    key: 'homes',
    kind: 'number',
    unit: 'homes',
    cues: () => ['homes', 'houses', 'destroyed', 'buildings'],
    label: (p) => `Homes destroyed in ${p.name}`,
    value: (r) => r.int(40, 9000),
  },
  {
    key: 'troops',
    kind: 'number',
    unit: 'troops',
    cues: () => ['troops', 'soldiers', 'army', 'deployed'],
    label: (p) => `Troops deployed to ${p.name} after the ${p.event}`,
    value: (r) => r.int(2, 60) * 100,
  },
  {
    key: 'aid',
    kind: 'money',
    cues: () => ['aid', 'relief', 'emergency funds', 'pledged'],
    label: (p) => `Emergency aid pledged for ${p.name}`,
    value: (r) => r.pick([1.5, 2.5, 4, 7.5, 12, 25, 40, 60, 120, 300]) * 1e6,
  },
  {
    key: 'damage',
    kind: 'money',
    cues: () => ['damage', 'losses', 'insured', 'cost'],
    label: (p) => `Damage caused by the ${p.event} in ${p.name}`,
    value: (r) => r.pick([80, 150, 240, 450, 900, 1200, 2500]) * 1e6,
  },
  {
    key: 'power',
    kind: 'percent',
    cues: () => ['power', 'electricity', 'outage', 'households'],
    label: (p) => `Households in ${p.name} left without power`,
    value: (r) => r.int(5, 95),
  },
  {
    key: 'harvest',
    kind: 'percent',
    cues: () => ['harvest', 'crops', 'farmland'],
    label: (p) => `Share of the harvest lost in ${p.name}`,
    value: (r) => r.int(5, 80),
  },
  { key: 'struck', kind: 'date', cues: (p) => ['struck', 'hit', p.event], label: (p) => `The ${p.event} strikes ${p.name}`, value: (_r, p) => p.date },
  {
    key: 'emergency',
    kind: 'date',
    cues: () => ['state of emergency', 'emergency', 'declared'],
    label: (p) => `State of emergency declared in ${p.name}`,
    value: (_r, p) => p.emergency,
  },
  { key: 'mayor', kind: 'entity', cues: (p) => ['mayor', p.name], label: (p) => `Mayor of ${p.name}`, value: (_r, p) => p.mayor },
  {
    key: 'coordinator',
    kind: 'entity',
    cues: () => ['coordinator', 'relief agency', 'relief'],
    label: (p) => `Relief coordinator in ${p.name}`,
    value: (_r, p) => p.coordinator,
  },
];

const PER_PLACE = MEASURES.length;

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Unique invented names: place names from syllables, people from first names and syllable surnames. */
class Names {
  private readonly used = new Set<string>();

  constructor(private readonly r: Rng) {}

  place(): string {
    for (;;) {
      const name = this.r.pick(SYLLABLES_A) + this.r.pick(SYLLABLES_B) + this.r.pick(SYLLABLES_C);
      if (!this.used.has(name)) return this.take(name);
    }
  }

  person(): string {
    for (;;) {
      const name = `${this.r.pick(FIRST_NAMES)} ${this.r.pick(SURNAME_HEADS)}${this.r.pick(SURNAME_TAILS)}`;
      if (!this.used.has(name)) return this.take(name);
    }
  }

  private take(name: string): string {
    this.used.add(name);
    return name;
  }
}

function makePlace(r: Rng, names: Names): Place {
  const date = iso(2025, r.int(1, 9), r.int(1, 28));
  return { name: names.place(), event: r.pick(EVENTS), date, emergency: addDays(date, r.int(1, 3)), mayor: names.person(), coordinator: names.person() };
}

export interface GenSource {
  id: string;
  title: string;
  publisher: string;
  published: string;
  url: string;
}

export interface World {
  sources: GenSource[];
  facts: GenFact[];
  /** Places that no table knows, so drafts can report on things outside the table. */
  strangers: Place[];
  /** Names of people no table knows. */
  bystanders: string[];
}

/** How each source words a claim, by measure: the quotes feed the matcher's profile of a fact. */
function quoteFor(m: Measure['key'], p: Place, written: string): string {
  switch (m) {
    case 'deaths':
      return `the ${p.event} killed ${written} people in ${p.name}`;
    case 'injured':
      return `${written} people were injured in ${p.name}`;
    case 'displaced':
      return `${written} people have been displaced across ${p.name}`;
    case 'homes':
      return `${written} homes were destroyed in ${p.name}`;
    case 'troops':
      return `the army deployed ${written} troops to ${p.name}`;
    case 'aid':
      return `the government pledged ${written} in emergency aid for ${p.name}`;
    case 'damage':
      return `damage in ${p.name} is estimated at ${written}`;
    case 'power':
      return `${written} of households in ${p.name} had no power`;
    case 'harvest':
      return `${written} of the harvest in ${p.name} was lost`;
    case 'struck':
      return `the ${p.event} struck ${p.name} on ${written}`;
    case 'emergency':
      return `a state of emergency was declared in ${p.name} on ${written}`;
    case 'mayor':
      return `${p.name} Mayor ${written} said`;
    case 'coordinator':
      return `the relief coordinator, ${written}, said`;
  }
}

function monthDay(isoDate: string): string {
  const [, m, d] = isoDate.split('-').map(Number);
  return `${MONTH_NAMES[m - 1]} ${d}`;
}

const PUBLISHERS = [
  'Valley Courier',
  'Coastal Herald',
  'Northern Wire',
  'Provincial Times',
  'Daily Ledger',
  'Morning Post',
  'Evening Standard',
  'Relief Monitor',
];

/**
 * A season of disasters: `factCount` facts, thirteen per province. The facts of a smaller world are
 * the first facts of a larger one with the same seed, so one draft is about the same facts in every table.
 */
export function generateWorld(seed: number, factCount: number): World {
  const r = new Rng(seed);
  const names = new Names(r);
  const sourceCount = Math.max(6, Math.min(200, Math.ceil(factCount / 50)));
  const sources: GenSource[] = [];
  for (let i = 0; i < sourceCount; i++) {
    const publisher = PUBLISHERS[i % PUBLISHERS.length];
    sources.push({
      id: `src${String(i + 1).padStart(3, '0')}`,
      title: `Season of disasters, report ${i + 1}`,
      publisher,
      published: iso(2025, 10, 1 + (i % 28)),
      url: `https://news.example/${publisher.toLowerCase().replace(/ /g, '-')}/${i + 1}`,
    });
  }
  const facts: GenFact[] = [];
  const strangers: Place[] = [];
  const placeCount = Math.ceil(factCount / PER_PLACE);
  // Strangers are drawn from the same stream before the table's places, so their names never
  // collide with a place of any table size.
  for (let i = 0; i < 40; i++) strangers.push(makePlace(r, names));
  const bystanders = Array.from({ length: 60 }, () => names.person());
  for (let i = 0; i < placeCount && facts.length < factCount; i++) {
    const place = makePlace(r, names);
    const slug = place.name.toLowerCase();
    for (const m of MEASURES) {
      if (facts.length >= factCount) break;
      facts.push(makeFact(r, m, place, slug, sources));
    }
  }
  return { sources, facts, strangers, bystanders };
}

function makeFact(r: Rng, m: Measure, place: Place, slug: string, sources: GenSource[]): GenFact {
  const truth = m.value(r, place);
  const n = r.int(1, 3);
  const from = r.int(0, sources.length - 1);
  const reporting = Array.from({ length: n }, (_, k) => sources[(from + k * 7) % sources.length].id);
  const quantity = m.kind === 'number' || m.kind === 'money' || m.kind === 'percent';
  // About one quantity fact in five is contested: a second source reports a figure the first cannot agree with.
  const contested = quantity && n >= 2 && r.chance(0.35);
  const claims: GenClaim[] = reporting.map((source, k) => {
    const value = contested && k === 1 ? Math.min(m.kind === 'percent' ? 99 : Infinity, Math.round((truth as number) * 1.25)) : truth;
    const bound = quantity ? (k === 0 && !contested && r.chance(0.3) ? 'at-least' : 'exact') : undefined;
    const written =
      m.kind === 'number'
        ? fmtGrouped(value as number)
        : m.kind === 'money'
          ? writeMoney(r, value as number)
          : m.kind === 'percent'
            ? `${value}%`
            : m.kind === 'date'
              ? monthDay(value as string)
              : String(value);
    return { source, value, ...(bound ? { bound } : {}), quote: quoteFor(m.key, place, bound === 'at-least' ? `at least ${written}` : written) };
  });
  const fact: GenFact = {
    id: `${m.key}-${slug}`,
    label: m.label(place),
    kind: m.kind,
    ...(m.unit ? { unit: m.unit } : {}),
    cues: m.cues(place),
    claims,
    measure: m.key,
    place,
    truth,
    contested,
  };
  // Contested facts mostly leave the cited value to the majority rule, as hand-written tables do.
  if (!contested || r.chance(0.5)) fact.value = truth;
  if (claims.some((c) => c.bound === 'at-least')) fact.bound = 'at-least';
  if (m.kind === 'entity') fact.aliases = [String(truth).split(' ').slice(-1)[0]];
  return fact;
}

// ---------------------------------------------------------------- the table as YAML

/** JSON strings are valid YAML double-quoted scalars: no escaping rules of our own to get wrong. */
const q = (s: string) => JSON.stringify(s);

function yamlValue(kind: GenKind, v: number | string): string {
  return kind === 'entity' ? q(String(v)) : String(v);
}

/** A v1 table with the first `factCount` facts of the world and the sources they cite. */
export function tableYaml(world: World, factCount = world.facts.length): string {
  const facts = world.facts.slice(0, factCount);
  const cited = new Set(facts.flatMap((f) => f.claims.map((c) => c.source)));
  const out: string[] = ['version: 1', '', '# Generated by scripts/bench/generate.ts for the benchmark: invented places and people.', '', 'sources:'];
  for (const s of world.sources) {
    if (!cited.has(s.id)) continue;
    out.push(`  ${s.id}:`, `    title: ${q(s.title)}`, `    publisher: ${q(s.publisher)}`, `    published: ${s.published}`, `    url: ${s.url}`);
  }
  out.push('', 'facts:');
  for (const f of facts) {
    out.push(`  ${f.id}:`, `    label: ${q(f.label)}`, `    kind: ${f.kind}`);
    if (f.unit) out.push(`    unit: ${f.unit}`);
    if (f.kind === 'money') out.push('    currency: USD');
    out.push(`    cues: [${f.cues.map(q).join(', ')}]`);
    if (f.value !== undefined) out.push(`    value: ${yamlValue(f.kind, f.value)}`);
    if (f.bound) out.push(`    bound: ${f.bound}`);
    if (f.aliases) out.push(`    aliases: [${f.aliases.map(q).join(', ')}]`);
    out.push('    claims:');
    for (const c of f.claims) {
      const bound = c.bound ? `, bound: ${c.bound}` : '';
      out.push(`      - { source: ${c.source}, value: ${yamlValue(f.kind, c.value)}${bound}, quote: ${q(c.quote)} }`);
    }
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- drafts

/** A claim the generator planted on purpose, so a test can see the engine find it. */
export interface Planted {
  factId: string;
  /** The claim's text as written in the draft (figure with its hedge, date or name). */
  text: string;
  start: number;
  /** What the generator meant the engine to conclude. */
  intent: 'agrees' | 'disagrees' | 'unsupported' | 'misspelled' | 'contested';
}

export interface Draft {
  text: string;
  words: number;
  planted: Planted[];
}

/** The draft's own date, after the whole season, so every month-day date resolves to 2025. */
export const DRAFT_DATE = '2025-10-20';

type Intent = Planted['intent'];

/** A figure with a hedge, and what it should earn against the fact's cited value. */
function hedgedFigure(r: Rng, fact: GenFact, write: (n: number) => string): { text: string; intent: Intent } {
  const truth = fact.truth as number;
  const roll = r.next();
  if (fact.contested) return { text: write(truth), intent: 'contested' };
  if (roll < 0.55) return { text: write(truth), intent: 'agrees' };
  if (roll < 0.7) {
    // A hedge that the cited value makes true.
    return { text: `${r.pick(['at least', 'more than'])} ${write(Math.max(1, Math.floor(truth * 0.8)))}`, intent: 'agrees' };
  }
  if (roll < 0.8 && fact.bound === 'at-least') return { text: `at least ${write(Math.ceil(truth * 1.3))}`, intent: 'unsupported' };
  // Above a lower bound a figure is only unsupported, so a wrong figure for such a fact is written below it.
  const factor = fact.bound === 'at-least' ? r.pick([0.5, 0.6]) : r.pick([0.5, 0.6, 1.6, 2]);
  return { text: write(Math.round(truth * factor)), intent: 'disagrees' };
}

function wrongDate(r: Rng, isoDate: string): string {
  return addDays(isoDate, r.pick([-9, -5, -3, 4, 6, 11]));
}

/** A misspelling one letter away, in the surname (where writers slip). */
function misspell(r: Rng, name: string): string {
  const parts = name.split(' ');
  const last = parts[parts.length - 1];
  const i = r.int(2, last.length - 2);
  const vowels = 'aeiou';
  const c = last[i];
  const repl = vowels.includes(c) ? vowels[(vowels.indexOf(c) + 1) % 5] : c === 'n' ? 'm' : 'n';
  parts[parts.length - 1] = last.slice(0, i) + repl + last.slice(i + 1);
  return parts.join(' ');
}

/** One sentence about a fact, with the claim as written and its offset inside the sentence. */
function factSentence(r: Rng, fact: GenFact, bystanders: readonly string[]): { sentence: string; claim: string; at: number; intent: Intent } {
  const p = fact.place;
  const build = (before: string, claim: string, after: string, intent: Intent) => {
    const sentence = capitalize(before + claim + after);
    return { sentence, claim: before ? claim : capitalize(claim), at: before.length, intent };
  };
  const count = (n: number) => writeCount(r, n);
  switch (fact.measure) {
    case 'deaths': {
      const f = hedgedFigure(r, fact, count);
      return r.chance(0.5)
        ? build(`the ${p.event} in ${p.name} has killed `, f.text, ` people, officials said on ${r.pick(WEEKDAYS)}.`, f.intent)
        : build('', f.text, ` people died when the ${p.event} hit ${p.name}, according to the health ministry.`, f.intent);
    }
    case 'injured': {
      const f = hedgedFigure(r, fact, count);
      return build(`hospitals in ${p.name} treated `, f.text, ` injured people in the first two days.`, f.intent);
    }
    case 'displaced': {
      const f = hedgedFigure(r, fact, count);
      return build(`the ${p.event} has displaced `, f.text, ` people across ${p.name}, many of them now sleeping in tents.`, f.intent);
    }
    case 'homes': {
      const f = hedgedFigure(r, fact, count);
      return build(`in ${p.name} alone, `, f.text, ' homes were destroyed and thousands more damaged.', f.intent);
    }
    case 'troops': {
      const f = hedgedFigure(r, fact, count);
      return build('the army deployed ', f.text, ` troops to ${p.name} to clear roads and search for survivors.`, f.intent);
    }
    case 'aid': {
      const f = hedgedFigure(r, fact, (n) => writeMoney(r, n));
      return build('the government has pledged ', f.text, ` in emergency aid for ${p.name}.`, f.intent);
    }
    case 'damage': {
      const f = hedgedFigure(r, fact, (n) => writeMoney(r, n));
      return build(`insurers put the damage caused by the ${p.event} in ${p.name} at `, f.text, ', the highest figure in a decade.', f.intent);
    }
    case 'power': {
      const f = hedgedFigure(r, fact, (n) => writePercent(r, Math.min(99, n)));
      return build('', f.text, ` of households in ${p.name} were still without power on ${r.pick(WEEKDAYS)}.`, f.intent);
    }
    case 'harvest': {
      const f = hedgedFigure(r, fact, (n) => writePercent(r, Math.min(99, n)));
      return build('farmers say ', f.text, ` of the harvest in ${p.name} has been lost to the ${p.event}.`, f.intent);
    }
    case 'struck':
    case 'emergency': {
      const right = r.chance(0.75);
      const value = right ? (fact.truth as string) : wrongDate(r, fact.truth as string);
      const written = monthDay(value) + (r.chance(0.3) ? ', 2025' : '');
      return fact.measure === 'struck'
        ? build(`the ${p.event} struck ${p.name} on `, written, ', catching many residents asleep.', right ? 'agrees' : 'disagrees')
        : build(`a state of emergency was declared in ${p.name} on `, written, ' after days of pressure from local leaders.', right ? 'agrees' : 'disagrees');
    }
    case 'mayor':
    case 'coordinator': {
      const name = fact.truth as string;
      const roll = r.next();
      const written = roll < 0.6 ? name : roll < 0.8 ? name.split(' ').slice(-1)[0] : misspell(r, name);
      const intent: Intent = roll < 0.8 ? 'agrees' : 'misspelled';
      const said = `"We will rebuild every street," `;
      return fact.measure === 'mayor'
        ? build(`${p.name} Mayor `, written, ` told reporters, standing beside ${r.pick(bystanders)}, a ${r.pick(OCCUPATIONS)}.`, intent)
        : build(`${said}said the relief coordinator, `, written, `, who leads the relief effort in ${p.name}.`, intent);
    }
  }
}

/** A paragraph about one place: a few fact sentences mixed with prose and stray figures. */
function paragraph(r: Rng, facts: readonly GenFact[], world: World, offset: number, planted: Planted[]): string {
  const known = r.chance(0.85);
  const parts: string[] = [];
  let length = 0;
  const add = (s: string) => {
    parts.push(s);
    length += s.length + 1;
  };
  const sentences = r.int(4, 7);
  const place = known ? r.pick(facts).place : r.pick(world.strangers);
  const ofPlace = facts.filter((f) => f.place === place);
  for (let i = 0; i < sentences; i++) {
    const roll = r.next();
    if (known && roll < 0.5 && ofPlace.length) {
      const fact = r.pick(ofPlace);
      const s = factSentence(r, fact, world.bystanders);
      planted.push({ factId: fact.id, text: s.claim, start: offset + length + s.at, intent: s.intent });
      add(s.sentence);
    } else if (!known && roll < 0.4) {
      // A place the table does not know, reported in the same words as the known ones (figures and
      // dates only: a template's name would be a person the table does know).
      const template = r.pick(world.facts.slice(0, PER_PLACE).filter((f) => f.kind !== 'entity'));
      add(factSentence(r, { ...template, place }, world.bystanders).sentence);
    } else if (roll < 0.7) {
      add(r.pick(DISTRACTORS)(r, place.name));
    } else if (roll < 0.8) {
      add(`"Nobody came for ${r.int(2, 6)} days," said ${r.pick(world.bystanders)}, a ${r.pick(OCCUPATIONS)} in ${place.name}.`);
    } else {
      add(r.pick(FILLER));
    }
  }
  return parts.join(' ');
}

/**
 * A draft of about `words` words about the facts of `facts` (and about places no table knows),
 * in Markdown with front matter and a heading every dozen paragraphs, as long reports are written.
 */
export function generateDraft(world: World, facts: readonly GenFact[], words: number, seed: number): Draft {
  const r = new Rng(seed);
  const planted: Planted[] = [];
  let text = `---\ntitle: Season of disasters\ndate: ${DRAFT_DATE}\n---\n\n# A season of disasters\n\n`;
  let count = 5;
  let paragraphs = 0;
  while (count < words) {
    if (paragraphs > 0 && paragraphs % 12 === 0) {
      const heading = `## ${capitalize(r.pick(EVENTS))} and its aftermath\n\n`;
      text += heading;
      count += 4;
    }
    const p = paragraph(r, facts, world, text.length, planted);
    text += p + '\n\n';
    count += p.split(/\s+/).length;
    paragraphs++;
  }
  return { text, words: count, planted };
}

/** Paragraph spans of a draft: its blank-line separated blocks that are prose (not headings or front matter). */
export function proseParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /(?:^|\n\n)([^\n#-][^\n]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length });
  }
  return out;
}

/**
 * The draft with one word of paragraph `n` (counted among prose paragraphs, wrapping around)
 * replaced: what a writer's single keystroke-level edit does to a long draft.
 */
export function oneWordEdit(text: string, n: number, r: Rng): string {
  const paras = proseParagraphs(text);
  const para = paras[n % paras.length];
  const body = text.slice(para.start, para.end);
  // Plain lower-case words only, so the edit never touches a figure, date or name.
  const words = [...body.matchAll(/(?<=\s)[a-z]{4,}(?=[\s,.])/g)];
  const w = words[r.int(0, words.length - 1)];
  const replacement = r.pick(EDIT_WORDS.filter((x) => x !== w[0]));
  const at = para.start + (w.index ?? 0);
  return text.slice(0, at) + replacement + text.slice(at + w[0].length);
}

/**
 * The draft followed by `count` successive one-word edits, each in another paragraph: a prime stride
 * walks all over the draft and never edits the same paragraph twice in a row.
 */
export function editSequence(text: string, seed: number, count: number): string[] {
  const r = new Rng(seed ^ 0x5eed);
  const paras = proseParagraphs(text).length;
  const texts = [text];
  for (let i = 1; i <= count; i++) texts.push(oneWordEdit(texts[i - 1], (i * 37) % paras, r));
  return texts;
}

/** Every input of the benchmark from one seed. */
export interface Inputs {
  world: World;
  tables: Map<number, string>;
  drafts: Map<number, Draft>;
}

export const TABLE_SIZES = [100, 1000, 10000] as const;
export const DRAFT_WORDS = [1000, 10000, 50000] as const;
/** Drafts are written about the facts every table holds, so a draft means the same against each. */
export const CORE_FACTS = 100;

/**
 * The tables are prefixes of one world (of the largest table's size by default), so a process that
 * needs only one table and one draft gets the very bytes the others measure.
 */
export function generateInputs(
  seed: number,
  tableSizes: readonly number[] = TABLE_SIZES,
  draftWords: readonly number[] = DRAFT_WORDS,
  worldFacts = Math.max(...TABLE_SIZES, ...tableSizes),
): Inputs {
  const world = generateWorld(seed, worldFacts);
  const tables = new Map(tableSizes.map((n) => [n, tableYaml(world, n)] as const));
  const core = world.facts.slice(0, CORE_FACTS);
  // Each draft's seed depends on its length only, so a child process that generates one draft gets the same bytes.
  const drafts = new Map(draftWords.map((w) => [w, generateDraft(world, core, w, (seed * 31 + w) >>> 0)] as const));
  return { world, tables, drafts };
}
