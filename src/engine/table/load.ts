// Loads a fact table (YAML, v1) into a FactTable, collecting every problem with its exact position.
// People write these tables by hand, so the loader is lenient where intent is clear (a year written
// as a bare number) and strict where a silent guess could make the checker wrong (a quoted figure).

import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Alias, Document, Node as YNode, YAMLMap, YAMLSeq } from 'yaml';
import {
  BOUNDS,
  KINDS,
  type Bound,
  type DateValue,
  type Fact,
  type FactTable,
  type FactValue,
  type Kind,
  type LoadedTable,
  type Position,
  type QuantityKind,
  type Source,
  type SourceClaim,
  type TableProblem,
  type TableRange,
  type UnjudgedFact,
} from '../types';
import { MONTH_NAMES } from '../lexicon/calendar';
import { isContested } from '../verdict/contested';
import { parseIsoDate } from './isoDate';
import { splitFactPieces, type TablePieces } from './pieces';
import { sameValue } from './values';

/** Expansions allowed before a document is treated as an alias bomb. Hand-written tables need few. */
const MAX_ALIAS_EXPANSIONS = 50;
/** Resolving one alias costs a walk of the document in `yaml`, so very many aliases are refused up front. */
const MAX_ALIASES = 500;
const DEFAULT_TOLERANCE = 0.05;
const DEFAULT_CURRENCY = 'USD';

const ROOT_KEYS = ['version', 'sources', 'facts'] as const;
const SOURCE_KEYS = ['title', 'publisher', 'published', 'path', 'url'] as const;
const FACT_KEYS = ['label', 'kind', 'unit', 'currency', 'cues', 'value', 'bound', 'tolerance', 'aliases', 'claims'] as const;
const CLAIM_KEYS = ['source', 'value', 'bound', 'quote'] as const;

interface Ctx {
  text: string;
  /** Where the YAML being read starts in `text`: non-zero while a table is read piece by piece. */
  base: number;
  lines: LineCounter;
  problems: TableProblem[];
  /** Each alias mapped to the node it names, resolved once in document order. */
  aliases: Map<Alias, YNode>;
}

/** One key of a map, with the node it maps to (null when written without a value). */
interface Entry {
  key: string;
  keyNode: YNode;
  value: YNode | null;
  /** From the key to the end of the value: what an editor jumps to. */
  range: TableRange;
}

export interface LoadOptions {
  /**
   * Read a table of the plain layout one fact at a time (see pieces.ts). The result is the same
   * either way; by default only tables of PIECEWISE_FROM characters or more are read in pieces.
   */
  piecewise?: boolean;
}

/** Below this size a table is read whole: its document model is small and one parse is quicker. */
const PIECEWISE_FROM = 256 * 1024;

export function loadTable(text: string, options: LoadOptions = {}): LoadedTable {
  const source = String(text);
  const piecewise = options.piecewise ?? source.length >= PIECEWISE_FROM;
  // A piece that does not read cleanly on its own is read again as part of the whole document, so
  // every message is the one the whole document gives.
  const byPiece = piecewise ? loadPiecewise(source) : undefined;
  if (byPiece) return byPiece;
  return loadWith(readWhole, source);
}

/** The table read one fact at a time, or undefined when it is not of the plain layout that allows it. */
export function loadPiecewise(text: string): LoadedTable | undefined {
  const pieces = splitFactPieces(text);
  const loaded = pieces ? loadWith((ctx) => readPiecewise(ctx, pieces), text) : FALL_BACK;
  return loaded === FALL_BACK ? undefined : loaded;
}

/** What a reader returns when its pieces cannot stand for the whole document. */
const FALL_BACK = Symbol('read the whole document');

function loadWith(read: (ctx: Ctx) => FactTable | null, text: string): LoadedTable;
function loadWith(read: (ctx: Ctx) => FactTable | null | typeof FALL_BACK, text: string): LoadedTable | typeof FALL_BACK;
function loadWith(read: (ctx: Ctx) => FactTable | null | typeof FALL_BACK, text: string): LoadedTable | typeof FALL_BACK {
  const problems: TableProblem[] = [];
  const ctx: Ctx = { text, base: 0, lines: new LineCounter(), problems, aliases: new Map() };
  let table: FactTable | null = null;
  try {
    const outcome = read(ctx);
    if (outcome === FALL_BACK) return FALL_BACK;
    table = outcome;
  } catch (e) {
    // The loader must never throw at an editor; an unexpected failure becomes a problem like any other.
    const message = e instanceof Error ? e.message : String(e);
    report(ctx, 'error', span(ctx, 0, 0), `internal error while loading the table: ${message}`);
  }
  problems.sort((a, b) => a.range.offset.start - b.range.offset.start);
  const failed = problems.some((p) => p.severity === 'error');
  return { table: failed ? null : table, problems };
}

