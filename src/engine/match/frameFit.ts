import type { DateClaim, Fact } from '../types';
import type { ClaimContext, Matchable } from './match';
import { standsIn, type WordOrder } from './phrases';
import type { FactIndex, FactProfile } from './factIndex';
import type { ClaimFrame } from './frame';
import { isMeasureFamily, unitFamily } from '../lexicon/units';

/** A figure and a fact that agree on their role ("from" / "to" / a change) fit a little better. */
const ROLE_BONUS = 0.5;
/** A figure "killed" and a death toll: what both count is evidence in itself. */
const COUNT_MATCH_BONUS = 0.5;
/** A fact about a tally or statement takes an event's date only when nothing better fits. */
const STATEMENT_FACT_PENALTY = 0.3;
/** At most this many facts share a phrase that names a subject. */
const SUBJECT_FACTS = 24;
/** A fact about one place ("deaths in the Cordillera") fits a figure that names no place less than the story's own figure. */
const UNNAMED_PLACE_PENALTY = 0.5;

/** Years a date fact's values fall in. */
function factDateYears(fact: Fact): Set<number> {
  const out = new Set<number>();
  if (fact.kind !== 'date') return out;
  for (const v of [fact.value, ...fact.claims.map((c) => c.value)]) if (v?.year !== undefined) out.add(v.year);
  return out;
}

/**
 * How a claim's frame fits a fact's: -Infinity where the claim's own words put it in another year, time,
 * place, role or kind of event than the fact; otherwise a small bonus or penalty.
 */
export function frameFit(claim: Matchable, frame: ClaimFrame, profile: FactProfile, index: FactIndex, ctx: Readonly<ClaimContext>): number {
  const { own } = ctx;
  const ff = profile.frame;
  if (frame.otherEvent && !ff.otherEvent) return -Infinity;
  if (otherPlace(claim, frame, profile, index)) return -Infinity;
  if (frame.whole && !ff.total) return -Infinity;
  if (holdsPartOf(frame, ff.places)) return -Infinity;
  const placePenalty = unnamedPlace(profile, index, own) ? -UNNAMED_PLACE_PENALTY : 0;
  if (claim.kind === 'date' ? otherSubject(profile, index, own, ctx.order, true) : otherSubject(profile, index, ...nearOwn(ctx), false)) return -Infinity;
  // "the final two miners" is part of the nine rescued, not the count; "the first 50 km", "the last 12 months" measure
  // a stretch, which says nothing of its whole.
  if (frame.part && claim.kind === 'number' && !isMeasureFamily(unitFamily(claim.unit ?? '')) && !namesPart(profile.fact, frame.part)) return -Infinity;
  return placePenalty + (claim.kind === 'date' ? dateFit(claim, frame, profile, index) : figureFit(frame, profile, index));
}

function dateFit(claim: DateClaim, frame: ClaimFrame, profile: FactProfile, index: FactIndex): number {
  const ff = profile.frame;
  if (frame.statement && !ff.statement) return -Infinity;
  // "between 2 June and 19 September": the first end of a range is no fact of a span's last day, nor the other way.
  if (frame.rangeEnd && ff.rangeEnd && frame.rangeEnd !== ff.rangeEnd) return -Infinity;
  if (frame.statement && otherSpeaker(frame, profile, index)) return -Infinity;
  // "a senior senator revealed on Sunday" is not the day the chancellor did: a fact whose words name none of the speaker's.
  if (frame.speaker && !frame.speaker.some((s) => profile.terms.has(s))) return -Infinity;
  // "the day the toll reached 31": a date of saying is that day only where its sentence gives that figure.
  if (frame.statement && ff.figures.length && !ff.figures.some((n) => frame.figures.includes(n))) return -Infinity;
  const years = factDateYears(profile.fact);
  const yearWritten = claim.style.withYear || claim.date.precision === 'year';
  // A year alone against a fact known to its year is that fact's value, right or wrong ("set in 1948" for a
  // record set in 1984); any other date in another year than the fact's is of another event.
  if (
    claim.date.year !== undefined &&
    yearWritten &&
    years.size &&
    !years.has(claim.date.year) &&
    !(claim.date.precision === 'year' && isYearFact(profile.fact) && [...years].some((y) => yearSlip(claim.date.year as number, y)))
  )
    return -Infinity;
  // "next week", "on Thursday", "from April": a day or month whose year the text leaves to the reader is not a
  // fact known only to its year; the year it was read with is a guess, which cannot agree or disagree with one.
  if (claim.date.precision !== 'year' && !claim.style.withYear && isYearFact(profile.fact)) return -Infinity;
  // A year alone says only when; it is a claim about a fact known to the year, not to the day.
  if (claim.date.precision === 'year' && profile.fact.kind === 'date' && !isYearFact(profile.fact)) return -Infinity;
  const sameTally = [...frame.counts].some((c) => ff.counts.has(c)) ? COUNT_MATCH_BONUS : 0;
  return (!frame.statement && ff.statement ? -STATEMENT_FACT_PENALTY : 0) + sameTally;
}

