// The unit noun after a figure ("15,000 U.S. troops" -> 'troop', "300 km" -> 'kilometer'), and which
// units measure the same thing, so "186 miles" can be checked against a source that says 300 km.

/** A unit's family and, for measurable families, how many base units one of it is. */
interface UnitInfo {
  family: string;
  /** Base units per unit (metres, kilograms, litres, square metres, seconds...). Counts use 1. */
  factor: number;
}

const MEASURES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  length: {
    meter: 1, kilometer: 1000, centimeter: 0.01, millimeter: 0.001, mile: 1609.344, 'nautical mile': 1852,
    foot: 0.3048, inch: 0.0254, yard: 0.9144,
  },
  // News copy uses "ton" loosely for the metric tonne; treating them alike keeps "19 tons" comparable
  // with "19 tonnes" instead of flagging a 10% difference nobody meant.
  mass: {
    kilogram: 1, gram: 0.001, milligram: 1e-6, ton: 1000, tonne: 1000, pound: 0.45359237, ounce: 0.028349523125,
  },
  volume: { liter: 1, milliliter: 0.001, gallon: 3.785411784, barrel: 158.987294928, 'cubic meter': 1000 },
  area: {
    'square meter': 1, 'square kilometer': 1e6, 'square mile': 2589988.110336, hectare: 1e4, acre: 4046.8564224,
    'square foot': 0.09290304,
  },
  duration: {
    second: 1, minute: 60, hour: 3600, day: 86400, week: 604800, fortnight: 1209600,
    month: 2629800, year: 31557600, decade: 315576000, century: 3155760000,
  },
  speed: { 'meter per second': 1, 'kilometer per hour': 1 / 3.6, 'mile per hour': 0.44704, knot: 1852 / 3600 },
  power: { watt: 1, kilowatt: 1e3, megawatt: 1e6, gigawatt: 1e9 },
  energy: { 'kilowatt-hour': 3.6e6, 'megawatt-hour': 3.6e9, 'gigawatt-hour': 3.6e12 },
};

/** Count nouns that count the same kind of thing: a person is a person whether a troop or a death. */
const COUNTS: Readonly<Record<string, readonly string[]>> = {
  people: [
    'person', 'man', 'woman', 'child', 'adult', 'civilian', 'soldier', 'troop', 'sailor', 'marine', 'airman',
    'service member', 'servicemember', 'personnel', 'militant', 'combatant', 'rebel', 'insurgent', 'guerrilla',
    'officer', 'police officer', 'agent', 'worker', 'employee', 'staff', 'staffer', 'resident', 'inhabitant', 'citizen',
    'national', 'voter', 'student', 'patient', 'prisoner', 'detainee', 'hostage', 'captive', 'migrant', 'refugee',
    'asylum seeker', 'protester', 'protestor', 'demonstrator', 'victim', 'casualty', 'fatality', 'death', 'dead',
    'wounded', 'injured', 'survivor', 'passenger', 'crew member', 'crewmember', 'member', 'fisherman', 'journalist',
    'reporter', 'official', 'diplomat', 'lawmaker', 'legislator', 'senator', 'delegate', 'individual', 'suspect',
    'smuggler', 'trafficker', 'boy', 'girl', 'baby', 'infant', 'teenager', 'minor', 'pilot', 'reservist', 'recruit',
    'guardsman', 'contractor', 'mercenary', 'volunteer', 'fighter', 'displaced person', 'evacuee', 'inmate',
    'driver', 'doctor', 'nurse', 'medic', 'teacher', 'farmer', 'miner', 'firefighter', 'rescuer', 'player', 'athlete',
    'spectator', 'fan', 'tourist', 'visitor', 'customer', 'shopper', 'pilgrim', 'sailor', 'seafarer', 'crewman',
    'coast guardsman', 'guard', 'policeman', 'policewoman', 'cadet', 'veteran', 'defector', 'deserter', 'gunman',
    'attacker', 'assailant', 'bystander', 'pedestrian', 'motorist', 'commuter', 'traveler', 'traveller', 'hiker',
    'climber', 'swimmer', 'runner', 'participant', 'attendee', 'delegate', 'candidate', 'applicant', 'parent',
    'mother', 'father', 'son', 'daughter', 'sibling', 'brother', 'sister',
  ],
  vessel: [
    'vessel', 'boat', 'ship', 'warship', 'speedboat', 'submarine', 'destroyer', 'frigate', 'cruiser', 'carrier',
    'aircraft carrier', 'tanker', 'freighter', 'cargo ship', 'yacht', 'trawler', 'dinghy', 'go-fast boat', 'narco-sub',
    'semi-submersible', 'barge', 'ferry', 'corvette', 'gunboat', 'patrol boat',
  ],
  aircraft: ['aircraft', 'plane', 'airplane', 'jet', 'fighter jet', 'helicopter', 'drone', 'bomber', 'airliner'],
  strike: ['strike', 'airstrike', 'attack', 'raid', 'bombing', 'bombardment'],
  munition: ['missile', 'rocket', 'bomb', 'shell', 'warhead', 'round', 'munition', 'torpedo'],
  vehicle: ['vehicle', 'tank', 'truck', 'car', 'bus'],
};