export function tableProblemToString(path: string, p: TableProblem): string {
  return `${path}:${p.range.start.line}:${p.range.start.column}: ${p.severity}: ${p.message}`;
}

// Duplicate keys are found by the loader rather than by `yaml` so the message can say what is duplicated.
const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false } as const;

function readWhole(ctx: Ctx): FactTable | null {
  const doc = parseDocument(ctx.text, { ...PARSE_OPTIONS, lineCounter: ctx.lines });
  for (const e of doc.errors) report(ctx, 'error', span(ctx, e.pos[0], e.pos[1]), e.message);
  for (const w of doc.warnings) report(ctx, 'warning', span(ctx, w.pos[0], w.pos[1]), w.message);
  // Checking the meaning of a document that does not parse would mostly repeat the syntax errors.
  if (doc.errors.length > 0) return null;
  if (!resolveAliases(ctx, doc)) return null;
  return readRoot(ctx, doc, (sources, entry) => readFacts(ctx, entry, sources));
}

/** The head (version, sources) as a document of its own, then each fact as one; FALL_BACK when any piece is not plain. */
function readPiecewise(ctx: Ctx, pieces: TablePieces): FactTable | null | typeof FALL_BACK {
  let offset = 0;
  for (let nl = ctx.text.indexOf('\n'); ; nl = ctx.text.indexOf('\n', nl + 1)) {
    ctx.lines.addNewLine(offset);
    if (nl < 0) break;
    offset = nl + 1;
  }
  const head = parsePiece(ctx.text.slice(pieces.head.start, pieces.head.end));
  if (!head || !resolveAliases(ctx, head)) return FALL_BACK;
  let piecesOk = true;
  const table = readRoot(ctx, head, (sources) => {
    const order = sourceOrder(sources);
    const seen = new Map<string, number>();
    const facts: Fact[] = [];
    for (const piece of pieces.facts) {
      const text = ctx.text.slice(piece.start, piece.end);
      const doc = parsePiece(text);
      // Without a '*' a piece has no alias, and the walk looking for one is skipped.
      if (!doc || !isMap(doc.contents) || (text.includes('*') && hasAliases(doc))) {
        piecesOk = false;
        break;
      }
      ctx.base = piece.start;
      for (const e of readEntries(ctx, doc.contents, duplicateFact, seen)) {
        const fact = readFact(ctx, e, sources, order);
        if (fact) facts.push(fact);
      }
      ctx.base = 0;
    }
    return facts;
  });
  return piecesOk ? table : FALL_BACK;
}

/** One piece as a document, or undefined when `yaml` has anything to say about it on its own. */
function parsePiece(text: string): Document.Parsed | undefined {
  const doc = parseDocument(text, PARSE_OPTIONS);
  return doc.errors.length === 0 && doc.warnings.length === 0 ? doc : undefined;
}

