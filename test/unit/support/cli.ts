import { join } from 'node:path';
import { main } from '../../../src/cli/main';

/** The repository's test fixtures, seen from the compiled tests in out/test/unit. */
export const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');

/** Runs the command line in-process and returns its exit status and what it printed. */
export function run(args: string[], stdin = ''): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, { out: (s) => (out += s), err: (s) => (err += s), stdin: () => stdin });
  return { code, out, err };
}
