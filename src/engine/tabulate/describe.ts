// Turns grouped claims into facts a reviewer can read: a label, cue words, a unit, an id, the cited
// value and whether the sources contest it. The cited value and the contested flag come from the same
// rules the loader and the checker apply, so the table says what the checker will conclude.

import type { Bound, FactValue, Kind, SourceClaim } from '../types';
import { pluralUnit, unitFamily } from '../extract/units';
import { isMeasureFamily } from '../lexicon/units';
import { stemWord } from '../match/terms';
import { asUnjudged } from '../table/factClaims';
import { citedValue } from '../table/load';
import { isContested } from '../verdict/contested';
import { roundingInterval } from '../verdict/intervals';
import type { CollectedClaim } from './collect';
import type { ClaimGroup } from './group';
import { idFromWords } from './ids';
import type { SourcePerson } from './people';
import { inUnitOf, type Idf } from './similarity';
import { latestTally } from './tallies';
import { cuePhrases, topWords } from './cues';
import { isReportingWord, isTimeWord, labelCandidate, labelFromQuote, type LabelCandidate, type RangeEnd } from './label';

export interface DraftClaim {
  source: string;
  value: FactValue;
  bound: Bound;
  quote: string;
}

export interface DraftFact {
  /** The id the fact would like; made unique when the table is written. */
  baseId: string;
  label: string;
  kind: Kind;
  unit?: string;
  currency?: string;
  cues: string[];
  value?: FactValue;
  bound: Bound;
  /** Written only when narrower than the loader's default. */
  tolerance?: number;
  claims: DraftClaim[];
  contested: boolean;
  /** Where the fact was first stated (source order, then offset): the tie-break of the table's order. */
  order: [number, number];
  /** Spellings of a name other than the cited one, with the sources that use them: noted above the fact. */
  variants?: { spelling: string; sources: string[] }[];
  /** Other names of an entity that stand for it (an acronym, a short form): written as its `aliases`. */
  aliases?: string[];
  /** Notes for the reviewer, written as comments above the fact. */
  notes?: string[];
}

const MAX_CUES = 5;
const DEFAULT_TOLERANCE = 0.05;

/**
 * The tolerance of a fact whose sources hedge a round figure: "about 15,000" promises a value that rounds to
 * 15,000, the reading bare round figures already get, so it is narrower than the default 5% (which would let
 * "about 15,000" and "16,000" agree). Undefined keeps the default.
 */
export function roundedTolerance(claims: readonly Pick<DraftClaim, 'value' | 'bound'>[]): number | undefined {
  let tightest: number | undefined;
  for (const c of claims) {
    if (c.bound !== 'about' || typeof c.value !== 'number' || c.value === 0) continue;
    const r = roundingInterval(c.value);
    const unit = r.hi - r.lo;
    if (unit < 100) continue;
    // Just inside half the rounding unit, so the next round figure is outside it.
    const t = Math.max(0.01, Math.floor((unit / 2 / Math.abs(c.value)) * 0.9 * 100) / 100);
    if (t < DEFAULT_TOLERANCE && (tightest === undefined || t < tightest)) tightest = t;
  }
  return tightest;
}
const NO_RANGE = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, offset: { start: 0, end: 0 } };

/** Cited value, bound and contested flag, as the loader and checker will see them. */
function judgeFact(kind: Kind, claims: DraftClaim[], order: ReadonlyMap<string, number>, tolerance = DEFAULT_TOLERANCE) {
  const sourceClaims: SourceClaim[] = claims.map((c) => ({ source: c.source, value: c.value, bound: c.bound, range: NO_RANGE }));
  const value = citedValue(sourceClaims, order);
  const bound = sourceClaims.find((c) => c.value === value)?.bound ?? 'exact';
  const fact = asUnjudged(kind, { id: '', label: '', cues: [], bound, tolerance, aliases: [], range: NO_RANGE }, sourceClaims);
  return { value, bound, contested: isContested(fact) };
}

const KIND_NOUN: Record<Exclude<Kind, 'entity'>, string> = { number: 'count', money: 'amount', percent: 'percent', date: 'date' };
const KIND_LABEL: Record<Exclude<Kind, 'entity'>, string> = { number: 'Number', money: 'Amount', percent: 'Percentage', date: 'Date' };

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * A claim in another unit of the fact's measure, converted: the table has one unit a fact. The quote keeps
 * the source's own words; the converted value is only as exact as the source's figure, so it is `about`.
 */
function inFactUnit(c: DraftClaim, from: string | undefined, to: string | undefined): DraftClaim {
  const converted = inUnitOf({ value: c.value, bound: c.bound, unit: from }, to);
  if (converted.value === c.value || typeof converted.value !== 'number') return c;
  return { ...c, value: Number(converted.value.toPrecision(3)), bound: c.bound === 'exact' ? 'about' : c.bound };
}

