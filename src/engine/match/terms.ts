import stem from 'wink-porter2-stemmer';

/** Words that say nothing about which fact a figure belongs to. */
const STOPWORDS = new Set(
  (
    'a an the and or but of in on at to for from by with as is are was were be been being has have had do does did ' +
    'it its this that these those there their they them he she his her him we our you your i me my not no nor so than ' +
    'then also into over under about after before since until while which who whom whose what when where why how ' +
    'all any some more most other such only own same too very can will would should could may might must shall ' +
    'said says say according told reported report per cent percent least nearly almost around roughly approximately ' +
    'up down out off again once just now new ' +
    // Degree adverbs qualify a claim without naming its subject, and stem to adjectives that may: "largely
    // unchanged" is not "this large", "mostly" not "most", "partly" not a "part".
    'largely mostly mainly partly chiefly broadly widely highly hardly barely fairly rather quite slightly sharply merely simply likely'
  ).split(' '),
);

/** Irregular forms the stemmer leaves apart but a fact cue should treat as one word. */
const IRREGULAR: Record<string, string> = {
  people: 'person',
  persons: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  dead: 'die',
  death: 'die',
  deaths: 'die',
  died: 'die',
  dying: 'die',
  fatalities: 'die',
  fatality: 'die',
  // "lives" lost is a noun; "lived" is a verb, which the stemmer would fold into it.
  lives: 'life',
  km: 'kilometr',
  kilometers: 'kilometr',
  kilometres: 'kilometr',
};

/**
 * Stems that news writing uses interchangeably for one count or change: "killing 83" and "83 deaths"; "a
 * 6% rise" and "a 6% increase" (the tenses of "rise" too, which the stemmer leaves apart).
 */
const SYNONYM_STEMS: Record<string, string> = { kill: 'die', increas: 'rise', rose: 'rise', risen: 'rise' };

/**
 * Stems already computed. A story repeats its words, and stemming is the costliest step of matching,
 * so this memo pays for itself; it is bounded, and a pure function's memo changes no result.
 */
const STEMS = new Map<string, string>();
const MAX_STEMS = 100_000;

export function stemWord(word: string): string {
  const known = STEMS.get(word);
  if (known !== undefined) return known;
  const w = word.toLowerCase().replace(/[’']s$/, '');
  const base = IRREGULAR[w] ?? stem(w);
  const result = SYNONYM_STEMS[base] ?? base;
  if (STEMS.size >= MAX_STEMS) STEMS.clear();
  STEMS.set(word, result);
  return result;
}

export interface Token {
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/** Content words of a span, stemmed, with their offsets. */
export function tokens(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    for (const part of m[0].split('-')) {
      const lower = part.toLowerCase();
      if (lower.length < 2 || STOPWORDS.has(lower)) continue;
      out.push({ stem: stemWord(lower), start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/**
 * Verbs whose meaning is in the word after them: "took effect" and "took place", "made landfall" and "made
 * a loss" share only the verb. In a label they say nothing of which fact a figure is.
 */
const LIGHT_VERBS = new Set(
  (
    'take takes took taken taking make makes made making get gets got gotten getting give gives gave given giving ' +
    'go goes went gone going come comes came coming put puts putting'
  ).split(' '),
);

/** Stems of a label's words, light verbs left out (see LIGHT_VERBS). */
export function labelTokens(label: string): Token[] {
  return tokens(label).filter((t) => !LIGHT_VERBS.has(label.slice(t.start, t.end).toLowerCase()));
}

/** Stems of a phrase, for cues and labels. */
export function phraseStems(phrase: string): string[] {
  return tokens(phrase).map((t) => t.stem);
}
