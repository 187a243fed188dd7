// Unit vocabulary: which units measure the same thing and how they convert, so "186 miles" can be checked
// against a source that says 300 km. Shared by extraction (reading a unit) and verdicts (comparing in one unit).

/** A unit's family and, for measurable families, how many base units one of it is. */
export interface UnitInfo {
  family: string;
  /** Base units per unit (metres, kilograms, litres, square metres, seconds...). Counts use 1. */
  factor: number;
}

export const MEASURES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  length: {
    meter: 1,
    kilometer: 1000,
    centimeter: 0.01,
    millimeter: 0.001,
    mile: 1609.344,
    'nautical mile': 1852,
    foot: 0.3048,
    inch: 0.0254,
    yard: 0.9144,
  },
  // News copy uses "ton" loosely for the metric tonne; treating them alike keeps "19 tons" comparable
  // with "19 tonnes" instead of flagging a 10% difference nobody meant.
  mass: {
    kilogram: 1,
    gram: 0.001,
    milligram: 1e-6,
    ton: 1000,
    tonne: 1000,
    pound: 0.45359237,
    ounce: 0.028349523125,
  },
  volume: { liter: 1, milliliter: 0.001, gallon: 3.785411784, barrel: 158.987294928, 'cubic meter': 1000 },
  area: {
    'square meter': 1,
    'square kilometer': 1e6,
    'square mile': 2589988.110336,
    hectare: 1e4,
    acre: 4046.8564224,
    'square foot': 0.09290304,
  },
  duration: {
    second: 1,
    minute: 60,
    hour: 3600,
    day: 86400,
    week: 604800,
    fortnight: 1209600,
    month: 2629800,
    year: 31557600,
    decade: 315576000,
    century: 3155760000,
  },
  speed: { 'meter per second': 1, 'kilometer per hour': 1 / 3.6, 'mile per hour': 0.44704, knot: 1852 / 3600 },
  power: { watt: 1, kilowatt: 1e3, megawatt: 1e6, gigawatt: 1e9 },
  energy: { 'kilowatt-hour': 3.6e6, 'megawatt-hour': 3.6e9, 'gigawatt-hour': 3.6e12 },
  // Degrees of temperature: a Fahrenheit degree is 5/9 of a Celsius one, counted from 32 (see ZERO_AT).
  temperature: { 'degree celsius': 1, 'degree fahrenheit': 5 / 9 },
};

/** Where a scale's zero lies in its own degrees, for scales that do not start at nothing: 0°C is 32°F. */
const ZERO_AT: Readonly<Record<string, number>> = { 'degree fahrenheit': 32 };

/** Count nouns that count the same kind of thing: a person is a person whether a troop or a death. */
const COUNTS: Readonly<Record<string, readonly string[]>> = {
  people: [
    'person',
    'man',
    'woman',
    'child',
    'adult',
    'civilian',
    'soldier',
    'troop',
    'sailor',
    'marine',
    'airman',
    'service member',
    'servicemember',
    'personnel',
    'militant',
    'combatant',
    'rebel',
    'insurgent',
    'guerrilla',
    'officer',
    'police officer',
    'agent',
    'worker',
    'employee',
    'staff',
    'staffer',
    'resident',
    'inhabitant',
    'citizen',
    'national',
    'voter',
    'student',
    'patient',
    'prisoner',
    'detainee',
    'hostage',
    'captive',
    'migrant',
    'refugee',
    'asylum seeker',
    'protester',
    'protestor',
    'demonstrator',
    'victim',
    'casualty',
    'fatality',
    'death',
    'dead',
    'life',
    'wounded',
    'injured',
    'survivor',
    'passenger',
    'crew member',
    'crewmember',
    'member',
    'fisherman',
    'journalist',
    'reporter',
    'official',
    'diplomat',
    'lawmaker',
    'legislator',
    'senator',
    'delegate',
    'individual',
    'suspect',
    'smuggler',
    'trafficker',
    'boy',
    'girl',
    'baby',
    'infant',
    'teenager',
    'minor',
    'pilot',
    'reservist',
    'recruit',
    'guardsman',
    'contractor',
    'mercenary',
    'volunteer',
    'fighter',
    'displaced person',
    'evacuee',
    'inmate',
    'driver',
    'doctor',
    'nurse',
    'medic',
    'teacher',
    'farmer',
    'miner',
    'firefighter',
    'rescuer',
    'player',
    'athlete',
    'spectator',
    'fan',
    'tourist',
    'visitor',
    'customer',
    'shopper',
    'pilgrim',
    'sailor',
    'seafarer',
    'crewman',
    'coast guardsman',
    'guard',
    'policeman',
    'policewoman',
    'cadet',
    'veteran',
    'defector',
    'deserter',
    'gunman',
    'attacker',
    'assailant',
    'bystander',
    'pedestrian',
    'motorist',
    'commuter',
    'traveler',
    'traveller',
    'hiker',
    'climber',
    'swimmer',
    'runner',
    'participant',
    'attendee',
    'delegate',
    'candidate',
    'applicant',
    'parent',
    'mother',
    'father',
    'son',
    'daughter',
    'sibling',
    'brother',
    'sister',
  ],
  vessel: [
    'vessel',
    'boat',
    'ship',
    'warship',
    'speedboat',
    'submarine',
    'destroyer',
    'frigate',
    'cruiser',
    'carrier',
    'aircraft carrier',
    'tanker',
    'freighter',
    'cargo ship',
    'yacht',
    'trawler',
    'dinghy',
    'go-fast boat',
    'narco-sub',
    'semi-submersible',
    'barge',
    'ferry',
    'corvette',
    'gunboat',
    'patrol boat',
  ],
  aircraft: ['aircraft', 'plane', 'airplane', 'jet', 'fighter jet', 'helicopter', 'drone', 'bomber', 'airliner'],
  strike: ['strike', 'airstrike', 'attack', 'raid', 'bombing', 'bombardment'],
  munition: ['missile', 'rocket', 'bomb', 'shell', 'warhead', 'round', 'munition', 'torpedo'],
  vehicle: ['vehicle', 'tank', 'truck', 'car', 'bus'],
};