function hasAliases(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

function readRoot(ctx: Ctx, doc: Document.Parsed, facts: (sources: Map<string, Source>, entry: Entry | undefined) => Fact[]): FactTable | null {
  const root = deref(ctx, doc.contents);
  if (root === null || (isScalar(root) && root.value === null)) {
    report(ctx, 'error', span(ctx, 0, 0), "the fact table is empty: expected 'version: 1', 'sources' and 'facts'");
    return null;
  }
  if (!isMap(root)) {
    report(ctx, 'error', headRange(ctx, root), "a fact table must be a map with 'version', 'sources' and 'facts'");
    return null;
  }
  const fields = readFields(ctx, root, ROOT_KEYS, 'the table');
  const versionOk = checkVersion(ctx, fields.get('version'), root);
  const sources = readSources(ctx, fields.get('sources'));
  const read = facts(sources, fields.get('facts'));
  return versionOk ? { version: 1, sources, facts: read } : null;
}

// ---------------------------------------------------------------- aliases

/**
 * Maps every alias to its anchor in one pass and refuses alias bombs before anything expands them.
 * Returns false when the document must not be read further.
 */
function resolveAliases(ctx: Ctx, doc: Document.Parsed): boolean {
  const anchors = new Map<string, YNode>();
  const found: Alias[] = [];
  let ok = true;
  visit(doc, {
    Node(_key, node) {
      // An alias names the closest anchor before it, so anchors are recorded in document order.
      if (isAlias(node)) {
        found.push(node);
        const target = anchors.get(node.source);
        if (target) ctx.aliases.set(node, target);
        else {
          report(ctx, 'error', nodeRange(ctx, node), `unknown anchor: '*${node.source}' has no '&${node.source}' before it`);
          ok = false;
        }
      } else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  if (!ok || found.length === 0) return ok;
  const bomb = `too many YAML aliases: refusing to expand them (a fact table may expand at most ${MAX_ALIAS_EXPANSIONS})`;
  if (found.length > MAX_ALIASES) {
    report(ctx, 'error', nodeRange(ctx, found[0]), bomb);
    return false;
  }
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch {
    report(ctx, 'error', nodeRange(ctx, found[0]), bomb);
    return false;
  }
  return true;
}

/** The node itself, or the node an alias names. */
function deref(ctx: Ctx, node: unknown): YNode | null {
  if (isAlias(node)) return ctx.aliases.get(node) ?? null;
  return isNode(node) ? node : null;
}

// ---------------------------------------------------------------- maps and keys

/**
 * The keys of a map in order. Duplicates are errors; the first occurrence wins. `seen` maps each key
 * to the line it was first seen on, across the pieces of one map when a table is read piece by piece
 * (a line, not the entry: an entry holds its piece's whole document model).
 */
function readEntries(ctx: Ctx, map: YAMLMap, duplicate: (key: string) => string, seen = new Map<string, number>()): Entry[] {
  const out: Entry[] = [];
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    const keyNode = deref(ctx, pair.key);
    const value = deref(ctx, pair.value);
    const key = keyNode ? scalarText(keyNode) : undefined;
    if (keyNode === null || key === undefined) {
      const at = keyNode ? nodeRange(ctx, keyNode) : value ? headRange(ctx, value) : span(ctx, 0, 0);
      report(ctx, 'error', at, 'a key must be a plain name');
      continue;
    }
    const start = keyNode.range?.[0] ?? 0;
    const end = Math.max(endOf(keyNode), value ? endOf(value) : 0);
    const entry: Entry = { key, keyNode, value, range: span(ctx, start, end) };
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      report(ctx, 'error', nodeRange(ctx, keyNode), `${duplicate(key)} (first at line ${firstLine})`);
      continue;
    }
    seen.set(key, entry.range.start.line);
    out.push(entry);
  }
  return out;
}

/** The fields of an object-like map; unknown keys are warned about, with a suggestion for near misses. */
function readFields(ctx: Ctx, map: YAMLMap, known: readonly string[], where: string): Map<string, Entry> {
  const fields = new Map<string, Entry>();
  for (const entry of readEntries(ctx, map, (k) => `duplicate key '${k}' in ${where}`)) {
    if (known.includes(entry.key)) fields.set(entry.key, entry);
    else report(ctx, 'warning', nodeRange(ctx, entry.keyNode), unknownKeyMessage(entry.key, known, where));
  }
  return fields;
}

function unknownKeyMessage(key: string, known: readonly string[], where: string): string {
  const near = closest(key, known);
  if (near) return `unknown key '${key}' in ${where} (ignored): did you mean '${near}'?`;
  return `unknown key '${key}' in ${where} (ignored); known keys: ${known.join(', ')}`;
}

/** The candidate one edit away (typo, missing, extra or swapped letter), if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  return candidates.find((c) => editDistance(word.toLowerCase(), c.toLowerCase()) <= 1 && c !== word);
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions, so 'lable' is one edit from 'label'. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2; // more than one edit: all callers need to know
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d.push([i]);
    for (let j = 1; j <= b.length; j++) d[i].push(i === 0 ? j : 0);
  }
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}

// ---------------------------------------------------------------- version, sources, facts

function checkVersion(ctx: Ctx, entry: Entry | undefined, root: YAMLMap): boolean {
  if (!entry) {
    report(ctx, 'error', headRange(ctx, root), "missing 'version: 1'");
    return false;
  }
  const v = entry.value && isScalar(entry.value) ? entry.value.value : undefined;
  if (v === 1) return true;
  const at = entry.value ? nodeRange(ctx, entry.value) : nodeRange(ctx, entry.keyNode);
  const shown = entry.value ? (scalarText(entry.value) ?? 'a collection') : 'nothing';
  report(ctx, 'error', at, `unsupported version '${shown}': this fact table format is version 1 (write 'version: 1')`);
  return false;
}

function readSources(ctx: Ctx, entry: Entry | undefined): Map<string, Source> {
  const sources = new Map<string, Source>();
  const map = entry ? collection(ctx, entry, 'map', "'sources' must be a map from source id to source") : undefined;
  if (!map) return sources;
  for (const e of readEntries(ctx, map, (id) => `duplicate source id '${id}'`)) {
    const source = readSource(ctx, e);
    if (source) sources.set(source.id, source);
  }
  return sources;
}

function readSource(ctx: Ctx, entry: Entry): Source | undefined {
  const where = `source '${entry.key}'`;
  const map = collection(ctx, entry, 'map', `${where} must be a map with at least a 'title'`);
  if (!map) {
    if (!entry.value || isNullScalar(entry.value)) report(ctx, 'error', nodeRange(ctx, entry.keyNode), `${where}: missing 'title'`);
    return undefined;
  }
  const f = readFields(ctx, map, SOURCE_KEYS, where);
  const title = requiredText(ctx, f.get('title'), 'title', where, entry.keyNode);
  const source: Source = { id: entry.key, title: title ?? '', range: entry.range };
  const publisher = optionalText(ctx, f.get('publisher'), where);
  const published = readPublished(ctx, f.get('published'), where);
  const path = optionalText(ctx, f.get('path'), where);
  const url = optionalText(ctx, f.get('url'), where);
  if (publisher !== undefined) source.publisher = publisher;
  if (published !== undefined) source.published = published;
  if (path !== undefined) source.path = path;
  if (url !== undefined) source.url = url;
  return source;
}

/** A full ISO date; a timestamp is cut to its date because only the day anchors relative dates. */
function readPublished(ctx: Ctx, entry: Entry | undefined, where: string): string | undefined {
  const raw = optionalText(ctx, entry, where);
  if (raw === undefined || !entry?.value) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[Tt ][0-9:.]+(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(raw.trim());
  const problem = m ? isoDateProblem(m[1]) : `expected a date as YYYY-MM-DD, got '${raw}'`;
  if (problem) {
    report(ctx, 'error', nodeRange(ctx, entry.value), `${where}: invalid 'published' date: ${problem}`);
    return undefined;
  }
  return m?.[1];
}

function readFacts(ctx: Ctx, entry: Entry | undefined, sources: Map<string, Source>): Fact[] {
  const map = entry ? collection(ctx, entry, 'map', "'facts' must be a map from fact id to fact") : undefined;
  if (!map) return [];
  const order = sourceOrder(sources);
  const facts: Fact[] = [];
  for (const e of readEntries(ctx, map, duplicateFact)) {
    const fact = readFact(ctx, e, sources, order);
    if (fact) facts.push(fact);
  }
  return facts;
}

const duplicateFact = (id: string) => `duplicate fact id '${id}'`;

/** Tie-breaks follow the order sources are listed in the table. */
function sourceOrder(sources: Map<string, Source>): Map<string, number> {
  return new Map([...sources.keys()].map((id, i) => [id, i]));
}

function readFact(ctx: Ctx, entry: Entry, sources: Map<string, Source>, order: Map<string, number>): Fact | undefined {
  const where = `fact '${entry.key}'`;
  const map = collection(ctx, entry, 'map', `${where} must be a map with at least 'label' and 'kind'`);
  if (!map) {
    if (!entry.value || isNullScalar(entry.value)) {
      report(ctx, 'error', nodeRange(ctx, entry.keyNode), `${where}: missing 'label' and 'kind'`);
    }
    return undefined;
  }
  const f = readFields(ctx, map, FACT_KEYS, where);
  const label = requiredText(ctx, f.get('label'), 'label', where, entry.keyNode);
  const kind = readKind(ctx, f.get('kind'), where, entry.keyNode);
  const unit = optionalText(ctx, f.get('unit'), where);
  const currency = readCurrency(ctx, f.get('currency'), kind, where);
  const cues = readTextList(ctx, f.get('cues'), 'cues', where) ?? [];
  const cuesNode = f.get('cues')?.value;
  if (cuesNode && isSeq(cuesNode) && cuesNode.items.length === 0) {
    report(ctx, 'warning', nodeRange(ctx, cuesNode), `${where}: 'cues' is empty, so only the label identifies claims about this fact`);
  }
  const aliases = readTextList(ctx, f.get('aliases'), 'aliases', where) ?? [];
  const aliasesEntry = f.get('aliases');
  if (aliasesEntry && kind !== undefined && kind !== 'entity') {
    report(ctx, 'warning', nodeRange(ctx, aliasesEntry.keyNode), `${where}: 'aliases' only apply to entity facts and are ignored for a ${kind} fact`);
  }
  const writtenBound = readBound(ctx, f.get('bound'), where);
  const tolerance = readTolerance(ctx, f.get('tolerance'), where);
  const values = readValues(ctx, f, kind, sources, order, writtenBound, where);

  // Judged on what is written, so a bad value or claim (already an error) does not also warn here.
  const claimsNode = f.get('claims')?.value;
  const valueNode = f.get('value')?.value;
  const hasClaims = isSeq(claimsNode) && claimsNode.items.length > 0;
  const hasValue = valueNode != null && !isNullScalar(valueNode);
  if (kind === 'entity' && !hasValue && !hasClaims) {
    report(ctx, 'warning', nodeRange(ctx, entry.keyNode), `${where}: an entity fact with no 'value' and no claims cannot check anything`);
  }
  if (label === undefined || values === undefined) return undefined;

  const fact: UnjudgedFact = { id: entry.key, label, cues, tolerance, aliases, range: entry.range, ...values };
  if (unit !== undefined) fact.unit = unit;
  if (currency !== undefined) fact.currency = currency;
  else if (fact.kind === 'money') fact.currency = DEFAULT_CURRENCY;
  return { ...fact, contested: isContested(fact) };
}

/** A value parsed as a kind requires, or what is wrong with it. */
type Parse<V extends FactValue> = (raw: unknown) => { value: V } | string;

/** A fact's kind with its claims, its cited value and bound, each value parsed as the kind requires. */
type KindValues = ({ kind: QuantityKind } & CitedValues<number>) | ({ kind: 'date' } & CitedValues<DateValue>) | ({ kind: 'entity' } & CitedValues<string>);

interface CitedValues<V extends FactValue> {
  value?: V;
  bound: Bound;
  claims: SourceClaim<V>[];
}

/** The value and claims read whatever the kind, so their problems are reported; undefined without a valid kind. */
function readValues(
  ctx: Ctx,
  f: Map<string, Entry>,
  kind: Kind | undefined,
  sources: Map<string, Source>,
  order: Map<string, number>,
  writtenBound: Bound | undefined,
  where: string,
): KindValues | undefined {
  const read = <V extends FactValue>(parse: Parse<V> | undefined): CitedValues<V> => {
    const written = parse ? readValue(ctx, f.get('value'), parse, where) : undefined;
    const claims = readClaims(ctx, f.get('claims'), parse, sources, where);
    const value = written ?? citedValue(claims, order);
    const bound = writtenBound ?? (value === undefined ? undefined : boundOf(value, claims)) ?? 'exact';
    return value === undefined ? { bound, claims } : { value, bound, claims };
  };
  switch (kind) {
    case undefined:
      read<never>(undefined);
      return undefined;
    case 'date':
      return { kind, ...read(dateValue) };
    case 'entity':
      return { kind, ...read(entityValue) };
    default:
      return { kind, ...read((raw) => quantityValue(kind, raw)) };
  }
}

function readClaims<V extends FactValue>(
  ctx: Ctx,
  entry: Entry | undefined,
  parse: Parse<V> | undefined,
  sources: Map<string, Source>,
  where: string,
): SourceClaim<V>[] {
  const seq = entry ? collection(ctx, entry, 'seq', `${where}: 'claims' must be a list of { source, value }`) : undefined;
  if (!seq) return [];
  const claims: SourceClaim<V>[] = [];
  seq.items.forEach((item, i) => {
    const node = deref(ctx, item);
    const claimWhere = `${where}, claim ${i + 1}`;
    if (!node || !isMap(node)) {
      const at = node ? nodeRange(ctx, node) : entryValueRange(ctx, entry as Entry);
      const empty = !node || isNullScalar(node);
      report(ctx, 'error', at, `${claimWhere}: ${empty ? 'empty claim' : 'a claim must be a map'}; write it as { source: id, value: 83 }`);
      return;
    }
    const claim = readClaim(ctx, node, parse, sources, claimWhere);
    if (claim) claims.push(claim);
  });
  return claims;
}

function readClaim<V extends FactValue>(
  ctx: Ctx,
  map: YAMLMap,
  parse: Parse<V> | undefined,
  sources: Map<string, Source>,
  where: string,
): SourceClaim<V> | undefined {
  const f = readFields(ctx, map, CLAIM_KEYS, where);
  const source = requiredText(ctx, f.get('source'), 'source', where, map);
  const sourceEntry = f.get('source');
  let sourceOk = source !== undefined;
  if (source !== undefined && sourceEntry?.value && !sources.has(source)) {
    report(ctx, 'error', nodeRange(ctx, sourceEntry.value), unknownSourceMessage(source, sources));
    sourceOk = false;
  }
  const valueEntry = f.get('value');
  if (!valueEntry || !valueEntry.value || isNullScalar(valueEntry.value)) {
    report(ctx, 'error', valueEntry ? nodeRange(ctx, valueEntry.keyNode) : headRange(ctx, map), `${where}: missing 'value'`);
  }
  const value = parse ? readValue(ctx, valueEntry, parse, where) : undefined;
  const bound = readBound(ctx, f.get('bound'), where) ?? 'exact';
  const quote = optionalText(ctx, f.get('quote'), where);
  if (!sourceOk || source === undefined || value === undefined) return undefined;
  const claim: SourceClaim<V> = { source, value, bound, range: span(ctx, map.range?.[0] ?? 0, endOf(map)) };
  if (quote !== undefined) claim.quote = quote;
  return claim;
}

function unknownSourceMessage(id: string, sources: Map<string, Source>): string {
  const ids = [...sources.keys()];
  const near = closest(id, ids);
  if (near) return `unknown source '${id}': did you mean '${near}'?`;
  if (ids.length === 0) return `unknown source '${id}': the table lists no sources`;
  return `unknown source '${id}': the sources are ${ids.join(', ')}`;
}

// ---------------------------------------------------------------- field values

function readKind(ctx: Ctx, entry: Entry | undefined, where: string, owner: YNode): Kind | undefined {
  const text = requiredText(ctx, entry, 'kind', where, owner);
  if (text === undefined || !entry?.value) return undefined;
  if ((KINDS as readonly string[]).includes(text)) return text as Kind;
  report(ctx, 'error', nodeRange(ctx, entry.value), enumMessage('kind', text, KINDS));
  return undefined;
}

function readBound(ctx: Ctx, entry: Entry | undefined, where: string): Bound | undefined {
  const text = optionalText(ctx, entry, where);
  if (text === undefined || !entry?.value) return undefined;
  if ((BOUNDS as readonly string[]).includes(text)) return text as Bound;
  report(ctx, 'error', nodeRange(ctx, entry.value), enumMessage('bound', text, BOUNDS));
  return undefined;
}

function enumMessage(what: string, got: string, valid: readonly string[]): string {
  const near = closest(got, valid);
  const hint = near ? ` (did you mean '${near}'?)` : '';
  return `unknown ${what} '${got}'${hint}: valid ${what}s are ${valid.join(', ')}`;
}

function readTolerance(ctx: Ctx, entry: Entry | undefined, where: string): number {
  if (!entry?.value || isNullScalar(entry.value)) return DEFAULT_TOLERANCE;
  const v = isScalar(entry.value) ? entry.value.value : undefined;
  const at = nodeRange(ctx, entry.value);
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    report(ctx, 'error', at, `${where}: 'tolerance' must be a number such as 0.05 (5%)`);
  } else if (v < 0) {
    report(ctx, 'error', at, `${where}: 'tolerance' cannot be negative`);
  } else {
    // 5 for 5% would accept almost anything; the figure is relative.
    if (v >= 1) report(ctx, 'warning', at, `${where}: 'tolerance' is relative (0.05 means 5%), so ${v} accepts values ${v * 100}% away`);
    return v;
  }
  return DEFAULT_TOLERANCE;
}

function readCurrency(ctx: Ctx, entry: Entry | undefined, kind: Kind | undefined, where: string): string | undefined {
  const text = optionalText(ctx, entry, where);
  if (text === undefined || !entry?.value) return undefined;
  if (kind !== undefined && kind !== 'money') {
    report(ctx, 'warning', nodeRange(ctx, entry.keyNode), `${where}: 'currency' only applies to money facts and is ignored for a ${kind} fact`);
  }
  if (!/^[A-Za-z]{3}$/.test(text)) {
    report(ctx, 'error', nodeRange(ctx, entry.value), `${where}: 'currency' must be an ISO 4217 code such as USD or EUR, got '${text}'`);
    return undefined;
  }
  return text.toUpperCase();
}

/** A fact's or claim's value parsed as the fact's kind requires. Absent or empty gives undefined. */
function readValue<V extends FactValue>(ctx: Ctx, entry: Entry | undefined, parse: Parse<V>, where: string): V | undefined {
  if (!entry?.value || isNullScalar(entry.value)) return undefined; // a claim's missing value is reported by its caller
  const node = entry.value;
  const at = nodeRange(ctx, node);
  const raw = isScalar(node) ? node.value : undefined;
  const problem = parse(raw);
  if (typeof problem === 'string') {
    report(ctx, 'error', at, `${where}: ${problem}`);
    return undefined;
  }
  return problem.value;
}

function entityValue(raw: unknown): { value: string } | string {
  if (typeof raw === 'string' && raw.trim() !== '') return { value: flat(raw.trim()) };
  if (typeof raw === 'string') return 'expected a name for an entity fact, got an empty string';
  return `expected a name for an entity fact, got ${describe(raw)}`;
}

function quantityValue(kind: QuantityKind, raw: unknown): { value: number } | string {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { value: raw };
  const base = `expected a number for a ${kind} fact, got ${describe(raw)}`;
  if (typeof raw !== 'string') return base;
  if (raw.trim() !== '' && Number.isFinite(Number(raw))) return `${base}: remove the quotes`;
  const hint: Record<typeof kind, string> = {
    number: 'write it in full units, e.g. 15000 for "15,000" or "15 thousand"',
    money: 'write it in full units, e.g. 50000000 for "$50mn"',
    percent: 'write the number of percent, e.g. 10 for "10%"',
  };
  return `${base}: ${hint[kind]}`;
}

function dateValue(raw: unknown): { value: DateValue } | string {
  // YAML reads a bare year as a number.
  const text = typeof raw === 'number' && Number.isInteger(raw) && raw >= 1000 && raw <= 9999 ? String(raw) : raw;
  if (typeof text !== 'string') return `expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for a date fact, got ${describe(raw)}`;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text.trim())) {
    return `expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for a date fact, got '${text}'`;
  }
  const problem = isoDateProblem(text.trim());
  const value = parseIsoDate(text);
  if (problem || !value) return `invalid date: ${problem ?? `'${text}'`}`;
  return { value };
}

