// Edits a writer's decisions make to a fact table: an alias accepted for an entity fact, a fact added for a
// claim no fact covers. People keep comments and their own layout in these files, so an edit is one
// insertion computed from the parsed nodes' offsets; everything else in the text stays byte for byte.

import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YNode, Pair, YAMLMap } from 'yaml';
import type { Claim, DateValue } from '../types';

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

/** What a new fact is made of: the claim, the words it stands in, and where the draft is. */
export interface NewFact {
  claim: Claim;
  /** The sentence the claim stands in, as the draft writes it. */
  sentence: string;
  /** The draft's path as the table should name it (relative to the table). */
  draft: string;
}

function dateText(d: DateValue): string | undefined {
  if (d.year === undefined) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  if (d.precision === 'year' || d.month === undefined) return String(d.year);
  if (d.precision === 'month' || d.day === undefined) return `${d.year}-${two(d.month)}`;
  return `${d.year}-${two(d.month)}-${two(d.day)}`;
}

/** The claim's value as the table writes it, or undefined when it has none to write (a date with no year). */
function valueText(claim: Claim): string | undefined {
  if (claim.kind === 'date') return dateText(claim.date);
  if (claim.kind === 'entity') return yamlScalar(claim.name);
  return String(claim.value);
}

/** A label to be rewritten by the writer: the sentence's opening words, so the fact is recognisable meanwhile. */
function labelFrom(sentence: string): string {
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ');
  const head = words
    .slice(0, 8)
    .join(' ')
    .replace(/[.,;:!?]+$/, '');
  return `TODO: ${head}${words.length > 8 ? '...' : ''}`;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
}

function freeId(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The edit that appends a fact for `what.claim` at the end of the `facts:` map: its kind and value, a label
 * placeholder from the sentence, and the draft's sentence in a comment (a note for the writer, not a
 * source's claim). Undefined when the table does not parse, has no block `facts:` map, or the claim has
 * no value a table can hold.
 */
export function newFactEdit(text: string, what: NewFact): { edit: TableEdit; factId: string } | undefined {
  const found = factsMap(text);
  const value = valueText(what.claim);
  if (!found?.facts || value === undefined) return undefined;
  const facts = found.facts.value;
  const emptyFacts = facts === null || (isScalar(facts) && facts.value === null);
  if (!emptyFacts && (!isMap(facts) || facts.flow)) return undefined;
  const map = isMap(facts) ? facts : undefined;
  const taken = new Set(map?.items.flatMap((p) => keyOf(p) ?? []) ?? []);
  const claim = what.claim;
  const base = slug(claim.kind === 'entity' ? claim.name : claim.kind === 'date' ? `date-${value}` : `${claim.unit ?? claim.kind}-${value}`);
  const factId = freeId(taken, base || claim.kind);
  // Indented as the table's first fact and its first key are, else by two spaces.
  const firstKey = rangeOf(map?.items[0]?.key);
  const firstInner = map && isMap(map.items[0]?.value) ? rangeOf(map.items[0].value.items[0]?.key) : undefined;
  const factIndent = firstKey ? indentAt(text, firstKey[0]) : '  ';
  const step = firstInner ? indentAt(text, firstInner[0]).slice(factIndent.length) || '  ' : '  ';
  const inner = factIndent + step;
  const note = what.sentence.replace(/\s+/g, ' ').trim();
  const lines = [
    `${factIndent}${yamlScalar(factId)}:`,
    `${inner}# draft ${what.draft}: ${note}`,
    `${inner}label: ${JSON.stringify(labelFrom(what.sentence))}`,
    `${inner}kind: ${claim.kind}`,
    ...(claim.kind !== 'date' && claim.kind !== 'entity' && claim.unit ? [`${inner}unit: ${yamlScalar(claim.unit)}`] : []),
    ...(claim.kind === 'money' && claim.currency ? [`${inner}currency: ${claim.currency}`] : []),
    `${inner}value: ${value}`,
    ...(claim.kind !== 'date' && claim.kind !== 'entity' && claim.bound !== 'exact' ? [`${inner}bound: ${claim.bound}`] : []),
  ];
  const block = lines.join('\n') + '\n';
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
