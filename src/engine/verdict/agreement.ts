import type { Fact, FactClaim, FactTable, Source, SourceClaim } from '../types';
import { claimsOf } from '../table/factClaims';
import { supportsCited } from './support';

export type Agreement = 'agrees' | 'disagrees' | 'missing';

export interface AgreementCell {
  source: string;
  agreement: Agreement;
  /** The source's claim, when it reports the fact. */
  claim?: SourceClaim;
  /** Its value as the source wrote it. */
  value?: string;
}

export interface AgreementRow {
  fact: Fact;
  cells: AgreementCell[];
}

/**
 * Facts by sources: whether each source's claim supports the cited value, contradicts it, or is absent.
 * `sourceValue` writes a claim's value as its source wrote it.
 */
export function agreementMatrix(table: FactTable, sourceValue: (pair: FactClaim) => string): { sources: Source[]; rows: AgreementRow[] } {
  const sources = [...table.sources.values()];
  const rows = table.facts.map((fact) => ({
    fact,
    cells: sources.map((s): AgreementCell => {
      const pair = claimsOf(fact).find((p) => p.claim.source === s.id);
      if (!pair) return { source: s.id, agreement: 'missing' };
      return { source: s.id, agreement: supportsCited(pair) ? 'agrees' : 'disagrees', claim: pair.claim, value: sourceValue(pair) };
    }),
  }));
  return { sources, rows };
}