export const UNITS = new Map<string, UnitInfo>();
for (const [family, units] of Object.entries(MEASURES)) {
  for (const [unit, factor] of Object.entries(units)) UNITS.set(unit, { family, factor });
}
for (const [family, units] of Object.entries(COUNTS)) for (const unit of units) UNITS.set(unit, { family, factor: 1 });

/** Spellings and abbreviations that mean a canonical unit (matched after lower-casing). */
const ALIASES: Readonly<Record<string, string>> = {
  'degrees celsius': 'degree celsius',
  'degrees centigrade': 'degree celsius',
  'degree centigrade': 'degree celsius',
  'degrees fahrenheit': 'degree fahrenheit',
  people: 'person',
  persons: 'person',
  folks: 'person',
  metre: 'meter',
  kilometre: 'kilometer',
  centimetre: 'centimeter',
  millimetre: 'millimeter',
  litre: 'liter',
  millilitre: 'milliliter',
  'cubic metre': 'cubic meter',
  'square metre': 'square meter',
  'square kilometre': 'square kilometer',
  kilo: 'kilogram',
  'metric ton': 'tonne',
  'metric tonne': 'tonne',
  'nautical mile': 'nautical mile',
  'air strike': 'airstrike',
  'service men': 'serviceman',
  servicemen: 'servicemember',
  serviceman: 'servicemember',
  servicewoman: 'servicemember',
  'kilometer per hour': 'kilometer per hour',
  'kilometre per hour': 'kilometer per hour',
  'mile per hour': 'mile per hour',
  'mile an hour': 'mile per hour',
  'kilometer an hour': 'kilometer per hour',
  'kilometre an hour': 'kilometer per hour',
  'kilowatt hour': 'kilowatt-hour',
  'megawatt hour': 'megawatt-hour',
  'gigawatt hour': 'gigawatt-hour',
  crew: 'crew member',
  troops: 'troop',
  personnel: 'personnel',
  staff: 'staff',
  aircraft: 'aircraft',
  'sq km': 'square kilometer',
  'sq mi': 'square mile',
  'sq ft': 'square foot',
  'sq m': 'square meter',
  killed: 'dead',
};