const UNITS = new Map<string, UnitInfo>();
for (const [family, units] of Object.entries(MEASURES)) {
  for (const [unit, factor] of Object.entries(units)) UNITS.set(unit, { family, factor });
}
for (const [family, units] of Object.entries(COUNTS)) for (const unit of units) UNITS.set(unit, { family, factor: 1 });

/** Spellings and abbreviations that mean a canonical unit (matched after lower-casing). */
const ALIASES: Readonly<Record<string, string>> = {
  people: 'person', persons: 'person', folks: 'person',
  metre: 'meter', kilometre: 'kilometer', centimetre: 'centimeter', millimetre: 'millimeter', litre: 'liter',
  millilitre: 'milliliter', 'cubic metre': 'cubic meter', 'square metre': 'square meter',
  'square kilometre': 'square kilometer', kilo: 'kilogram', 'metric ton': 'tonne', 'metric tonne': 'tonne',
  'nautical mile': 'nautical mile', 'air strike': 'airstrike', 'service men': 'serviceman',
  servicemen: 'servicemember', serviceman: 'servicemember', servicewoman: 'servicemember',
  'kilometer per hour': 'kilometer per hour', 'kilometre per hour': 'kilometer per hour',
  'mile per hour': 'mile per hour', 'mile an hour': 'mile per hour', 'kilometer an hour': 'kilometer per hour',
  'kilometre an hour': 'kilometer per hour',
  'kilowatt hour': 'kilowatt-hour', 'megawatt hour': 'megawatt-hour', 'gigawatt hour': 'gigawatt-hour',
  'crew': 'crew member', 'troops': 'troop', 'personnel': 'personnel', 'staff': 'staff', 'aircraft': 'aircraft',
  'sq km': 'square kilometer', 'sq mi': 'square mile', 'sq ft': 'square foot', 'sq m': 'square meter',
  killed: 'dead',
};