/** What is wrong with a well-formed YYYY[-MM[-DD]] string, if anything. */
function isoDateProblem(text: string): string | undefined {
  const [y, m, d] = text.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return `'${text}' has month ${m}; months are 01 to 12`;
  if (d === undefined || m === undefined) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return `'${text}': ${MONTH_NAMES[m - 1]} ${y} has ${days} days`;
  return undefined;
}

function describe(raw: unknown): string {
  if (raw === undefined) return 'a list or map';
  if (raw === null) return 'nothing';
  if (typeof raw === 'string') return `the text '${raw}'`;
  if (typeof raw === 'number') return `the number ${raw}`;
  if (typeof raw === 'boolean') return `the boolean ${raw}`;
  return String(raw);
}

// ---------------------------------------------------------------- text fields

function requiredText(ctx: Ctx, entry: Entry | undefined, field: string, where: string, owner: YNode): string | undefined {
  if (!entry) {
    report(ctx, 'error', isMap(owner) ? headRange(ctx, owner) : nodeRange(ctx, owner), `${where}: missing '${field}'`);
    return undefined;
  }
  const text = optionalText(ctx, entry, where);
  if (text === undefined && (!entry.value || isNullScalar(entry.value))) {
    report(ctx, 'error', nodeRange(ctx, entry.keyNode), `${where}: '${field}' is empty`);
  }
  return text;
}