/**
 * Abbreviations, matched case-sensitively: "5 m" is metres but "5 M" is not, and "5G" is a network.
 * Used both spaced ("300 km") and glued ("300km").
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  km: 'kilometer',
  kms: 'kilometer',
  Km: 'kilometer',
  m: 'meter',
  cm: 'centimeter',
  mm: 'millimeter',
  mi: 'mile',
  ft: 'foot',
  yd: 'yard',
  yds: 'yard',
  nmi: 'nautical mile',
  kg: 'kilogram',
  kgs: 'kilogram',
  g: 'gram',
  mg: 'milligram',
  lb: 'pound',
  lbs: 'pound',
  oz: 'ounce',
  l: 'liter',
  L: 'liter',
  ml: 'milliliter',
  mL: 'milliliter',
  bbl: 'barrel',
  bpd: 'barrel per day',
  ha: 'hectare',
  km2: 'square kilometer',
  'km²': 'square kilometer',
  m2: 'square meter',
  'm²': 'square meter',
  mph: 'mile per hour',
  kph: 'kilometer per hour',
  'km/h': 'kilometer per hour',
  kmh: 'kilometer per hour',
  kt: 'knot',
  kts: 'knot',
  W: 'watt',
  kW: 'kilowatt',
  MW: 'megawatt',
  GW: 'gigawatt',
  kWh: 'kilowatt-hour',
  MWh: 'megawatt-hour',
  GWh: 'gigawatt-hour',
  hr: 'hour',
  hrs: 'hour',
  h: 'hour',
  min: 'minute',
  mins: 'minute',
  sec: 'second',
  secs: 'second',
  yr: 'year',
  yrs: 'year',
  mo: 'month',
  mos: 'month',
  '°C': 'degree celsius',
  '°F': 'degree fahrenheit',
  ºC: 'degree celsius',
  ºF: 'degree fahrenheit',
  C: 'degree celsius',
  F: 'degree fahrenheit',
  '°': 'degree',
};

export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  halves: 'half',
  leaves: 'leaf',
  thieves: 'thief',
  fishermen: 'fisherman',
  servicemen: 'serviceman',
  crises: 'crisis',
  analyses: 'analysis',
  bases: 'base',
  theses: 'thesis',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  data: 'data',
  media: 'media',
  dice: 'die',
  oxen: 'ox',
  indices: 'index',
  matrices: 'matrix',
  cacti: 'cactus',
  'passers-by': 'passer-by',
  'sons-in-law': 'son-in-law',
  wolves: 'wolf',
  shelves: 'shelf',
  calves: 'calf',
  // -ies plurals of nouns ending in -ie, which the -ies -> -y rule would get wrong.
  sorties: 'sortie',
  movies: 'movie',
  cookies: 'cookie',
  zombies: 'zombie',
  calories: 'calorie',
  rookies: 'rookie',
  goalies: 'goalie',
  selfies: 'selfie',
  brownies: 'brownie',
  hippies: 'hippie',
  ties: 'tie',
  lies: 'lie',
  pies: 'pie',
  aussies: 'aussie',
  kiwis: 'kiwi',
  newbies: 'newbie',
  prairies: 'prairie',
  cowries: 'cowrie',
  lassies: 'lassie',
};

/** Words that do not change in the plural, or only look plural. */
export const INVARIANT = new Set([
  'aircraft',
  'spacecraft',
  'hovercraft',
  'watercraft',
  'sheep',
  'fish',
  'deer',
  'series',
  'species',
  'news',
  'personnel',
  'staff',
  'police',
  'offspring',
  'headquarters',
  'means',
  'yen',
  'yuan',
  'naira',
  'baht',
  'won',
  'rand',
  'swiss',
  'gas',
  'bus',
  'status',
  'virus',
  'campus',
  'census',
  'bonus',
  'chaos',
  'canvas',
  'lens',
  'plus',
  'corps',
  'biceps',
  'alias',
  'atlas',
  'us',
  'this',
  'his',
  'its',
  'is',
  'was',
  'has',
  'does',
  'kudos',
  'dead',
  'wounded',
  'injured',
  'militia',
  'data',
  'media',
  'odds',
  'thanks',
  'arms',
  'congress',
  'celsius',
  'fahrenheit',
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
/** Two unit words name one unit ("km" and "kilometres"). */
export function sameUnit(a: string, b: string): boolean {
  return normalizeUnit(a) === normalizeUnit(b);
}

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

/** A family of units of measure (length, mass, duration...), as against counts of things. */
export function isMeasureFamily(family: string | undefined): boolean {
  return family !== undefined && Object.hasOwn(MEASURES, family);
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
  const out = ((value - (ZERO_AT[a] ?? 0)) * ia.factor) / ib.factor + (ZERO_AT[b] ?? 0);
  // Conversions multiply by inexact factors; trimming to 12 significant digits removes float noise.
  return Number(out.toPrecision(12));
}

/** A percent sign written as points (" percentage points", " points"): the figure is a change of a rate, not a rate. */
export function writtenInPoints(percentSuffix: string | undefined): boolean {
  return /points?$/i.test(percentSuffix?.trim() ?? '');
}

/** A unit naming percentage points ("percentage points", "percentage-point"): a change of a rate, not a share. */
export function isPercentagePoints(unit: string | undefined): boolean {
  return /^percentage[-\s]points?$/i.test(unit?.trim() ?? '');
}