/**
 * Abbreviations, matched case-sensitively: "5 m" is metres but "5 M" is not, and "5G" is a network.
 * Used both spaced ("300 km") and glued ("300km").
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  km: 'kilometer', kms: 'kilometer', Km: 'kilometer', m: 'meter', cm: 'centimeter', mm: 'millimeter', mi: 'mile',
  ft: 'foot', yd: 'yard', yds: 'yard', nmi: 'nautical mile',
  kg: 'kilogram', kgs: 'kilogram', g: 'gram', mg: 'milligram', lb: 'pound', lbs: 'pound', oz: 'ounce',
  l: 'liter', L: 'liter', ml: 'milliliter', mL: 'milliliter', bbl: 'barrel', bpd: 'barrel per day',
  ha: 'hectare', km2: 'square kilometer', 'km²': 'square kilometer', m2: 'square meter', 'm²': 'square meter',
  mph: 'mile per hour', kph: 'kilometer per hour', 'km/h': 'kilometer per hour', kmh: 'kilometer per hour',
  kt: 'knot', kts: 'knot',
  W: 'watt', kW: 'kilowatt', MW: 'megawatt', GW: 'gigawatt', kWh: 'kilowatt-hour', MWh: 'megawatt-hour',
  GWh: 'gigawatt-hour',
  hr: 'hour', hrs: 'hour', h: 'hour', min: 'minute', mins: 'minute', sec: 'second', secs: 'second',
  yr: 'year', yrs: 'year', mo: 'month', mos: 'month',
  '°C': 'degree celsius', '°F': 'degree fahrenheit', '°': 'degree',
};

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife', halves: 'half', leaves: 'leaf', thieves: 'thief',
  fishermen: 'fisherman', servicemen: 'serviceman', crises: 'crisis', analyses: 'analysis', bases: 'base',
  theses: 'thesis', criteria: 'criterion', phenomena: 'phenomenon', data: 'data', media: 'media', dice: 'die',
  oxen: 'ox', indices: 'index', matrices: 'matrix', cacti: 'cactus', 'passers-by': 'passer-by',
  'sons-in-law': 'son-in-law', wolves: 'wolf', shelves: 'shelf', calves: 'calf',
  // -ies plurals of nouns ending in -ie, which the -ies -> -y rule would get wrong.
  sorties: 'sortie', movies: 'movie', cookies: 'cookie', zombies: 'zombie', calories: 'calorie', rookies: 'rookie',
  goalies: 'goalie', selfies: 'selfie', brownies: 'brownie', hippies: 'hippie', ties: 'tie', lies: 'lie', pies: 'pie',
  aussies: 'aussie', kiwis: 'kiwi', newbies: 'newbie', prairies: 'prairie', cowries: 'cowrie', lassies: 'lassie',
};

/** Words that do not change in the plural, or only look plural. */
const INVARIANT = new Set([
  'aircraft', 'spacecraft', 'hovercraft', 'watercraft', 'sheep', 'fish', 'deer', 'series', 'species', 'news',
  'personnel', 'staff', 'police', 'offspring', 'headquarters', 'means', 'yen', 'yuan', 'naira', 'baht', 'won',
  'rand', 'swiss', 'gas', 'bus', 'status', 'virus', 'campus', 'census', 'bonus', 'chaos', 'canvas', 'lens', 'plus',
  'corps', 'biceps', 'alias', 'atlas', 'us', 'this', 'his', 'its', 'is', 'was', 'has', 'does', 'kudos', 'dead',
  'wounded', 'injured', 'militia', 'data', 'media', 'odds', 'thanks', 'arms', 'congress', 'celsius', 'fahrenheit',
]);