/** Text of a scalar field; numbers are taken as written (a label may be "2024"). Null means absent. */
function optionalText(ctx: Ctx, entry: Entry | undefined, where: string): string | undefined {
  if (!entry?.value || isNullScalar(entry.value)) return undefined;
  const text = isScalar(entry.value) ? scalarText(entry.value) : undefined;
  if (text === undefined) report(ctx, 'error', nodeRange(ctx, entry.value), `${where}: '${entry.key}' must be text, not a list or map`);
  return text;
}

function readTextList(ctx: Ctx, entry: Entry | undefined, field: string, where: string): string[] | undefined {
  if (!entry?.value || isNullScalar(entry.value)) return undefined;
  const seq = collection(ctx, entry, 'seq', `${where}: '${field}' must be a list such as [word, "a phrase"]`);
  if (!seq) return undefined;
  const out: string[] = [];
  for (const item of seq.items) {
    const node = deref(ctx, item);
    const text = node && isScalar(node) ? scalarText(node) : undefined;
    if (node === null || text === undefined) {
      report(ctx, 'error', node ? nodeRange(ctx, node) : entryValueRange(ctx, entry), `${where}: each of '${field}' must be text`);
    } else if (text.trim() === '') {
      report(ctx, 'warning', nodeRange(ctx, node), `${where}: empty entry in '${field}' ignored`);
    } else out.push(text.trim());
  }
  return out;
}

