// What a figure counts, read from its words: the counts news prose keeps apart.

/**
 * Counts that news prose keeps apart: a figure "injured" is never the death toll, a figure "missing" never
 * the injured, "destroyed" homes not "damaged" ones.
 */
export type CountClass = 'deaths' | 'injuries' | 'missing' | 'displaced' | 'affected' | 'rescued' | 'arrested' | 'destroyed' | 'damaged';
/** Matched as words, not stems: "destroyers" are ships, not houses destroyed; "lives in" is not a death. */
const COUNT_WORDS: Readonly<Record<CountClass, RegExp>> = {
  deaths: /\b(?:die[ds]?|dying|dead|deaths?|kill(?:ed|s|ing)?|fatalit(?:y|ies)|fatal|tolls?|perish(?:ed)?|drown(?:ed|ing)?|bodies)\b/i,
  injuries: /\b(?:injur(?:ed|y|ies|ing)|wounded|wounds|hurt)\b/i,
  missing: /\b(?:missing|unaccounted)\b/i,
  displaced: /\b(?:displaced|displacement|evacuat(?:ed|ion|ions)|evacuees|homeless|fled|flee(?:ing)?|sheltering|refugees)\b/i,
  affected: /\baffected\b/i,
  rescued: /\brescued?\b/i,
  arrested: /\b(?:arrest(?:ed|s)?|detained)\b/i,
  destroyed: /\b(?:destroyed|flattened|toppled|razed|collapsed|wiped out)\b/i,
  damaged: /\b(?:damaged?|damages|loss(?:es)?)\b/i,
};

/** The count classes a text's words name. */
export function countsOf(text: string): Set<CountClass> {
  const out = new Set<CountClass>();
  // Object.entries widens the keys to string; they are COUNT_WORDS' own keys.
  for (const [cls, re] of Object.entries(COUNT_WORDS) as [CountClass, RegExp][]) if (re.test(text)) out.add(cls);
  return out;
}
