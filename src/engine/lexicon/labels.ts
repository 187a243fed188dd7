// Words that decide whether the number after a word is a label ("Section 230", "Route 66", "Boeing 737") or a
// figure ("Typhoon Kills 25"). Read by the quantity extractor; see isNotAClaim() in extract/quantities.ts for
// the rule that uses them.

/**
 * Nouns whose number names one of a series rather than counting anything, in any case ("section 230 of the
 * act", "a category 4 storm", "the iPhone 15"). Only nouns that are rarely followed by a count in ordinary
 * prose are here; "stage", "room", "channel" are below, capitalised only ("the channel 30 migrants crossed").
 */
const LABEL_NOUNS = new Set([
  // parts of laws, treaties and documents
  'section', 'subsection', 'article', 'chapter', 'clause', 'paragraph', 'annex', 'appendix', 'amendment',
  'proposition', 'page', 'episode', 'volume',
  // ratings, classes and stages
  'category', 'class', 'type', 'grade', 'tier', 'size', 'level', 'stage', 'phase', 'covid', 'defcon',
  // routes and transport
  'flight', 'route', 'highway', 'interstate', 'gate', 'terminal', 'platform', 'runway', 'pier', 'berth', 'exit',
  'junction', 'precinct',
  // aircraft, spacecraft and products written with a model number
  'boeing', 'airbus', 'apollo', 'soyuz', 'tupolev', 'ilyushin', 'sukhoi', 'antonov', 'cessna', 'embraer', 'iphone',
  'ipad', 'xbox', 'playstation',
  // stock indices and rankings named by their size
  'ftse', 'nasdaq', 'nikkei', 'stoxx', 'dax', 'cac', 'ibex', 's&p',
]);

/**
 * Nouns that label only when capitalised ("Room 101", "Channel 4", "Day 3 of the trial", "Windows 11"); in
 * lower case they are ordinary nouns a count may follow ("the channel 30 migrants crossed", "the title 3 times").
 */
const CAPITALISED_LABEL_NOUNS = new Set([
  'title', 'room', 'ward', 'channel', 'radio', 'windows', 'pixel', 'model', 'formula', 'fortune', 'russell',
  'falcon', 'force', 'cat', 'day', 'week', 'game', 'round', 'season', 'series', 'issue', 'part', 'act', 'scene',
  'book', 'figure', 'table', 'exhibit', 'item', 'question', 'step', 'unit', 'block', 'lot', 'building', 'floor',
  'district', 'zone', 'sector', 'division', 'league', 'line', 'track', 'lane', 'bay', 'hall', 'squadron',
  'battalion', 'regiment', 'brigade', 'rule', 'resolution', 'order', 'prop', 'measure', 'initiative',
]);

/** Words before a label noun that make the number after it a count ("each class 25 pupils", "per flight 180 seats"). */
const COUNTING_DETERMINERS = new Set(['each', 'every', 'per', 'this', 'that', 'which']);

/** Whether `word`, written right before a number, makes that number a label. `determiner` is the word before it, if any. */
export function isLabelNoun(word: string, determiner?: string): boolean {
  const lower = word.toLowerCase();
  if (determiner !== undefined && COUNTING_DETERMINERS.has(determiner.toLowerCase())) return false;
  if (LABEL_NOUNS.has(lower)) return true;
  return /^\p{Lu}/u.test(word) && CAPITALISED_LABEL_NOUNS.has(lower);
}

/**
 * Verbs a headline puts right before a figure ("Typhoon Kills 25", "Floods Displace 3,000", "Firm Cuts 500
 * Jobs"), base forms. Title case capitalises them mid-line, where a capitalised word before a number is
 * otherwise a name; these keep the figure. "top" and "mark" are left out as bare words ("Top 10", "Mark 5"
 * name things); their inflected forms are in VERB_FORMS.
 */