// ---------------------------------------------------------------- node helpers

/** The entry's value as the wanted collection, or an error on it. A null value means absent. */
function collection(ctx: Ctx, entry: Entry, want: 'map', message: string): YAMLMap | undefined;
function collection(ctx: Ctx, entry: Entry, want: 'seq', message: string): YAMLSeq | undefined;
function collection(ctx: Ctx, entry: Entry, want: 'map' | 'seq', message: string): YAMLMap | YAMLSeq | undefined {
  const node = entry.value;
  if (!node || isNullScalar(node)) return undefined;
  if (want === 'map' && isMap(node)) return node;
  if (want === 'seq' && isSeq(node)) return node;
  report(ctx, 'error', nodeRange(ctx, node), message);
  return undefined;
}

function isNullScalar(node: YNode): boolean {
  return isScalar(node) && node.value === null;
}

/** A scalar's text as a key or name: strings as they are, numbers and booleans as written. */
function scalarText(node: YNode): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'string') return flat(v);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
    return typeof node.source === 'string' && node.source !== '' ? node.source : String(v);
  }
  return undefined;
}

/**
 * The same string, flattened. `yaml` builds a quoted scalar a character at a time, which V8 keeps as
 * a rope of one small object per character until something reads it whole; converting it to a number
 * flattens it in place. Labels and quotes kept as ropes made a 10,000-fact table take five times the memory.
 */
