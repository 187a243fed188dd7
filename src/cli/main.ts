import { BUILD_USAGE, runBuild } from './commands/build';
import { CHECK_USAGE, runCheck } from './commands/check';
import { EXTRACT_USAGE, runExtract } from './commands/extract';
import { UsageError } from './files';
import type { Io } from './io';
import { version } from './version';

export type { Io } from './io';

/** Each command: its usage text and how it runs. A new command is one entry here and one file in commands/. */
const COMMANDS: Record<string, { usage: string; summary: string; run: (args: string[], io: Io) => number }> = {
  check: { usage: CHECK_USAGE, summary: 'check drafts against their fact table', run: runCheck },
  build: { usage: BUILD_USAGE, summary: 'draft a fact table from source articles', run: runBuild },
  extract: { usage: EXTRACT_USAGE, summary: 'list every claim the engine reads in drafts', run: runExtract },
};

function usage(): string {
  const commands = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(9)}${c.summary}`);
  return [
    'Usage: crosscheck COMMAND [options] ...',
    '',
    'Commands:',
    ...commands,
    '',
    "Run 'crosscheck COMMAND --help' for a command's options.",
    'crosscheck --version | --help',
  ].join('\n');
}

/** Node's argument errors, in our one-line style: "Unknown option '--x'. To specify..." -> "unknown option '--x'". */
function argumentError(e: Error): string {
  const first = e.message.split(/\.(?:\s|$)/)[0];
  return first.charAt(0).toLowerCase() + first.slice(1);
}

function isArgumentError(e: unknown): e is Error {
  return e instanceof Error && ((e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS') ?? false);
}

/** The command line, with its effects passed in so tests can run it in-process. Returns the exit status. */
export function main(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    io.out(version() + '\n');
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const entry = command === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
    io.out((entry ? entry.usage : usage()) + '\n');
    return command === undefined ? 2 : 0;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    io.err(`crosscheck: unknown command '${command}': use one of ${Object.keys(COMMANDS).join(', ')} (crosscheck --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(entry.usage + '\n');
    return 0;
  }
  try {
    return entry.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || isArgumentError(e)) {
      io.err(`crosscheck ${command}: ${e instanceof UsageError ? e.message : argumentError(e)} (see crosscheck ${command} --help)\n`);
      return 2;
    }
    throw e;
  }
}
