// The year a clause is set in dates every figure of it, not only the figure whose words hold it.

import type { Span } from '../types';

/**
 * The year one clause sets its figures in: "33 miners were rescued in 2010 from the Soledad mine after 69 days"
 * dates the 69 days too, though "in 2010" falls to the figure before it. Only "in YYYY" (or "in March 2010"),
 * and only where the clause says nothing that sets its figures apart in time: a change ("from 40 to 85"), a
 * comparison ("than", "since"), another time ("now", "this year"), or a second year.
 */
export function clauseYears(visible: string, claim: Span, sentence: Span): number[] {
  const clause = clauseAround(visible, claim, sentence);
  if (APART.test(clause) || CHANGE_ENDS.test(clause)) return [];
  const years = [...clause.matchAll(YEAR_WORDS)];
  const all = clause.match(ANY_YEAR) ?? [];
  return years.length === 1 && all.length === 1 ? [Number(years[0][1])] : [];
}

const YEAR_WORDS = /\bin[ \t]+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+)?(1[89]\d\d|20\d\d)\b/g;
const ANY_YEAR = /\b(?:1[89]\d\d|20\d\d)\b/g;

/** Words that put a clause's figures at different times, or tie one to another's time. */
const APART =
  /\b(?:than|since|until|till|compared|versus|vs|ago|earlier|later|previously|before|now|today|currently|this[ \t]+year|last[ \t]+year|next[ \t]+year|up|down|rose|fell|grew|increased|decreased|dropped|climbed|jumped|doubled|halved)\b/i;
/** A change's ends are figures after "from" and "to": "from 40 to 85". "from the mine" is a place. */
const CHANGE_ENDS = /\b(?:from|to)[ \t]+(?:an?[ \t]+|the[ \t]+)?[$£€]?\d/i;

/**
 * The clause of the sentence that holds the claim: up to a semicolon, colon, bracket or dash, a comma (one
 * setting off a place's region, as in "at Kerrow, Tasmania, in 2006", does not end it), or a joined clause.
 */
function clauseAround(visible: string, claim: Span, sentence: Span): string {
  const text = visible.slice(sentence.start, sentence.end).replace(PLACE_REGION, (m) => m.replace(/,/g, ' '));
  const at = claim.start - sentence.start;
  const cuts = [...text.matchAll(CLAUSE_BREAK)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const start = Math.max(0, ...cuts.filter((c) => c.end <= at).map((c) => c.end));
  const end = Math.min(text.length, ...cuts.filter((c) => c.start >= claim.end - sentence.start).map((c) => c.start));
  return text.slice(start, end);
}

const PLACE_REGION = /\p{Lu}[\p{L}'’-]+,[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?,/gu;
const CLAUSE_BREAK = /[;:()\u2014\u2013]|\s-\s|,|\b(?:and|but|while|whereas|which|who|when|where)\b/gi;
