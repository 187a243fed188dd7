import * as path from 'node:path';
import * as fs from 'node:fs';
import Mocha from 'mocha';

/** The @vscode/test-electron contract: VS Code calls run() inside the extension host. Both runners use it. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const dir = __dirname;
  for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      // A plain closing line that CI logs can read.
      console.log(`${mocha.suite.total() - failures} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