const FRAMING_SKIP =
  /^(?:the|and|for|with|from|into|that|this|which|who|whom|whose|what|were|was|have|has|had|been|said|says|its|their|our|your|when|while|near|after|before|since)$/i;

/** Words of the clauses that state the figure, in each source: the first three of each label phrase. */
function framingWords(group: ClaimGroup): string[] {
  const out: string[] = [];
  for (const c of group.claims) {
    const l = labelFromQuote(c.quote, c.claim.text, namedBefore(c), c.kind === 'date');
    if (!l) continue;
    // Words of when ("Sunday", "later") frame no fact: every fact of the day shares them.
    const ws = l.split(/\s+/).filter((w) => w.length > 2 && !FRAMING_SKIP.test(w) && !isTimeWord(w) && !/\d/.test(w));
    for (const w of ws.slice(0, 3)) {
      const cue = /^\p{Lu}\p{Ll}/u.test(w) && ws.indexOf(w) === 0 ? w.toLowerCase() : w;
      if (!out.some((o) => o.toLowerCase() === cue.toLowerCase())) out.push(cue);
    }
  }
  return out;
}

/**
 * Every source gives the figure in percentage points: a change of a rate, which the checker tells from a
 * percentage ("1.2%" is not "1.2 percentage points").
 */
function inPoints(claims: readonly CollectedClaim[]): boolean {
  return claims.every((c) => c.claim.kind === 'percent' && /points?/i.test(c.claim.style.percentSuffix ?? ''));
}

const DEATH_NOUNS = new Set(['death', 'dead', 'fatality']);

/**
 * A date, a measure ("gusts of 90 km/h", "a depth of 10 km") or a sum ("damage to rice was put at P9bn") is
 * named by the words before it; a sum only by those after it when they say what it is of ("£40bn in tax
 * rises", "P14bn worth of crops").
 */
function namedBefore(c: CollectedClaim): boolean {
  if (c.kind === 'money') {
    const at = c.quote.indexOf(c.claim.text);
    return at < 0 || !/^\s*(?:of|in|worth|for)\b/i.test(c.quote.slice(at + c.claim.text.length));
  }
  return c.kind === 'date' || (c.unit !== undefined && isMeasureFamily(unitFamily(c.unit)));
}

/**
 * How a label names the end of a change it stands for: both ends share the words of what changed. Function
 * words, so the checker reads the label's content words alone.
 */
const END_NAME: Record<RangeEnd, string> = { from: 'from', to: 'to' };

/**
 * The label most of the group's clauses give (each read by labelCandidate). On a tie, the noun a date
 * modifies, then words after a figure (what a count counts) before words leading up to it, which often carry
 * who spoke; then the first source's.
 */
function phraseLabel(group: ClaimGroup): LabelCandidate | undefined {
  const votes = new Map<string, { candidate: LabelCandidate; n: number; first: number }>();
  group.claims.forEach((c, i) => {
    const l = labelCandidate(c.quote, c.claim.text, namedBefore(c), c.kind === 'date');
    if (!l) return;
    const key = `${l.text}\u0000${l.end ?? ''}`;
    const v = votes.get(key) ?? { candidate: l, n: 0, first: i };
    v.n++;
    votes.set(key, v);
  });
  // Words after a sum are kept only where they say what it is of: then they are the better label.
  const first = group.claims[0];
  const preferAfter = first.kind === 'money' || !namedBefore(first);
  // The noun a date modifies says what it is the date of, whatever the other clauses say.
  const sideRank = (l: LabelCandidate) => (l.side === 'modified' ? -1 : (l.side === 'after') === preferAfter ? 0 : 1);
  return [...votes.values()].sort((a, b) => b.n - a.n || sideRank(a.candidate) - sideRank(b.candidate) || a.first - b.first)[0]?.candidate;
}

const ID_SKIP = /^(?:the|and|for|with|from|into|that|this)$/i;

/** An id from a label's words: its first four content words, then the kind for a date. */
function idFromLabel(phrase: string, kind: Kind): string {
  const base = idFromWords(
    phrase.split(/\s+/).filter((w) => w.length > 2 && !ID_SKIP.test(w)),
    4,
  );
  return kind === 'date' ? `${base}-date` : base;
}

