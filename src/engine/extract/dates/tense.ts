// What a sentence says of a date's time: ahead of the document (a future verb nearer the date than a past one),
// behind it (a past-tense verb nearer), or neither. The scanners resolve yearless and weekday forms by it.

import { isSentenceStart } from './context';

// ---------------------------------------------------------------- sentences and tense

// "must appeal by 31 July": a duty is to be done, so it looks forward ("must have" looks back).
const FUTURE_MARKERS =
  /\b(?:will|effective|starting|won't|shall|(?:must|(?:has|have|need|needs)[ \t]+to)(?![ \t]+have\b)|(?:is|are|'s|’s)[ \t]+(?:due|scheduled|set|expected|slated|planned|going|poised)[ \t]+(?:to|for)|plans?[ \t]+to|planning[ \t]+to|upcoming|this[ \t]+coming)\b|['’]ll\b/gi;
const PAST_MARKERS =
  /\b(?:said|told|announced|reported|confirmed|added|was|were|had|did|took|held|met|came|went|began|won|lost|made|left|gave|saw|found|died|[a-z]{3,}ed)\b/gi;

// News writes a scheduled change in the present tense: "the levy goes up from April", "the ban takes effect in
// January". A present-tense verb of a schedule looks forward, as "will" does, when the date it leads to is the start
// of something: after "from", "in", "starting", "as of" or "effective". A verb of change only after a word of
// starting, not "in": "inflation falls in September" is as often the historical present of a report on September.
const PRESENT_CHANGE = /\b(?:go(?:es)?[ \t]+(?:up|down)|rises?|falls?|(?:in|de)creases?|drops?|climbs?|jumps?|doubles?|changes?)\b/gi;
const PRESENT_SCHEDULE =
  /\b(?:takes?[ \t]+effect|comes?[ \t]+into[ \t]+(?:force|effect)|kicks?[ \t]+in|starts?|begins?|appl(?:y|ies)|ends?|expires?|opens?|closes?|returns?|resumes?)\b/gi;
const STARTING_FROM = /\b(?:from|starting|as[ \t]+of|effective)[ \t]+(?:(?:early|mid|late)[ \t-]*)?$/i;
const STARTING_IN = /\b(?:from|in|starting|as[ \t]+of|effective)[ \t]+(?:(?:early|mid|late)[ \t-]*)?$/i;
// A determiner makes the word a noun ("a rise from April"), "to" or an auxiliary a verb another word tenses ("wanted
// to start in May", "did not rise in March").
const NOT_PRESENT_BEFORE =
  /(?:\b(?:a|an|the|this|that|these|those|its|their|his|her|our|your|my|any|no|each|every|another|to|do|does|did|would|could|should|might|must|may|can|cannot|not|never)|n['’]t)[ \t]+$/i;

/**
 * A present-tense verb of a schedule right before a weekday ("the ban starts on Friday", "which takes effect on
 * Monday"): news writes what is timetabled this week in the present, and what already happened in the past
 * ("started"). A month's day after such a verb ("the trial opens August 2") may be months either way, and keeps
 * the document year's reading.
 */
const WEEKDAY_AT = /^(?:mon|tue|wed|thu|fri|sat|sun)/i;
const SCHEDULE_ON =
  /\b(?:takes?[ \t]+effect|comes?[ \t]+into[ \t]+(?:force|effect)|kicks?[ \t]+(?:in|off)|starts?|begins?|ends?|expires?|opens?|closes?|resumes?)[ \t]+(?:on[ \t]+)?(?:(?:this|next)[ \t]+)?$/i;

/** Present-tense verbs of change or schedule in the sentence, as spans, when the date is where a change starts. */
function presentSchedules(text: string, sentence: string, from: number, start: number): Array<[number, number]> {
  const lead = text.slice(Math.max(0, start - 30), start);
  const on = WEEKDAY_AT.test(text.slice(start, start + 12)) ? SCHEDULE_ON.exec(lead) : null;
  const at = on ? start - lead.length + on.index : -1;
  if (on && !NOT_PRESENT_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return [[at, at + on[0].length]];
  const verbs = [
    ...(STARTING_FROM.test(lead) ? sentence.matchAll(PRESENT_CHANGE) : []),
    ...(STARTING_IN.test(lead) ? sentence.matchAll(PRESENT_SCHEDULE) : []),
  ];
  const out: Array<[number, number]> = [];
  for (const m of verbs) {
    if (NOT_PRESENT_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push([from + m.index, from + m.index + m[0].length]);
  }
  return out;
}

/** The sentence holding [start, end): bounded by terminal punctuation (not after an abbreviation) or a blank line. */
export function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = Math.max(0, start - 400);
  for (let i = start - 1; i >= from; i--) {
    const c = text[i];
    if ((c === '\n' && text[i - 1] === '\n') || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ''))) {
      if (c === '.' && !isSentenceStart(text, i + 1)) continue;
      from = i + 1;
      break;
    }
  }
  let to = Math.min(text.length, end + 400);
  for (let i = end; i < to; i++) {
    const c = text[i];
    if ((c === '\n' && text[i + 1] === '\n') || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ''))) {
      if (c === '.' && !isSentenceStart(text, i + 1)) continue;
      to = i;
      break;
    }
  }
  return { from, to };
}

