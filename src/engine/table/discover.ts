// Finds the fact table that applies to a draft: the nearest one walking up from the draft's folder.
// No fs here: the CLI lists folders with fs and the extension with its workspace API.
// Paths may use '/' or '\' (Windows); they are walked as strings so this runs anywhere.

const TABLE_NAME = 'facts.yaml';
const TABLE_SUFFIX = '.facts.yaml';

/**
 * The path of the nearest `facts.yaml` or `*.facts.yaml`, looking in the draft's folder first and
 * then in each parent up to the root. Relative draft paths are walked only as far as they go.
 */
export function discoverTable(draftPath: string, listDir: (dir: string) => string[] | undefined): string | undefined {
  const sep = draftPath.includes('\\') && !draftPath.includes('/') ? '\\' : '/';
  const seen = new Set<string>();
  for (let dir: string | undefined = dirname(draftPath); dir !== undefined && !seen.has(dir); dir = parent(dir)) {
    seen.add(dir);
    const name = pickTable(listDir(dir) ?? []);
    if (name !== undefined) return join(dir, name, sep);
  }
  return undefined;
}

/** `facts.yaml` wins over `*.facts.yaml`; among those, the first by code point so every platform agrees. */
export function pickTable(names: readonly string[]): string | undefined {
  if (names.includes(TABLE_NAME)) return TABLE_NAME;
  // '.facts.yaml' alone is a hidden file, not a named table.
  const named = names.filter((n) => n.endsWith(TABLE_SUFFIX) && n.length > TABLE_SUFFIX.length).sort(byCodePoint);
  return named[0];
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isSep(c: string | undefined): boolean {
  return c === '/' || c === '\\';
}

/** Length of the root prefix: '/' (1), 'C:\' (3), 'C:' (2), or 0 for a relative path. */
function rootLength(p: string): number {
  if (/^[A-Za-z]:/.test(p)) return isSep(p[2]) ? 3 : 2;
  return isSep(p[0]) ? 1 : 0;
}

function stripTrailingSeps(p: string): string {
  const keep = rootLength(p);
  let end = p.length;
  while (end > keep && isSep(p[end - 1])) end--;
  return p.slice(0, end);
}

function lastSep(p: string): number {
  return Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
}

/** The folder a file is in; '.' for a bare file name. */
function dirname(file: string): string {
  const p = stripTrailingSeps(file);
  const i = lastSep(p);
  const root = rootLength(p);
  if (i < 0) return root > 0 ? p.slice(0, root) : '.';
  return i < root ? p.slice(0, root) : stripTrailingSeps(p.slice(0, Math.max(i, root)));
}

/** The folder above, or undefined at a root or at the top of a relative path. */
function parent(dir: string): string | undefined {
  const p = stripTrailingSeps(dir);
  const root = rootLength(p);
  if (p.length <= root) return undefined; // a root has no parent
  if (p === '.' || p === '..' || p.endsWith('/..') || p.endsWith('\\..')) return undefined;
  const i = lastSep(p);
  if (i < 0) return root > 0 ? p.slice(0, root) : '.';
  return i < root ? p.slice(0, root) : stripTrailingSeps(p.slice(0, Math.max(i, root)));
}

function join(dir: string, name: string, sep: string): string {
  return isSep(dir[dir.length - 1]) ? dir + name : dir + sep + name;
}
