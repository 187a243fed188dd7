import type { Fact, FactTable, Source, SourceClaim } from '../types';
import { describeSource } from './sourceText';
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

/** Facts by sources: whether each source's claim supports the cited value, contradicts it, or is absent. */
export function agreementMatrix(table: FactTable): { sources: Source[]; rows: AgreementRow[] } {
  const sources = [...table.sources.values()];
  const rows = table.facts.map((fact) => ({
    fact,
    cells: sources.map((s): AgreementCell => {
      const claim = fact.claims.find((c) => c.source === s.id);
      if (!claim) return { source: s.id, agreement: 'missing' };
      return { source: s.id, agreement: supportsCited(fact, claim) ? 'agrees' : 'disagrees', claim, value: describeSource(fact, claim) };
    }),
  }));
  return { sources, rows };
}