/** The singular of an English noun: 'troops' -> 'troop', 'casualties' -> 'casualty', 'people' -> 'person'. */
export function singularize(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS[w]) return IRREGULAR_PLURALS[w];
  if (INVARIANT.has(w) || w.length < 3) return w;
  // Multi-word and hyphenated nouns pluralise their head: "service members", "go-fast boats".
  const sp = w.lastIndexOf(' ');
  if (sp > 0) return `${w.slice(0, sp + 1)}${singularize(w.slice(sp + 1))}`;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is|ous)$/.test(w)) return w;
  if (/(?:ches|shes|sses|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (/[^aeiou]oes$/.test(w) && !/(?:shoes|canoes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith("'s")) return w.slice(0, -1);
  return w;
}

/**
 * The canonical unit for a word or abbreviation as written: 'Troops' -> 'troop', 'km' -> 'kilometer',
 * 'kilometres' -> 'kilometer', 'people' -> 'person'. Unknown nouns come back singular and lower-cased.
 */
export function normalizeUnit(word: string): string {
  const trimmed = word.trim().replace(/\s+/g, ' ');
  if (ABBREVIATIONS[trimmed]) return ABBREVIATIONS[trimmed];
  const w = trimmed.toLowerCase();
  if (ALIASES[w]) return ALIASES[w];
  if (UNITS.has(w)) return w;
  // "miles per hour", "barrels a day": the plural is on the head, before the rate.
  const rate = /^(.+?)( per | an? )(.+)$/.exec(w);
  if (rate) {
    const perUnit = `${singularize(rate[1])}${rate[2]}${rate[3]}`;
    if (ALIASES[perUnit] ?? UNITS.has(perUnit)) return ALIASES[perUnit] ?? perUnit;
  }
  const single = singularize(w);
  return ALIASES[single] ?? single;
}

/** A unit this module knows (a measure or a count of people, vessels, strikes...). */
export function isKnownUnit(unit: string): boolean {
  return UNITS.has(normalizeUnit(unit));
}

/**
 * The family a unit belongs to: 'length', 'mass', 'volume', 'area', 'duration', 'speed', 'power', 'energy'
 * for measures, 'people', 'vessel', 'aircraft', 'strike', 'munition', 'vehicle' for counts;
 * undefined for a unit this module does not know (callers then treat the fit as unknown, not a conflict).
 */
export function unitFamily(unit: string): string | undefined {
  return UNITS.get(normalizeUnit(unit))?.family;
}

/**
 * `value` in `fromUnit` expressed in `toUnit`, for two units of the same family: 300 km -> 186.4 miles.
 * Count families convert one for one (15,000 troops are 15,000 people). Undefined across families
 * or for units this module does not know (unless the two are the same unit).
 */
export function convertUnit(value: number, fromUnit: string, toUnit: string): number | undefined {
  const a = normalizeUnit(fromUnit);
  const b = normalizeUnit(toUnit);
  if (a === b) return value;
  const ia = UNITS.get(a);
  const ib = UNITS.get(b);
  if (!ia || !ib || ia.family !== ib.family) return undefined;
  const out = (value * ia.factor) / ib.factor;
  // Conversions multiply by inexact factors; trimming to 12 significant digits removes float noise.
  return Number(out.toPrecision(12));
}

// ---------------------------------------------------------------- reading the unit after a figure

/** Function words: the figure has no unit noun if one of these comes first ("83 were killed"). */
const STOP = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'without', 'and', 'or', 'but', 'nor',
  'as', 'than', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'it', 'its', 'he', 'she', 'they', 'them', 'their',
  'his', 'her', 'we', 'our', 'you', 'your', 'i', 'me', 'my', 'us', 'per', 'each', 'every', 'all', 'some', 'any', 'no',
  'not', 'most', 'less', 'least', 'also', 'only', 'just', 'still', 'now', 'then', 'there', 'here', 'so', 'such', 'if',
  'into', 'onto', 'over', 'under', 'after', 'before', 'during', 'since', 'until', 'about', 'around', 'between',
  'among', 'against', 'across', 'through', 'within', 'out', 'up', 'down', 'off', 'again', 'ago', 'later', 'earlier',
  'too', 'very', 'even', 'yet', 'away', 'back', 'apiece', 'said', 'says', 'say', 'told', 'according', 'including',
  'percent', 'pct', 'both', 'either', 'neither', 'against', 'via', 'versus', 'vs', 'like', 'unlike', 'plus', 'minus',
  'times', 'time', 'something', 'someone', 'anything', 'nothing', 'everything', 'other', 'another', 'one', 'ones',
  'themselves', 'itself', 'himself', 'herself', 'ourselves', 'yourself', 'more', 'fewer', 'many', 'much', 'few',
  'several', 'own', 'same', 'last', 'next', 'first', 'second', 'third', 'year-on-year', 'respectively', 'alone',
  'together', 'overall', 'total', 'altogether', 'instead', 'however', 'because', 'although', 'though', 'unless',
  'whether', 'how', 'why', 'whereas', 'toward', 'towards', 'upon', 'beyond', 'above', 'below', 'near', 'outside',
  'inside', 'along', 'amid', 'amidst', 'despite', 'throughout', 'onward', 'thereafter', 'today', 'tonight',
  'yesterday', 'tomorrow', 'last', 'latest', 'dozens', 'hundreds', 'thousands', 'millions', 'billions',
]);