function figureFit(frame: ClaimFrame, profile: FactProfile, index: FactIndex): number {
  const ff = profile.frame;
  // A figure "injured" is not a death toll, nor one "missing" a count of the injured.
  if (frame.counts.size && ![...frame.counts].some((c) => ff.counts.has(c))) return -Infinity;
  const sameCount = frame.counts.size > 0 ? COUNT_MATCH_BONUS : 0;
  // "Hunt cut the rate from 12% to 8%" is not the rate before this budget's rise.
  if (frame.direction && ff.direction && frame.direction !== ff.direction) return -Infinity;
  // "$68,000 now" is not the salary planned for 2028.
  if (frame.present && ff.years.length && index.storyYears.size && ff.years.every((y) => y > Math.max(...index.storyYears))) return -Infinity;
  if (frame.years.length) {
    const allowed = ff.years.length ? new Set(ff.years) : index.storyYears;
    if (allowed.size && !frame.years.some((y) => allowed.has(y))) return -Infinity;
  }
  // The value a thing had before a change is a fact only where the table keeps the old value as one.
  // (Unless it is today's value on a path to a forecast: "from 36.4% this year to 38.8% by 2028".)
  const now = frame.present || frame.years.some((y) => index.storyYears.has(y));
  // A role the sources' own quotes give the figure is as good as the label's.
  const quoted = frame.role !== undefined && profile.quotedRoles.has(frame.role);
  if (frame.role === 'from' && ff.role !== 'from' && !now && !quoted) return -Infinity;
  if (frame.role && ff.role) {
    if (frame.role !== ff.role && !(frame.role === 'from' && now) && !quoted) return -Infinity;
    return ROLE_BONUS + sameCount;
  }
  return sameCount;
}

/**
 * The claim's own words put it in a place the table knows by name ("missing in the Ilocos Region"), that
 * another fact of its kind is about, or other than the one this fact's label names, and that this fact never
 * mentions: it is that place's figure, not this one.
 */
function otherPlace(claim: Matchable, frame: ClaimFrame, profile: FactProfile, index: FactIndex): boolean {
  const byStem = index.byKindStem.get(claim.kind);
  for (const place of frame.places) {
    if (place.every((s) => index.storyPlaces.has(s) || GEOGRAPHIC.has(s)) || place.some((s) => profile.terms.has(s))) continue;
    if (isKnownName(index, place) && place.some((s) => (byStem?.get(s) ?? []).length > 0)) return true;
    // "one killed in Osk" is not the fact "Deaths in Vell province": the two name two places the table knows.
    const partlyKnown = place.some((s) => !GEOGRAPHIC.has(s) && (index.labelPlaces.has(s) || isEntityName(index, [s])));
    if (partlyKnown && profile.frame.places.length && !namesOneOf(place, profile.frame.places)) return true;
  }
  return false;
}

/**
 * "Lirovia's central bank cut to 4%": a figure of what a name owns is that name's, and a name the table never
 * writes (in a label, cue, quote or source) owns none of its facts: it is a party the story compares itself with. This
 * holds even where the sentence echoes a quote word for word around the figure: the name is what the echo changed.
 */
export function outsideOwner(frame: ClaimFrame, index: FactIndex): boolean {
  return frame.owners.some((o) => !o.some((s) => index.tableStems.has(s)));
}

/**
 * "Kieran Doyle, 27, who campaigned for Mr Furlow" is not Furlow's age: a figure the sentence gives to a person
 * is a fact's only where the fact's own words (label, cues, quotes) name that person.
 */