function flat(text: string): string {
  void Number(text);
  return text;
}

/**
 * Where a node's content ends. `yaml` counts the newline (and comments) after a block collection
 * as part of it, which would make a diagnostic spill onto the next line.
 */
function endOf(node: unknown): number {
  if (isPair(node)) return Math.max(endOf(node.key), endOf(node.value));
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    return Math.max(...node.items.map((i) => endOf(i)));
  }
  if (isNode(node) && node.range) return node.range[1];
  return 0;
}

function nodeRange(ctx: Ctx, node: YNode): TableRange {
  const start = node.range?.[0] ?? 0;
  return span(ctx, start, Math.max(start, endOf(node)));
}

/** The first line of a node: where a problem about a whole multi-line map is best shown. */
function headRange(ctx: Ctx, node: YNode): TableRange {
  const start = node.range?.[0] ?? 0;
  const end = Math.max(start, endOf(node));
  const at = ctx.text.indexOf('\n', ctx.base + start);
  const newline = at < 0 ? -1 : at - ctx.base;
  return span(ctx, start, newline >= 0 && newline < end ? newline : end);
}

function entryValueRange(ctx: Ctx, entry: Entry): TableRange {
  return entry.value ? nodeRange(ctx, entry.value) : nodeRange(ctx, entry.keyNode);
}

