// Writes a drafted table as v1 YAML. Written by hand rather than by a serialiser so the layout is the one
// people write (one flow map per claim, blank lines between facts) and the same facts give the same bytes.

import type { FactValue } from '../types';
import { dateValueToIso } from '../format/isoDate';
import type { DraftClaim, DraftFact } from './describe';
import type { SourceInfo } from './source';

/** Plain YAML scalars that read back as the same string: no indicators, no look-alikes of numbers, dates or booleans. */
function isPlainSafe(s: string): boolean {
  if (s === '' || s !== s.trim()) return false;
  if (/^[-?:,\[\]{}#&*!|>'"%@`~]/.test(s)) return false;
  if (/[:#]\s|\s#|:$|[\u0000-\u001f\u2028\u2029]/.test(s)) return false;
  if (/^(?:true|false|yes|no|on|off|null|y|n)$/i.test(s)) return false;
  if (/^[-+.\d]/.test(s)) return false;
  return true;
}

/** A string as a YAML scalar; inside flow collections commas and brackets also need quotes. */
export function yamlString(s: string, inFlow = false): string {
  if (isPlainSafe(s) && !(inFlow && /[,\[\]{}]/.test(s))) return s;
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

export function sourceLines(s: Pick<SourceInfo, 'id' | 'title' | 'published' | 'path'>, indent: string): string[] {
  const out = [`${indent}${yamlString(s.id)}:`, `${indent}  title: ${yamlString(s.title)}`];
  if (s.published) out.push(`${indent}  published: ${s.published}`);
  out.push(`${indent}  path: ${yamlString(s.path)}`);
  return out;
}

export function factLines(id: string, f: DraftFact, indent: string, notes: readonly string[] = []): string[] {
  const i2 = `${indent}  `;
  const out = notes.map((n) => `${indent}# ${n}`);
  if (f.contested) out.push(`${indent}# ${contestedNote(f)}`);
  out.push(`${indent}${yamlString(id)}:`, `${i2}label: ${yamlString(f.label)}`, `${i2}kind: ${f.kind}`);
  if (f.unit) out.push(`${i2}unit: ${yamlString(f.unit)}`);
  if (f.currency) out.push(`${i2}currency: ${f.currency}`);
  // An empty list would draw a loader warning; a fact with nothing to cue is simply written without cues.
  if (f.cues.length) out.push(`${i2}cues: [${f.cues.map((c) => yamlString(c, true)).join(', ')}]`);
  if (f.value !== undefined) out.push(`${i2}value: ${yamlValue(f.value)}`);
  if (f.bound !== 'exact') out.push(`${i2}bound: ${f.bound}`);
  if (f.tolerance !== undefined) out.push(`${i2}tolerance: ${f.tolerance}`);
  out.push(`${i2}claims:`);
  for (const c of f.claims) out.push(`${i2}  - ${claimLine(c)}`);
  return out;
}

export interface WrittenFact {
  id: string;
  fact: DraftFact;
}

/** The whole table. */
export function writeTable(sources: readonly SourceInfo[], facts: readonly WrittenFact[]): string {
  const shared = facts.filter((f) => new Set(f.fact.claims.map((c) => c.source)).size > 1).length;
  const contested = facts.filter((f) => f.fact.contested).length;
  const lines = [
    `# Drafted by \`crosscheck build\` from ${sources.length} source${sources.length === 1 ? '' : 's'}: ${facts.length} facts,`,
    `# ${shared} stated by two or more sources, ${contested} contested. Review before relying on it: labels, cues`,
    '# and cited values are proposals. `crosscheck build --update` adds new sources without touching your edits.',
    'version: 1',
    '',
    'sources:',
  ];
  for (const s of sources) lines.push(...sourceLines(s, '  '));
  lines.push('');
  if (!facts.length) lines.push('facts: {}');
  else {
    lines.push('facts:');
    facts.forEach((f, i) => {
      if (i > 0) lines.push('');
      lines.push(...factLines(f.id, f.fact, '  '));
    });
  }
  return lines.join('\n') + '\n';
}
