// Which date a draft was read against, said in words for the editor's hover and status bar: a relative date
// ("on Monday") is only as right as that day, so the writer is told the day and where it came from.
import type { CheckResult } from '../engine';

const FROM: Record<NonNullable<CheckResult['dated']>['origin'], string> = {
  'front-matter': 'the front matter',
  option: 'the date setting',
  published: "the table's published date for this source",
  dateline: 'the dateline',
  fallback: "the config file's date",
};

export function describeDated(result: Pick<CheckResult, 'dated' | 'unresolvedRelative'>): string {
  const d = result.dated;
  if (d) return `Read against ${d.date}, from ${FROM[d.origin]}${d.line ? ` on line ${d.line}` : ''}`;
  const n = result.unresolvedRelative ?? 0;
  const skipped = n ? `: ${n} relative date${n === 1 ? '' : 's'} not judged` : '';
  return `No document date${skipped}. Give one in front matter (date: YYYY-MM-DD) or the crosscheck.date setting`;
}
