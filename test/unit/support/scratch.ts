import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every folder the unit tests write in is removed when the run ends, passed or failed, so a run leaves nothing in
// the system's temporary folder; a failing test's folder is kept only while the run is alive to be looked at.
const made: string[] = [];

process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty folder under the system's temporary folder, named `crosscheck-NAME-…`. */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `crosscheck-${name}-`));
  made.push(dir);
  return dir;
}