/** Counts with these words are still about the noun after them: "83 more deaths", "15,000 U.S. troops". */
const SKIP_ADJECTIVES = new Set([
  'more', 'additional', 'extra', 'other', 'new', 'further', 'fewer', 'total', 'confirmed', 'reported', 'suspected',
  'alleged', 'known', 'registered', 'active-duty', 'active', 'armed', 'foreign', 'military', 'naval', 'strong',
  'odd', 'large', 'small', 'big', 'separate', 'different', 'young', 'last', 'first', 'such', 'american', 'us', 'u.s.',
  'u.s', 'uk', 'u.k.', 'eu', 'un', 'u.n.', 'nato', 'federal', 'national', 'local', 'regional', 'international',
  'domestic', 'official', 'unofficial', 'full-time', 'part-time', 'more than', 'unarmed', 'innocent', 'elite',
  'special', 'heavy', 'light', 'main', 'major', 'minor', 'key', 'senior', 'junior', 'former', 'current', 'active',
  'possible', 'potential', 'likely', 'separate', 'distinct', 'individual', 'similar', 'identical', 'fellow',
  'fresh', 'previous', 'consecutive', 'straight', 'successive', 'successful', 'failed', 'deadly', 'lethal',
  'fatal', 'nonfatal', 'non-fatal', 'documented', 'recorded', 'verified', 'unverified',
]);

/** Words that look like nouns to the suffix rules but are verbs, adverbs or adjectives after a figure. */
const NOT_NOUN_SUFFIX = /(?:ly|ed|ing)$/;

