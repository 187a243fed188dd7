import type { Claim, Fact, SourceView, Verdict } from '../types';

function describeClaim(claim: Claim, fact: Fact): string {
  return claim.kind === 'number' && fact.unit ? `${claim.text} ${fact.unit}` : claim.text;
}

/** "People killed" reads as "people killed" mid-sentence; "US strikes" keeps its acronym. */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

function list(ids: string[]): string {
  return ids.length ? ` (${ids.join(', ')})` : '';
}

/** Sources grouped by the value they report: "bnl, ap say about 15,000; el-comercio says 16,000". */
function bySourceValue(sources: SourceView[]): string {
  const groups = new Map<string, string[]>();
  for (const s of sources) {
    const value = lowerFirst(s.value);
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
      return `${what}: the sources disagree on ${lowerFirst(fact.label)}: ${bySourceValue(sources)}`;
  }
}