export function otherPerson(frame: ClaimFrame, profile: FactProfile): boolean {
  return frame.persons.some((p) => !p.some((s) => profile.terms.has(s)));
}

/** A place (its stems) shares a naming word with one of `places`. */
function namesOneOf(place: readonly string[], places: readonly (readonly string[])[]): boolean {
  return places.some((q) => q.some((s) => place.includes(s)));
}

/**
 * "90 dead, most of them in Vell": the place of the fact holds only a part of the figure, which is the
 * whole; the fact of that place's own count is not the figure's (unless its own words name the place too).
 */
function holdsPartOf(frame: ClaimFrame, places: readonly (readonly string[])[]): boolean {
  if (!frame.partNames.length) return false;
  const named = (p: readonly string[]) => p.length > 0 && p.every((s) => frame.partNames.includes(s));
  return places.some(named) && !frame.places.some((p) => namesOneOf(p, places));
}

/**
 * The fact's label names a place the table knows that qualifies it (see isQualifier; not one of the story's
 * headline places), and the claim's own words do not name it.
 */
function unnamedPlace(profile: FactProfile, index: FactIndex, own: ReadonlySet<string>): boolean {
  const qualifiers = profile.frame.places.filter(
    (p) => isKnownName(index, p) && p.some((s) => !index.storyPlaces.has(s) && !GEOGRAPHIC.has(s) && isQualifier(index, profile, s)),
  );
  return qualifiers.length > 0 && !qualifiers.some((p) => p.some((s) => own.has(s)));
}

/**
 * The place tells the fact from a sibling: another fact of its kind counts the same thing ("Deaths in the
 * Cordillera" beside "People killed by the typhoon") without naming this place. A place in a label with no
 * such sibling ("delivered the budget in the House of Commons") only describes the fact.
 */
function isQualifier(index: FactIndex, profile: FactProfile, stem: string): boolean {
  const kind = profile.fact.kind;
  return [...profile.frame.counts].some((c) => {
    const group = index.countGroups.get(`${kind}\u0000${c}`);
    return !!group && group.size - (group.naming.get(stem) ?? 0) > 0;
  });
}

/**
 * "The minimum wage rises from April" does not date the national insurance rise, nor is "the bus fare rose
 * 20%" the parking tax's rise: the claim's own words name another fact's subject (one of its multi-word
 * cues, its words together and in order: scattered through a sentence they name nothing), and every word they share with this fact that fact has too. The claim is of that fact's
 * subject, which the table may not hold a figure of in this kind at all.
 */
function otherSubject(profile: FactProfile, index: FactIndex, own: ReadonlySet<string>, order: WordOrder, date: boolean): boolean {
  const mine = [...own].filter((s) => profile.terms.has(s));
  // A figure that shares no word with the fact came to it by other evidence (a source's quote it echoes).
  if (!date && !mine.length) return false;
  for (const phrase of phrasesNamed(index, order)) {
    // A phrase many facts share names no one fact's subject (and would cost as much as the table is large).
    if (phrase.facts.length > SUBJECT_FACTS || phrase.stems.every((s) => profile.terms.has(s))) continue;
    // A figure's subject is a figure's: a date fact's event words ("the disaster office said on ...") are
    // no other subject for a count its sentence also gives.
    const rivals = date ? phrase.facts : phrase.facts.filter((i) => index.profiles[i].fact.kind !== 'date');
    if (rivals.some((i) => mine.every((s) => index.profiles[i].terms.has(s)))) return date || !namesOwnSubject(profile, index, order);
  }
  return false;
}

/** The table's multi-word cues that the claim's own words write out, word by word ("the bus fare rise"). */
function* phrasesNamed(index: FactIndex, order: WordOrder) {
  for (let at = 0; at < order.length; at++) {
    const first = order[at];
    if (first !== undefined) for (const phrase of index.phrasesByFirst.get(first) ?? []) if (standsIn(order, phrase.stems, at)) yield phrase;
  }
}

/**
 * A figure's subject is in the words next to it: the head of a sentence whose main figure is another ("The
 * toll ... rose to 31, with 118 injured") is that figure's subject, not this one's.
 */
const SUBJECT_NEAR = 0.2;

function nearOwn({ own, weights, order }: Readonly<ClaimContext>): [Set<string>, WordOrder] {
  const near = (s: string) => (weights.get(s) ?? 0) >= SUBJECT_NEAR;
  return [new Set([...own].filter(near)), order.map((s) => (s !== undefined && near(s) ? s : undefined))];
}