const HEADLINE_VERBS = new Set([
  'kill', 'leave', 'hit', 'cut', 'add', 'shed', 'lose', 'win', 'gain', 'pass', 'reach', 'claim', 'injure', 'wound',
  'hurt', 'displace', 'strand', 'affect', 'raise', 'sell', 'buy', 'hire', 'fire', 'drop', 'fall', 'rise', 'jump',
  'surge', 'climb', 'sink', 'soar', 'dip', 'slide', 'slip', 'tumble', 'plunge', 'slump', 'post', 'report', 'see',
  'say', 'expect', 'forecast', 'face', 'hold', 'hand', 'send', 'deploy', 'arrest', 'detain', 'charge', 'jail', 'fine',
  'sentence', 'save', 'rescue', 'evacuate', 'strike', 'destroy', 'damage', 'close', 'shut', 'open', 'axe', 'slash',
  'double', 'triple', 'treble', 'halve', 'approve', 'reject', 'back', 'ban', 'order', 'seek', 'need', 'want', 'give',
  'get', 'take', 'make', 'pay', 'owe', 'earn', 'spend', 'borrow', 'lend', 'invest', 'sign', 'name', 'pick', 'elect',
  'appoint', 'welcome', 'draw', 'attract', 'find', 'count', 'record', 'break', 'beat', 'exceed', 'near',
  'approach', 'estimate', 'total', 'eye', 'target', 'plan', 'offer', 'bid', 'fetch', 'cost', 'lift', 'boost', 'trim',
  'reduce', 'lower', 'increase', 'grow', 'shrink', 'receive', 'admit', 'deport', 'free', 'release', 'return',
  'recover', 'confirm', 'turn', 'celebrate', 'cross', 'breach', 'die', 'sack', 'employ', 'serve', 'feed', 'shelter',
  'vaccinate', 'infect', 'sicken', 'drown', 'bury', 'execute', 'shoot', 'stab', 'kidnap', 'abduct', 'capture',
  'seize', 'launch', 'import', 'export', 'ship', 'produce', 'build', 'unveil', 'announce', 'pledge', 'promise', 'vow',
  'commit', 'donate', 'allocate', 'earmark', 'award', 'grant', 'fund', 'sue', 'score', 'clinch', 'log', 'notch',
  'register', 'predict', 'project', 'show', 'reveal', 'put', 'peg', 'value', 'rank', 'rate', 'bring', 'keep', 'lead',
]);

/** Inflected forms the stem rules below cannot undo, and the two verbs kept out as bare words. */
const VERB_FORMS = new Set([
  'left', 'lost', 'won', 'sold', 'bought', 'fell', 'rose', 'risen', 'sank', 'sunk', 'saw', 'seen', 'said', 'held',
  'sent', 'struck', 'drew', 'drawn', 'found', 'broke', 'broken', 'beaten', 'paid', 'made', 'took', 'taken', 'gave',
  'given', 'got', 'spent', 'lent', 'sought', 'shot', 'fled', 'fed', 'grew', 'grown', 'shrank', 'built', 'brought',
  'kept', 'led', 'slid', 'aged', 'tops', 'topped', 'topping', 'marks', 'marked', 'marking',
]);

/** Whether a word is an inflection of a headline verb ("Kills", "Displaced", "Reaches", "Cutting", "Left"). */
export function isHeadlineVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (HEADLINE_VERBS.has(w) || VERB_FORMS.has(w)) return true;
  const stems: string[] = [];
  if (w.endsWith('ies') || w.endsWith('ied')) stems.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) stems.push(w.slice(0, -2));
  if (w.endsWith('s')) stems.push(w.slice(0, -1));
  if (w.endsWith('ed')) stems.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3)); // "added", "raised", "dropped"
  if (w.endsWith('ing')) stems.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4)); // "adding", "leaving", "cutting"
  return stems.some((s) => s.length >= 2 && HEADLINE_VERBS.has(s));
}
