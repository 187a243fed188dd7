import * as path from 'node:path';

/** A mistake on the command line: reported in one line with the command's --help, exit status 2. */
export class UsageError extends Error {}

/** Paths as the user sees them: relative to where the command ran, with forward slashes. */
export function displayPath(p: string): string {
  if (p === '-') return '<stdin>';
  const rel = path.relative(process.cwd(), p);
  return (rel && !rel.startsWith('..') ? rel : p).split(path.sep).join('/');
}
