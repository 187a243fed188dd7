import type { Claim, Fact, SourceView, Verdict } from '../types';
import { labelInSentence, lowerFirst } from './label';

function describeClaim(claim: Claim, fact: Fact): string {
  return claim.kind === 'number' && fact.unit ? `${claim.text} ${fact.unit}` : claim.text;
}

function list(ids: string[]): string {
  return ids.length ? ` (${ids.join(', ')})` : '';
}

/**
 * Sources grouped by the value they report: "bnl, ap say about 15,000; el-comercio says 16,000". A figure
 * quoted from a sentence start ("Approximately 15,000") reads mid-sentence; names and dates keep their capitals.
 */
function bySourceValue(sources: SourceView[], fact: Fact): string {
  const groups = new Map<string, string[]>();
  for (const s of sources) {
    const value = fact.kind === 'date' || fact.kind === 'entity' ? s.value : lowerFirst(s.value);
    groups.set(value, [...(groups.get(value) ?? []), s.source]);
  }
  return [...groups].map(([value, ids]) => `${ids.join(', ')} ${ids.length > 1 ? 'say' : 'says'} ${value}`).join('; ');
}

/** One sentence a writer can act on, naming the cited value and the sources behind it. */
export function findingMessage(verdict: Verdict, claim: Claim, fact: Fact, cited: string, citing: string[], sources: SourceView[]): string {
  const what = describeClaim(claim, fact);
  switch (verdict) {
    case 'agrees':
      return `${what} agrees with ${cited}${list(citing)}`;
    case 'disagrees':
      return `${what} disagrees with ${cited}${list(citing)}`;
    case 'unsupported':
      return `${what} claims more than the sources support: ${cited}${list(citing)}`;
    case 'misspelled':
      return `${what} looks like a misspelling of ${cited}${list(citing)}`;
    case 'contested':
      return `${what}: the sources disagree on ${labelInSentence(fact)}: ${bySourceValue(sources, fact)}`;
  }
}