/** The fact a group of claims stands for. `order` maps source ids to their position in the table. */
export function describeGroup(group: ClaimGroup, idf: Idf, order: ReadonlyMap<string, number>): DraftFact {
  const claims = group.claims;
  const first = claims[0];
  const kind = first.kind;
  // The unit most sources count in (ties: the first source's).
  const unitVotes = new Map<string, number>();
  for (const c of claims) if (c.unit) unitVotes.set(c.unit, (unitVotes.get(c.unit) ?? 0) + 1);
  const voted = [...unitVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  // "20 deaths" and "25 people killed" count the same people: a toll is counted in people, so a draft's
  // "dead" or "people" fits every toll of the story alike and the words decide which.
  const unit = voted !== undefined && DEATH_NOUNS.has(voted) ? 'person' : voted;
  const unitStems = new Set([...unitVotes.keys()].map((u) => stemWord(u)));
  const words = topWords(claims, idf, unitStems);
  const unitWords = [...unitVotes.keys()].map((u) => pluralUnit(u));
  // The verbs and nouns each source frames the figure with ("killed", "died", "toll"): a draft in other
  // words than the first source's still finds the fact.
  const framing = framingWords(group);
  const single = [
    ...new Set([...unitWords, ...words.filter((w) => !isReportingWord(w)).slice(0, MAX_CUES), ...framing.filter((w) => !isReportingWord(w))]),
  ].slice(0, 2 * MAX_CUES + unitWords.length);
  const cues = [...single, ...cuePhrases(claims, single)];
  const draftClaims: DraftClaim[] = claims.map((c) => inFactUnit({ source: c.sourceId, value: c.value, bound: c.bound, quote: c.quote }, c.unit, unit));
  const tolerance = roundedTolerance(draftClaims);
  const judged = judgeFact(kind, draftClaims, order, tolerance);
  const noun = unit ? pluralUnit(unit) : KIND_NOUN[kind];
  const labelWords = words.slice(0, 3);
  const head = kind === 'number' && unit ? capitalize(pluralUnit(unit)) : KIND_LABEL[kind];
  const candidate = phraseLabel(group);
  const phrase = candidate && (candidate.end ? `${candidate.text} (${END_NAME[candidate.end]})` : candidate.text);
  const fact: DraftFact = {
    baseId: candidate ? idFromLabel(candidate.text, kind) + (candidate.end ? `-${candidate.end}` : '') : idFromWords([...words.slice(0, 2), noun]),
    label: phrase ? (kind === 'date' ? `Date: ${phrase}` : phrase) : labelWords.length ? `${head}: ${labelWords.join(', ')}` : head,
    kind,
    cues,
    bound: judged.bound,
    claims: draftClaims,
    contested: judged.contested,
    order: [first.sourceIndex, first.start],
  };
  if (unit && kind === 'number') fact.unit = pluralUnit(unit);
  if (kind === 'percent' && inPoints(claims)) fact.unit = 'percentage points';
  if (kind === 'money') fact.currency = first.currency ?? 'USD';
  if (judged.value !== undefined) fact.value = judged.value;
  const latest = latestTally(claims);
  if (latest) {
    const cited = draftClaims[claims.indexOf(latest)];
    fact.value = cited.value;
    fact.bound = cited.bound;
    fact.notes = [`A running count, reported again as it grew: the latest report's figure (${latest.sourceId}, ${latest.published}) is cited`];
  }
  if (tolerance !== undefined) fact.tolerance = tolerance;
  return fact;
}

/** The entity fact for the place sources name for another fact's figure, when they name different places. */
export function describePlaceOf(of: DraftFact, claims: DraftClaim[], order: ReadonlyMap<string, number>): DraftFact {
  const judged = judgeFact('entity', claims, order);
  const fact: DraftFact = {
    baseId: `${of.baseId}-place`,
    label: `Place of: ${of.label}`,
    kind: 'entity',
    cues: [],
    bound: 'exact',
    claims,
    contested: judged.contested,
    order: of.order,
  };
  if (judged.value !== undefined) fact.value = judged.value;
  return fact;
}

/** The entity fact for one person named by several sources. */
export function describePerson(group: SourcePerson[], order: ReadonlyMap<string, number>): DraftFact {
  const claims: DraftClaim[] = group.map((p) => ({ source: p.sourceId, value: p.name, bound: 'exact', quote: p.quote }));
  const judged = judgeFact('entity', claims, order);
  const name = String(judged.value ?? group[0].name);
  // The description most sources give ("Venezuelan President"); its words are the cues.
  const votes = new Map<string, number>();
  for (const p of group) for (const d of new Set(p.descriptors)) votes.set(d, (votes.get(d) ?? 0) + 1);
  const descriptors = [...votes.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  const cues = [...new Set(descriptors.flatMap(([d]) => d.split(/\s+/)))].slice(0, MAX_CUES);
  const fact: DraftFact = {
    baseId: idFromWords(name.split(/\s+/), 4),
    label: descriptors.length ? `${descriptors[0][0]}: ${name}` : `Person named in the sources: ${name}`,
    kind: 'entity',
    cues,
    value: name,
    bound: 'exact',
    claims,
    contested: judged.contested,
    order: [group[0].sourceIndex, 0],
  };
  const variants = new Map<string, string[]>();
  for (const c of claims) if (c.value !== name) variants.set(String(c.value), [...(variants.get(String(c.value)) ?? []), c.source]);
  if (variants.size) fact.variants = [...variants].map(([spelling, sources]) => ({ spelling, sources }));
  return fact;
}
