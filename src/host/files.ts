// Listing and reading the files of a workspace, the same way for the CLI and the editor.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SKIPPED_FOLDERS } from './defaults';

/** A file with NUL bytes in its first 8 KB is binary, as git decides. */
export function isBinary(buffer: Uint8Array): boolean {
  return buffer.subarray(0, 8192).includes(0);
}

export type ReadResult = { kind: 'text'; text: string } | { kind: 'binary' } | { kind: 'unreadable'; reason: string };

/** A file's text with any byte order mark removed, or why there is none. */
export function readTextFile(file: string): ReadResult {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (e) {
    // Node's errors carry a code (ENOENT, EACCES); its message repeats the path, which the caller shows anyway.
    return { kind: 'unreadable', reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
  return isBinary(buffer) ? { kind: 'binary' } : { kind: 'text', text: buffer.toString('utf8').replace(/^\uFEFF/, '') };
}

export function readIfExists(file: string): string | undefined {
  const r = readTextFile(file);
  return r.kind === 'text' ? r.text : undefined;
}

export function listDir(dir: string): string[] | undefined {
  try {
    return fs.readdirSync(dir);
  } catch {
    return undefined;
  }
}

export function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Every file under `dir` with one of `extensions`, in a stable order, skipping dot folders, dependencies and build output. */
export function walkFiles(dir: string, extensions: ReadonlySet<string>): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith('.') || SKIPPED_FOLDERS.has(e.name) ? [] : walkFiles(p, extensions);
    return e.isFile() && extensions.has(path.extname(e.name).toLowerCase()) ? [p] : [];
  });
}

/** A path relative to `base` with '/' between folders, as globs and tables write paths. */
export function relativePosix(base: string, file: string): string {
  return path.relative(base, file).split(path.sep).join('/');
}