/** What the sentence around a date says of its time: ahead of the document, behind it, or nothing either way. */
export type Tense = 'future' | 'past' | 'none';

/** "best before", "use-by", "expires on", "valid until": what follows is the day a thing lasts until. */
const EXPIRY_BEFORE =
  /\b(?:best[ \t-]+before|use[ \t-]+by|sell[ \t-]+by|display[ \t-]+until|expir(?:es|ing|y[ \t]+date)(?:[ \t]+(?:on|of))?|valid[ \t]+(?:until|through|till))[ \t]+(?:dates?[ \t]+(?:of[ \t]+)?)?$/i;

/** Verbs of saying date the statement, not the event the date belongs to ("the trial opens May 4, lawyers said"). */
const SAYING = /^(?:said|told|announced|reported|confirmed|added)$/i;

/**
 * The tense the sentence gives the date. Future when a future marker stands nearer the date than any past-tense verb:
 * "On Saturday, officials said they will..." is not future; "the vote will take place on Saturday" is. Past when a
 * past-tense verb other than one of saying stands nearer than any future marker ("the bridge opened on May 4"); a
 * participle before "for" or "to" ("scheduled for May 4") is no past tense.
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  // A date a thing lasts until is its own schedule, whatever the verb that says when it was marked ("packs
  // marked best before 2 November" in October are good until this November, not last year's).
  if (EXPIRY_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return 'none';
  const { from, to } = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  const futures: Array<[number, number]> = [];
  for (const m of sentence.matchAll(FUTURE_MARKERS)) futures.push([from + m.index, from + m.index + m[0].length]);
  futures.push(...presentSchedules(text, sentence, from, start));
  const distance = (a: number, b: number): number => (b <= start ? start - b : a >= end ? a - end : 0);
  const nearestFuture = Math.min(...futures.map(([a, b]) => distance(a, b)));
  let nearestPast = Infinity;
  let nearestEvent = Infinity;
  for (const m of sentence.matchAll(PAST_MARKERS)) {
    const a = from + m.index;
    const b = a + m[0].length;
    if (futures.some(([fa, fb]) => a < fb && fa < b)) continue;
    // A participle after "be" belongs to the future verb ("will be published"), it is not a past tense.
    if (/\b(?:be|been|being)[ \t]+$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (a >= start && b <= end) continue;
    // An attribution that ends the sentence ("..., officials said.") tells who spoke, not when things happened.
    if (SAYING.test(m[0]) && b > end && /^[\s.!?"'”’)]*$/.test(text.slice(b, to))) continue;
    nearestPast = Math.min(nearestPast, distance(a, b));
    if (!SAYING.test(m[0]) && !/^[ \t]+(?:for|to)\b/i.test(text.slice(b, b + 5))) nearestEvent = Math.min(nearestEvent, distance(a, b));
  }
  if (nearestFuture < nearestPast) return 'future';
  return nearestEvent < nearestFuture ? 'past' : 'none';
}

/** Whether the sentence places the date in the future (see tenseAt). */
export function marksFuture(text: string, start: number, end: number): boolean {
  return tenseAt(text, start, end) === 'future';
}