/** A range from offsets in the YAML being read (a piece's own offsets while reading piece by piece). */
function span(ctx: Ctx, start: number, end: number): TableRange {
  const len = ctx.text.length;
  const s = clamp(ctx.base + start, 0, len);
  let e = clamp(ctx.base + end, s, len);
  while (e > s && /\s/.test(ctx.text[e - 1])) e--;
  return { start: position(ctx, s), end: position(ctx, e), offset: { start: s, end: e } };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Number.isFinite(n) ? n : lo));
}

function position(ctx: Ctx, offset: number): Position {
  const p = ctx.lines.linePos(offset);
  // linePos reports line 0 before the first newline is known (e.g. parsing never started).
  return p.line === 0 ? { line: 1, column: offset + 1 } : { line: p.line, column: p.col };
}

function report(ctx: Ctx, severity: TableProblem['severity'], range: TableRange, message: string): void {
  ctx.problems.push({ severity, message, range });
}

// ---------------------------------------------------------------- cited value and bound

/**
 * The value most sources report. A source counts once per value however many claims repeat it;
 * ties go to the value reported by the source listed first in the table.
 */
export function citedValue<V extends FactValue>(claims: readonly SourceClaim<V>[], sourceOrder: ReadonlyMap<string, number>): V | undefined {
  interface Group {
    value: V;
    sources: Set<string>;
    first: number;
  }
  const groups: Group[] = [];
  for (const c of claims) {
    const rank = sourceOrder.get(c.source) ?? Number.MAX_SAFE_INTEGER;
    const group = groups.find((g) => sameValue(g.value, c.value));
    if (!group) groups.push({ value: c.value, sources: new Set([c.source]), first: rank });
    else {
      group.sources.add(c.source);
      // The group is named as its first-listed source writes it.
      if (rank < group.first) {
        group.first = rank;
        group.value = c.value;
      }
    }
  }
  let best: Group | undefined;
  for (const g of groups) {
    if (!best || g.sources.size > best.sources.size || (g.sources.size === best.sources.size && g.first < best.first)) best = g;
  }
  return best?.value;
}

/** The bound of the first claim that reports the cited value. */
function boundOf(value: FactValue, claims: readonly SourceClaim[]): Bound | undefined {
  return claims.find((c) => sameValue(c.value, value))?.bound;
}
