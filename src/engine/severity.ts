import type { Severity, Verdict } from './types';

/** As the spell checker does, a contested fact informs rather than warns; agreement is only a hint. */
export const DEFAULT_SEVERITY: Readonly<Record<Verdict, Severity>> = {
  disagrees: 'warning',
  unsupported: 'warning',
  misspelled: 'warning',
  contested: 'information',
  agrees: 'hint',
};

/** Verdicts that fail a check run (exit code 1). */
export const FAILING_VERDICTS: ReadonlySet<Verdict> = new Set<Verdict>(['disagrees', 'unsupported', 'misspelled']);
