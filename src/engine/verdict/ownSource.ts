import type { FactTable, Finding } from '../types';

/**
 * A source checked against its own table: the table records what this source says of each fact it
 * quotes, so a figure or date elsewhere in it that disagrees with such a fact is about something else
 * (a sub-total, a region's share, another day), not this source contradicting itself. Names stay judged:
 * a source's own misspelling is still one.
 */
export function withoutOwnSourceMisreadings(findings: Finding[], table: FactTable, source: string | undefined): Finding[] {
  if (source === undefined) return findings;
  const quoted = new Set(table.facts.filter((f) => f.claims.some((c) => c.source === source)).map((f) => f.id));
  return findings.filter((f) => !(f.verdict === 'disagrees' && f.claim.kind !== 'entity' && quoted.has(f.factId)));
}
