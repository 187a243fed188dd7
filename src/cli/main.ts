import { BUILD_USAGE, runBuild } from './commands/build';
import { CHECK_USAGE, runCheck } from './commands/check';
import { EXTRACT_USAGE, runExtract } from './commands/extract';
import { UsageError } from './files';
import type { Io } from './io';
import { version } from './version';

export type { Io } from './io';

/** Each command: its usage text and how it runs. A new command is one entry here and one file in commands/. */
const COMMANDS: Record<string, { usage: string; run: (args: string[], io: Io) => number }> = {
  check: { usage: CHECK_USAGE, run: runCheck },
  build: { usage: BUILD_USAGE, run: runBuild },
  extract: { usage: EXTRACT_USAGE, run: runExtract },
};

function usage(): string {
  return `Usage:\n${Object.values(COMMANDS)
    .map((c) => c.usage)
    .join('\n\n')}\n\ncrosscheck --version | --help`;
}

/** The command line, with its effects passed in so tests can run it in-process. Returns the exit status. */
export function main(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-v') {
      io.out(version() + '\n');
      return 0;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(usage() + '\n');
      return command === undefined ? 2 : 0;
    }
    const entry = COMMANDS[command];
    if (!entry) throw new UsageError(`unknown command '${command}'`);
    return entry.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`crosscheck: ${(e as Error).message}\n${usage()}\n`);
      return 2;
    }
    throw e;
  }
}
