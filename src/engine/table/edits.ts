// Edits a writer's decisions make to a fact table: an alias accepted for an entity fact, a fact added for a
// claim no fact covers. People keep comments and their own layout in these files, so an edit is one
// insertion computed from the parsed nodes' offsets; everything else in the text stays byte for byte.

import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YNode, Pair, YAMLMap } from 'yaml';
import type { Bound, Claim, FactValue } from '../types';
import { recordedValue } from '../extract/shares';
import { dateValueToIso } from '../format/isoDate';
import type { DraftClaim } from '../tabulate/describe';
import { slugify, uniqueId } from '../tabulate/ids';
import { labelFromQuote } from '../tabulate/label';
import { claimLine, yamlString, yamlValue } from '../tabulate/write';

/** Replace [start, end) of the table's text with `text` (an insertion when start === end). */
export interface TableEdit {
  start: number;
  end: number;
  text: string;
}

export function applyTableEdit(text: string, edit: TableEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** Words YAML 1.1 or 1.2 reads as something other than text when written bare. */
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
const PLAIN_SAFE = /^[\p{L}\p{N}][\p{L}\p{N} .'’-]*$/u;

/** The text as a YAML scalar that reads back as itself in block and flow context alike. */
export function yamlScalar(value: string): string {
  const plain = PLAIN_SAFE.test(value) && !RESERVED.test(value) && !/^[\d.-]/.test(value) && !/\s$/.test(value);
  return plain ? value : JSON.stringify(value);
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just past the end of the line `offset` is on (after its newline), or the text's end. */
function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function indentAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function pairNamed(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => keyOf(p) === key);
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  return node && typeof node === 'object' && 'range' in node ? ((node as YNode).range ?? undefined) : undefined;
}

/** The table's `facts:` map, when the text parses cleanly and has one. */
function factsMap(text: string): { root: YAMLMap; facts: Pair | undefined } | undefined {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  return { root: doc.contents, facts: pairNamed(doc.contents, 'facts') };
}

/** Text to add after the last line of a block collection whose items start at `indent`, ending its own line. */
function appendLines(text: string, after: number, lines: string): TableEdit {
  const at = nextLineStart(text, after);
  const lead = at === text.length && !text.endsWith('\n') && text.length > 0 ? '\n' : '';
  return { start: at, end: at, text: lead + lines };
}

/**
 * The edit that adds `alias` to the `aliases:` of fact `factId`: into its list, flow or block, or as a new
 * `aliases:` line before the fact's `claims:` (after its last entry when it has none). Undefined when the
 * table does not parse, has no such fact, already lists the alias, or is laid out so that one insertion
 * cannot do it (a fact written as a flow map).
 */
export function aliasEdit(text: string, factId: string, alias: string): TableEdit | undefined {
  const found = factsMap(text);
  const factPair = found?.facts && isMap(found.facts.value) ? pairNamed(found.facts.value, factId) : undefined;
  const fact = factPair?.value;
  if (!isMap(fact) || fact.flow) return undefined;
  const written = yamlScalar(alias);
  const aliases = pairNamed(fact, 'aliases');
  let edit: TableEdit | undefined;
  if (aliases && isSeq(aliases.value)) {
    const seq = aliases.value;
    if (seq.items.some((i) => isScalar(i) && String(i.value).trim() === alias)) return undefined;
    const seqRange = rangeOf(seq);
    const last = rangeOf(seq.items[seq.items.length - 1]);
    if (!seqRange) return undefined;
    if (seq.flow) {
      // After the last item, or just inside `[` of an empty list; the closing bracket and any comment stay put.
      const at = last ? last[1] : text.lastIndexOf(']', seqRange[1]);
      if (at < 0) return undefined;
      edit = { start: at, end: at, text: last ? `, ${written}` : written };
    } else if (last) {
      const dash = text.lastIndexOf('-', last[0]);
      edit = appendLines(text, last[1], `${text.slice(lineStartOf(text, dash), dash)}- ${written}\n`);
    }
  } else if (aliases && (aliases.value === null || (isScalar(aliases.value) && aliases.value.value === null))) {
    // `aliases:` written with no value: the list goes after the colon.
    const keyRange = rangeOf(aliases.key);
    const colon = keyRange ? text.indexOf(':', keyRange[1]) : -1;
    if (colon < 0) return undefined;
    edit = { start: colon + 1, end: colon + 1, text: ` [${written}]` };
  } else if (!aliases) {
    const first = rangeOf(fact.items[0]?.key);
    if (!first) return undefined;
    const line = `${indentAt(text, first[0])}aliases: [${written}]\n`;
    const claims = rangeOf(pairNamed(fact, 'claims')?.key);
    if (claims) {
      const at = lineStartOf(text, claims[0]);
      edit = { start: at, end: at, text: line };
    } else {
      const end = rangeOf(fact)?.[1];
      if (end === undefined) return undefined;
      edit = appendLines(text, lastContentBefore(text, end), line);
    }
  }
  return edit && aliasesAfter(applyTableEdit(text, edit), factId).includes(alias) ? edit : undefined;
}

/** The last offset before `end` that is not whitespace: a block node's range may run on past its line. */
function lastContentBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return Math.max(0, i - 1);
}

/** The aliases the text gives fact `factId`: the edit is kept only if the table reads back with the new one. */
function aliasesAfter(text: string, factId: string): string[] {
  const found = factsMap(text);
  const fact = found?.facts && isMap(found.facts.value) ? pairNamed(found.facts.value, factId)?.value : undefined;
  const list = isMap(fact) ? pairNamed(fact, 'aliases')?.value : undefined;
  return isSeq(list) ? list.items.flatMap((i) => (isScalar(i) ? [String(i.value).trim()] : [])) : [];
}

// ---------------------------------------------------------------- a new fact

/** What a new fact is made of: the claim, the words it stands in, where the draft is, and who is said to report it. */
export interface NewFact {
  claim: Claim;
  /** The sentence the claim stands in, as the draft writes it. */
  sentence: string;
  /** The draft's path as the table should name it (relative to the table). */
  draft: string;
  /**
   * The table's source the writer says reports the claim: the fact gets that source's claim, quoting the
   * draft's sentence until a reviewer puts in the source's own words. Absent: the fact holds the value
   * alone, with the sentence as a `draft` note, and no source is said to report it.
   */
  source?: string;
}

/** The claim's value as the table writes it, or undefined when it has none to write (a date with no year). */
function claimValue(claim: Claim): FactValue | undefined {
  if (claim.kind === 'date') return claim.date.year === undefined ? undefined : claim.date;
  return claim.kind === 'entity' ? claim.name : recordedValue(claim).value;
}

/** The bound the table records with the value: a bare fraction's is `about` (it was rounded). */
function claimBound(claim: Claim): Bound {
  return claim.kind === 'date' || claim.kind === 'entity' ? claim.bound : recordedValue(claim).bound;
}

/** Whether a claim has a value a table can hold (a date needs its year). */
export function canRecord(claim: Claim): boolean {
  return claimValue(claim) !== undefined;
}

/** A label in the sentence's own words ("Tugboats waited outside the harbour"), else its opening words marked for rewriting. */
function labelFrom(sentence: string, claim: Claim): string {
  const said = labelFromQuote(sentence, claim.text, claim.kind === 'date');
  if (said) return said;
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ');
  const head = words
    .slice(0, 8)
    .join(' ')
    .replace(/[.,;:!?]+$/, '');
  return `TODO: ${head}${words.length > 8 ? '...' : ''}`;
}

function baseId(claim: Claim, value: FactValue): string {
  const words =
    claim.kind === 'entity' ? claim.name : claim.kind === 'date' ? `date-${dateValueToIso(claim.date)}` : `${claim.unit ?? claim.kind}-${String(value)}`;
  return slugify(words).slice(0, 30).replace(/-+$/, '') || claim.kind;
}

/** How the table lays out its facts, so a new one looks like its neighbours. */
interface FactLayout {
  /** Before a fact's id. */
  factIndent: string;
  /** Before a fact's keys. */
  inner: string;
  /** Before the dash of a claim, when the fact has `claims:`. */
  claimIndent: string;
  /** Claims written as flow maps (`- { source: a, value: 1 }`), as the builder writes them, or as block maps. */
  flowClaims: boolean;
}

function layoutOf(text: string, map: YAMLMap | undefined): FactLayout {
  const facts = map?.items ?? [];
  // Indented as the table's first fact and its first key are, else by two spaces.
  const firstKey = rangeOf(facts[0]?.key);
  const firstValue = facts[0]?.value;
  const firstInner = isMap(firstValue) ? rangeOf(firstValue.items[0]?.key) : undefined;
  const factIndent = firstKey ? indentAt(text, firstKey[0]) : '  ';
  const step = firstInner ? indentAt(text, firstInner[0]).slice(factIndent.length) || '  ' : '  ';
  const inner = factIndent + step;
  // The first fact with a block list of claims says where their dashes go and how each claim is written.
  for (const pair of facts) {
    const claims = isMap(pair.value) ? pairNamed(pair.value, 'claims') : undefined;
    const seq = claims?.value;
    const first = isSeq(seq) && !seq.flow ? seq.items[0] : undefined;
    const key = rangeOf(claims?.key);
    const item = rangeOf(first);
    if (!key || !item) continue;
    const dash = text.lastIndexOf('-', item[0]);
    const claimIndent = inner + text.slice(lineStartOf(text, dash), dash).slice(indentAt(text, key[0]).length);
    return { factIndent, inner, claimIndent, flowClaims: isMap(first) && first.flow === true };
  }
  return { factIndent, inner, claimIndent: `${inner}  `, flowClaims: true };
}

/** The lines of the source's claim: one flow map, or a block map under its dash. */
function claimLines(claim: DraftClaim, layout: FactLayout): string[] {
  if (layout.flowClaims) return [`${layout.claimIndent}- ${claimLine(claim)}`];
  const under = `${layout.claimIndent}  `;
  return [
    `${layout.claimIndent}- source: ${yamlString(claim.source)}`,
    `${under}value: ${yamlValue(claim.value)}`,
    ...(claim.bound !== 'exact' ? [`${under}bound: ${claim.bound}`] : []),
    `${under}quote: ${JSON.stringify(claim.quote)}`,
  ];
}

/** The fact's lines: id, note, label, kind, unit and currency, then the source's claim or the draft's value. */
function factLines(what: NewFact, factId: string, value: FactValue, layout: FactLayout): string[] {
  const { claim } = what;
  const { inner } = layout;
  const sentence = what.sentence.replace(/\s+/g, ' ').trim();
  const quantity = claim.kind !== 'date' && claim.kind !== 'entity' ? claim : undefined;
  const head = [
    `${layout.factIndent}${yamlScalar(factId)}:`,
    what.source
      ? `${inner}# draft ${what.draft}: the quote is the draft's sentence; put in ${what.source}'s own words`
      : `${inner}# draft ${what.draft}: ${sentence}`,
    `${inner}label: ${JSON.stringify(labelFrom(what.sentence, claim))}`,
    `${inner}kind: ${claim.kind}`,
    ...(quantity?.unit ? [`${inner}unit: ${yamlScalar(quantity.unit)}`] : []),
    ...(quantity?.kind === 'money' && quantity.currency ? [`${inner}currency: ${quantity.currency}`] : []),
  ];
  if (what.source) {
    return [...head, `${inner}claims:`, ...claimLines({ source: what.source, value, bound: claimBound(claim), quote: sentence }, layout)];
  }
  return [...head, `${inner}value: ${yamlValue(value)}`, ...(quantity && claimBound(quantity) !== 'exact' ? [`${inner}bound: ${claimBound(quantity)}`] : [])];
}

/** The source ids the table lists, when its `sources:` is a map. */
function sourceIdsOf(root: YAMLMap): Set<string> {
  const sources = pairNamed(root, 'sources')?.value;
  return new Set(isMap(sources) ? sources.items.flatMap((p) => keyOf(p) ?? []) : []);
}

/**
 * The edit that appends a fact for `what.claim` at the end of the `facts:` map, laid out as the table's own
 * facts are: its kind, a label from the sentence, and either a claim of `what.source` quoting the draft's
 * sentence or the value alone with the sentence as a `draft` note. Undefined when the table does not parse,
 * has no block `facts:` map, does not list `what.source`, or the claim has no value a table can hold.
 */
export function newFactEdit(text: string, what: NewFact): { edit: TableEdit; factId: string } | undefined {
  const found = factsMap(text);
  const value = claimValue(what.claim);
  if (!found?.facts || value === undefined) return undefined;
  if (what.source !== undefined && !sourceIdsOf(found.root).has(what.source)) return undefined;
  const facts = found.facts.value;
  const emptyFacts = facts === null || (isScalar(facts) && facts.value === null);
  if (!emptyFacts && (!isMap(facts) || facts.flow)) return undefined;
  const map = isMap(facts) ? facts : undefined;
  const factId = uniqueId(baseId(what.claim, value), new Set(map?.items.flatMap((p) => keyOf(p) ?? []) ?? []));
  const block = factLines(what, factId, value, layoutOf(text, map)).join('\n') + '\n';
  const factsKey = rangeOf(found.facts.key);
  if (!factsKey) return undefined;
  const end = map ? rangeOf(map)?.[1] : undefined;
  const after = end !== undefined ? lastContentBefore(text, end) : factsKey[1];
  // `facts: ~` or `facts: null` holds a value on its line that fact lines under it would contradict.
  if (emptyFacts && !/^:[ \t]*(?:#.*)?$/m.test(text.slice(factsKey[1], nextLineStart(text, factsKey[1])).replace(/\n$/, ''))) return undefined;
  const edit = appendLines(text, after, block);
  const back = factsMap(applyTableEdit(text, edit))?.facts?.value;
  return isMap(back) && pairNamed(back, factId) ? { edit, factId } : undefined;
}