const WORD_AT = /(?:[A-Z]\.){2,}|[\p{L}][\p{L}'’]*(?:-[\p{L}]+)*/uy;
const GAP_AT = /[ \t\u00a0]+|-|[ \t\u00a0]*\n[ \t\u00a0]*/y;
const ABBREV_AT = /(?:km\/h|km²|m²|°[CF]|°|[A-Za-z]+\d?)(?![\p{L}\p{N}])/uy;

export interface UnitMatch {
  /** The canonical unit: 'troop', 'kilometer'. */
  unit: string;
  /** Span of the unit word(s) as written. */
  start: number;
  end: number;
  /** The unit is in this module's lexicon (not merely a noun that followed the figure). */
  known: boolean;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function wordAt(text: string, pos: number): Word | undefined {
  WORD_AT.lastIndex = pos;
  const m = WORD_AT.exec(text);
  if (!m) return undefined;
  return { text: m[0], lower: m[0].toLowerCase(), start: pos, end: pos + m[0].length };
}

function wordAfter(text: string, pos: number): Word | undefined {
  GAP_AT.lastIndex = pos;
  const g = GAP_AT.exec(text);
  if (!g) return undefined;
  return wordAt(text, pos + g[0].length);
}

function lexiconUnit(phrase: string): string | undefined {
  const unit = normalizeUnit(phrase);
  return UNITS.has(unit) ? unit : undefined;
}

function isMeasure(unit: string): boolean {
  const family = UNITS.get(unit)?.family;
  return family !== undefined && family in MEASURES;
}

/** A unit abbreviation exactly at `pos` (glued "300km" or spaced "300 km"). */
export function abbreviationAt(text: string, pos: number): UnitMatch | undefined {
  ABBREV_AT.lastIndex = pos;
  const m = ABBREV_AT.exec(text);
  if (!m) return undefined;
  // "sq km", "sq mi": two-part abbreviations.
  if (m[0] === 'sq') {
    const next = /^ (km|mi|ft|m)(?![\p{L}\p{N}])/u.exec(text.slice(pos + 2, pos + 6));
    if (next) return { unit: ABBREVIATIONS[`sq ${next[1]}`] ?? normalizeUnit(`sq ${next[1]}`), start: pos, end: pos + 2 + next[0].length, known: true };
  }
  const unit = ABBREVIATIONS[m[0]];
  return unit ? { unit, start: pos, end: pos + m[0].length, known: true } : undefined;
}

/**
 * The unit noun after a figure ending at `from`: skips a few adjectives ("15,000 U.S. troops",
 * "83 more deaths", "300 Venezuelan soldiers"), takes two-word units ("square kilometers",
 * "service members"), and otherwise the first noun-like word. Undefined when a function word or
 * punctuation comes first ("83 were killed", "15,000.").
 */
export function readUnit(text: string, from: number): UnitMatch | undefined {
  GAP_AT.lastIndex = from;
  const gap = GAP_AT.exec(text);
  if (!gap) return undefined;
  const first = from + gap[0].length;
  const abbrev = abbreviationAt(text, first);
  if (abbrev) return abbrev;
  const hyphenated = gap[0] === '-';
  let w = wordAt(text, first);
  for (let looked = 0; w && looked < 3; looked++) {
    if (STOP.has(w.lower) && !SKIP_ADJECTIVES.has(w.lower)) return undefined;
    // An age: "a 15-year-old" counts years.
    const age = /^(\p{L}+)-olds?$/u.exec(w.lower);
    if (age) return unitOf(w, normalizeUnit(age[1]));
    const next = wordAfter(text, w.end);
    if (next) {
      const two = lexiconUnit(`${w.lower} ${next.lower}`);
      if (two) return { unit: two, start: w.start, end: next.end, known: true };
    }
    const nextIsNoun = next !== undefined && isNounLike(next);
    const known = lexiconUnit(w.text);
    // An adverb or participle ends the search: "83 quickly left", "83 killed" aside (a known unit).
    if (!known && !SKIP_ADJECTIVES.has(w.lower) && !isNounLike(w)) return undefined;
    const plural = w.lower !== singularize(w.lower);
    const modifier = (): boolean => {
      if (!next || !nextIsNoun) return false;
      if (SKIP_ADJECTIVES.has(w!.lower)) return true;
      // "10-point plan": the hyphenated word is the unit, whatever follows.
      if (hyphenated && looked === 0) return false;
      if (/^\p{Lu}/u.test(w!.text) && !known) return true; // "U.S. troops", "Venezuelan soldiers"
      if (plural) return false;
      // A singular noun before another noun modifies it: "boat strikes", "civilian deaths", "combat units".
      return known ? !isMeasure(known) && lexiconUnit(next.text) !== undefined : true;
    };
    if (modifier()) {
      w = next;
      continue;
    }
    if (known) return unitOf(w, known, true);
    if (/^\p{Lu}/u.test(w.text)) {
      // A plural demonym ("300 Venezuelans") is a count; another capitalised word is a name ("Boeing 737 Max").
      return plural && w.lower.length > 3 ? unitOf(w, singularize(w.lower)) : undefined;
    }
    return isNounLike(w) ? unitOf(w, normalizeUnit(w.lower)) : undefined;
  }
  return undefined;
}

function isNounLike(w: Word): boolean {
  return !STOP.has(w.lower) && !NOT_NOUN_SUFFIX.test(w.lower) && w.lower.length >= 2 && /^[\p{L}]/u.test(w.lower);
}

function unitOf(w: Word, unit: string, known = UNITS.has(unit)): UnitMatch {
  return { unit, start: w.start, end: w.end, known };
}

// ---------------------------------------------------------------- writing a unit back

/** Singulars whose plural is irregular, the reverse of IRREGULAR_PLURALS where that is unambiguous. */
const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(IRREGULAR_PLURALS).filter(([plural, single]) => plural !== single).map(([plural, single]) => [single, plural]),
);

/** Compound units whose plural is not the plural of their last word. */
const PLURAL_COMPOUNDS: Readonly<Record<string, string>> = {
  'degree celsius': 'degrees celsius', 'degree fahrenheit': 'degrees fahrenheit', 'passer-by': 'passers-by',
};

/**
 * The plural of a canonical unit, as a fact table writes it (`unit: troops`, `unit: people`): 'troop' -> 'troops',
 * 'person' -> 'people', 'mile per hour' -> 'miles per hour'. normalizeUnit() reads every result back to the unit.
 */
export function pluralUnit(unit: string): string {
  const u = unit.toLowerCase();
  if (PLURAL_COMPOUNDS[u]) return PLURAL_COMPOUNDS[u];
  if (IRREGULAR_SINGULARS[u]) return IRREGULAR_SINGULARS[u];
  const per = u.indexOf(' per ');
  if (per > 0) return `${pluralUnit(u.slice(0, per))}${u.slice(per)}`;
  if (INVARIANT.has(u) || u === 'crew' || u === 'dead' || u === 'killed') return u;
  const sp = Math.max(u.lastIndexOf(' '), u.lastIndexOf('-'));
  const head = u.slice(sp + 1);
  const lead = u.slice(0, sp + 1);
  if (IRREGULAR_SINGULARS[head]) return lead + IRREGULAR_SINGULARS[head];
  if (/[^aeiou]y$/.test(head)) return `${lead}${head.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(head)) return `${lead}${head}es`;
  return `${lead}${head}s`;
}
