import * as fs from 'node:fs';
import * as path from 'node:path';

const DRAFT_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown', '.txt', '.mdx', '.text']);
/** Source articles may also be saved web pages. */
export const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set([...DRAFT_EXTENSIONS, '.html', '.htm', '.xhtml']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist']);

export class UsageError extends Error {}

/** Drafts named on the command line; a folder stands for the drafts inside it (files with `extensions`), in a stable order. */
export function expandDrafts(args: string[], extensions: ReadonlySet<string> = DRAFT_EXTENSIONS): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      throw new UsageError(`${arg}: no such file or folder`);
    }
    if (stat.isDirectory()) out.push(...draftsIn(arg, extensions));
    else out.push(arg);
  }
  return out;
}

function draftsIn(dir: string, extensions: ReadonlySet<string>): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith('.') || SKIPPED_FOLDERS.has(e.name) ? [] : draftsIn(p, extensions);
    return extensions.has(path.extname(e.name).toLowerCase()) ? [p] : [];
  });
}

/** A file with NUL bytes in its first 8 KB is binary, as git decides. */
export function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8192).includes(0);
}

export function listDir(dir: string): string[] | undefined {
  try {
    return fs.readdirSync(dir);
  } catch {
    return undefined;
  }
}

/** Paths as the user sees them: relative to where the command ran, with forward slashes. */
export function displayPath(p: string): string {
  if (p === '-') return '<stdin>';
  const rel = path.relative(process.cwd(), p);
  return (rel && !rel.startsWith('..') ? rel : p).split(path.sep).join('/');
}
