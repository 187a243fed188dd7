import type { Severity, Verdict } from './types';

/**
 * The one set of defaults the CLI, the editor and package.json share (a test holds package.json to it).
 * As the spell checker does, a contested fact informs rather than warns; agreement is not shown.
 */
export const DEFAULT_SEVERITY: Readonly<Record<Verdict, Severity>> = {
  disagrees: 'warning',
  unsupported: 'warning',
  misspelled: 'warning',
  contested: 'information',
  agrees: 'none',
};

/** Verdicts that fail a check run (exit code 1). */
export const FAILING_VERDICTS: ReadonlySet<Verdict> = new Set<Verdict>(['disagrees', 'unsupported', 'misspelled']);
