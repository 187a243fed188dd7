import type { CheckResult, Summary } from '../engine';

/** One checked draft, as the output formats need it. */
export interface FileReport {
  path: string;
  text: string;
  /** The fact table it was checked against, as displayed. */
  table?: string;
  result: CheckResult;
}

export function totalSummary(files: FileReport[]): Summary & { files: number } {
  const total = { files: files.length, claims: 0, matched: 0, agrees: 0, contested: 0, unsupported: 0, disagrees: 0, misspelled: 0 };
  for (const f of files) {
    for (const key of Object.keys(f.result.summary) as (keyof Summary)[]) total[key] += f.result.summary[key];
  }
  return total;
}
