// Writes a drafted table as v1 YAML. Written by hand rather than by a serialiser so the layout is the one
// people write (one flow map per claim, blank lines between facts) and the same facts give the same bytes.

import type { FactValue } from '../types';
import { dateValueToIso } from '../format/isoDate';
import type { DraftClaim, DraftFact } from './describe';
import type { SourceInfo } from './source';

/** Plain YAML scalars that read back as the same string: no indicators, no look-alikes of numbers, dates or booleans. */
function isPlainSafe(s: string): boolean {
  if (s === '' || s !== s.trim()) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`~]/.test(s)) return false;
  // Control characters must be escaped in YAML, so a string holding one is never plain.
  // eslint-disable-next-line no-control-regex
  if (/[:#]\s|\s#|:$|[\u0000-\u001f\u2028\u2029]/.test(s)) return false;
  if (/^(?:true|false|yes|no|on|off|null|y|n)$/i.test(s)) return false;
  if (/^[-+.\d]/.test(s)) return false;
  return true;
}

/** A string as a YAML scalar; inside flow collections commas and brackets also need quotes. */
export function yamlString(s: string, inFlow = false): string {
  if (isPlainSafe(s) && !(inFlow && /[,[\]{}]/.test(s))) return s;
  // JSON strings are YAML double-quoted scalars.
  return JSON.stringify(s);
}

export function yamlValue(v: FactValue, inFlow = false): string {
  if (typeof v === 'number') return String(v);
  // ISO dates are written bare: the loader reads them as the date strings they are.
  if (typeof v === 'object') return dateValueToIso(v);
  return yamlString(v, inFlow);
}

export function claimLine(c: DraftClaim): string {
  const parts = [`source: ${yamlString(c.source, true)}`, `value: ${yamlValue(c.value, true)}`];
  if (c.bound !== 'exact') parts.push(`bound: ${c.bound}`);
  // Quotes are always quoted: they are verbatim prose and often hold colons and commas.
  if (c.quote) parts.push(`quote: ${JSON.stringify(c.quote)}`);
  return `{ ${parts.join(', ')} }`;
}

function describeValue(c: DraftClaim): string {
  const hedge = c.bound === 'exact' ? '' : `${c.bound.replace('-', ' ')} `;
  const value = typeof c.value === 'object' ? dateValueToIso(c.value) : c.value;
  return `${hedge}${value} (${c.source})`;
}

/** The note above a contested fact: every value and who reports it. */
export function contestedNote(fact: Pick<DraftFact, 'claims'>): string {
  return `CONTESTED: the sources disagree: ${fact.claims.map(describeValue).join('; ')}`;
}

export function sourceLines(s: Pick<SourceInfo, 'id' | 'title' | 'publisher' | 'published' | 'path'>, indent: string): string[] {
  const out = [`${indent}${yamlString(s.id)}:`, `${indent}  title: ${yamlString(s.title)}`];
  if (s.publisher) out.push(`${indent}  publisher: ${yamlString(s.publisher)}`);
  if (s.published) out.push(`${indent}  published: ${s.published}`);
  out.push(`${indent}  path: ${yamlString(s.path)}`);
  return out;
}

export function factLines(id: string, f: DraftFact, indent: string, notes: readonly string[] = []): string[] {
  const i2 = `${indent}  `;
  const out = [...notes, ...(f.notes ?? [])].map((n) => `${indent}# ${n}`);
  if (f.contested) out.push(`${indent}# ${contestedNote(f)}`);
  // A minority spelling is most often a source's slip: the value is the spelling most sources use.
  for (const v of f.variants ?? []) out.push(`${indent}# Spelling variant: ${v.spelling} (${v.sources.join(', ')}); most sources write ${String(f.value)}`);
  out.push(`${indent}${yamlString(id)}:`, `${i2}label: ${yamlString(f.label)}`, `${i2}kind: ${f.kind}`);
  if (f.unit) out.push(`${i2}unit: ${yamlString(f.unit)}`);
  if (f.currency) out.push(`${i2}currency: ${f.currency}`);
  // An empty list would draw a loader warning; a fact with nothing to cue is simply written without cues.
  if (f.cues.length) out.push(`${i2}cues: [${f.cues.map((c) => yamlString(c, true)).join(', ')}]`);
  if (f.value !== undefined) out.push(`${i2}value: ${yamlValue(f.value)}`);
  if (f.bound !== 'exact') out.push(`${i2}bound: ${f.bound}`);
  if (f.tolerance !== undefined) out.push(`${i2}tolerance: ${f.tolerance}`);
  if (f.aliases?.length) out.push(`${i2}aliases: [${f.aliases.map((a) => yamlString(a, true)).join(', ')}]`);
  out.push(`${i2}claims:`);
  for (const c of f.claims) out.push(`${i2}  - ${claimLine(c)}`);
  return out;
}

export interface WrittenFact {
  id: string;
  fact: DraftFact;
}

/** Facts left out of the table for having too few sources, written commented out after it. */
export interface AsideFacts {
  facts: readonly WrittenFact[];
  /** The number of sources a fact needed to be kept. */
  min: number;
}

function sourcesOf(f: WrittenFact): number {
  return new Set(f.fact.claims.map((c) => c.source)).size;
}

function asideLines(aside: AsideFacts): string[] {
  if (!aside.facts.length) return [];
  const who = aside.min === 2 ? 'only one source states' : `fewer than ${aside.min} sources state`;
  const out = [
    '',
    `  # ---- ${aside.facts.length} fact${aside.facts.length === 1 ? '' : 's'} ${who}: not cross-checked. Uncomment one to keep it`,
    '  # (or build with --min-sources 1).',
  ];
  for (const f of aside.facts) {
    out.push('  #');
    // Commented line by line at the facts' indentation, so deleting the "# " restores a valid entry.
    out.push(...factLines(f.id, f.fact, '  ').map((l) => `  # ${l.slice(2)}`));
  }
  return out;
}

/** The whole table; `aside` facts follow it commented out. */
export function writeTable(sources: readonly SourceInfo[], facts: readonly WrittenFact[], aside: AsideFacts = { facts: [], min: 1 }): string {
  const shared = facts.filter((f) => sourcesOf(f) > 1).length;
  const contested = facts.filter((f) => f.fact.contested).length;
  const left = aside.facts.length ? ` ${aside.facts.length} more, from fewer sources, are commented out at the end.` : '';
  const lines = [
    `# Drafted by \`crosscheck build\` from ${sources.length} source${sources.length === 1 ? '' : 's'}: ${facts.length} facts,`,
    `# ${shared} stated by two or more sources, ${contested} contested.${left}`,
    '# Review before relying on it: labels, cues and cited values are proposals.',
    '# `crosscheck build --update` adds new sources without touching your edits.',
    'version: 1',
    '',
    'sources:',
  ];
  for (const s of sources) lines.push(...sourceLines(s, '  '));
  lines.push('');
  // With nothing kept the map is written empty; an uncommented fact then needs the `{}` removed, which a
  // reviewer sees at once, where a bare `facts:` with only comments would not load at all.
  if (!facts.length) lines.push('facts: {}');
  else {
    lines.push('facts:');
    facts.forEach((f, i) => {
      if (i > 0) lines.push('');
      lines.push(...factLines(f.id, f.fact, '  '));
    });
  }
  lines.push(...asideLines(aside));
  return lines.join('\n') + '\n';
}