/**
 * The claim's own words write out one of this fact's multi-word cues: "a $1.2bn, 12-year contract for the
 * Harbour Line" names the contract, whose value and length are two facts with one subject.
 */
function namesOwnSubject(profile: FactProfile, index: FactIndex, order: WordOrder): boolean {
  for (const phrase of phrasesNamed(index, order)) if (phrase.facts.some((i) => index.profiles[i] === profile)) return true;
  return false;
}

/**
 * "Maduro confirmed on Wednesday" is not the date Trump confirmed it: the names the story knows (its entity
 * facts' and its headlines') before the date and in the fact's label have none in common.
 */
function otherSpeaker(frame: ClaimFrame, profile: FactProfile, index: FactIndex): boolean {
  const known = (s: string) => index.nameStems.has(s) || index.storyPlaces.has(s);
  const said = new Set(frame.names.filter(known));
  const labelled = profile.frame.names.slice(1).filter(known);
  return said.size > 0 && labelled.length > 0 && !labelled.some((s) => said.has(s));
}

/** Words a place's name carries that do not tell one place from another. */
const GEOGRAPHIC = new Set([
  'region',
  'provinc',
  'valley',
  'citi',
  'town',
  'district',
  'state',
  'counti',
  'island',
  'municip',
  'villag',
  'area',
  'north',
  'south',
  'east',
  'west',
  'central',
]);

/** The phrase is a name the table knows: its distinctive words all belong to one written name of an entity fact, or to places fact labels name. */
function isKnownName(index: FactIndex, phrase: readonly string[]): boolean {
  const key = phrase.join(' ');
  let known = index.knownNames.get(key);
  if (known === undefined) {
    const distinctive = phrase.filter((s) => !GEOGRAPHIC.has(s));
    known = distinctive.length > 0 && (isEntityName(index, phrase) || distinctive.every((s) => index.labelPlaces.has(s)));
    index.knownNames.set(key, known);
  }
  return known;
}

/** The phrase's distinctive words all belong to one written name of an entity fact. */
function isEntityName(index: FactIndex, phrase: readonly string[]): boolean {
  const distinctive = phrase.filter((s) => !GEOGRAPHIC.has(s));
  return distinctive.length > 0 && index.names.some((n) => distinctive.every((s) => n.has(s)));
}

/**
 * Two years a writer slips between: the same digits reordered (1948 for 1984), or one digit off (2006 for 2016).
 * Not the year next to it: a deadline and its extension ("by 2027", "until 2028") are two events as often as not.
 */
function yearSlip(a: number, b: number): boolean {
  const [x, y] = [String(a), String(b)];
  if (x.length !== y.length || Math.abs(a - b) <= 1) return false;
  if ([...x].sort().join('') === [...y].sort().join('')) return true;
  return [...x].filter((c, i) => c !== y[i]).length === 1;
}

/** A date fact known only to its year. */
function isYearFact(fact: Fact): boolean {
  return fact.kind === 'date' && fact.value?.precision === 'year';
}

/** A fact of an earlier year's event ranks this much below the story's own for a figure that names no year. */
const PAST_EVENT_PENALTY = 0.5;

/**
 * "killed at least 48" is this story's toll, not the one of "the 1971 quake" a fact keeps for comparison: a fact of
 * years before the story's ranks below the story's own facts for a figure whose words give no year. It is still
 * the figure's fact where no other fits: the penalty orders candidates, it does not rule one out. (The year just
 * ended is the story's too: results "for 2025" are news in 2026.)
 */
export function pastEventPenalty(claim: Matchable, frame: ClaimFrame, profile: FactProfile, index: FactIndex): number {
  const ff = profile.frame;
  if (claim.kind === 'date' || frame.years.length || !ff.eventYears.length || !index.storyYears.size) return 0;
  const first = Math.min(...index.storyYears);
  if (!ff.eventYears.every((y) => y < first - 1)) return 0;
  return PAST_EVENT_PENALTY;
}

/** The fact's own words count such a part: "Additional troops deployed", cues [first arrivals]. */
function namesPart(fact: Fact, word: string): boolean {
  const re = new RegExp(String.raw`\b${word}\b`, 'i');
  return re.test(fact.label) || fact.cues.some((c) => re.test(c));
}
