import * as fs from 'node:fs';
import * as path from 'node:path';

/** The package's version, read from package.json next to the compiled output. */
export function version(): string {
  for (const up of ['../../..', '../..']) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, up, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'crosscheck' && pkg.version) return pkg.version;
    } catch {
      // not here; try the next folder up
    }
  }
  return '0.0.0';
}
