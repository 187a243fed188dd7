/**
 * Runs the extension-host mocha suite in a real VS Code 1.100 (code-server + Debian's Chromium),
 * for machines that cannot download VS Code. Exits with the suite's code (0 = passed).
 *
 *   node out/test/integration/runCodeServer.js [--extension DIR] [--tests FILE] [--workspace DIR]
 *                                              [--timeout SECONDS] [--verbose]
 *
 * Each option can also come from the environment: CROSSCHECK_EXTENSION_PATH,
 * CROSSCHECK_TESTS_PATH, CROSSCHECK_TEST_WORKSPACE, CROSSCHECK_TEST_TIMEOUT (seconds),
 * CROSSCHECK_TEST_VERBOSE=1. Defaults: the repository root, out/test/integration/suite/index.js,
 * test/integration/workspace, 300 s.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cacheDir, repoRoot } from '../../scripts/vscode-setup';
import { Chromium, CodeServer, forwardConsole, launchChromium, startCodeServer, tempRunDirs, workbenchUrl } from './codeServer';

export interface RunOptions {
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  workspace: string;
  timeoutMs: number;
  /** Also print the workbench's own console messages, not only the extension host's. */
  verbose: boolean;
  /** Extra environment for code-server, which its extension host (and so the suite) inherits. */
  env?: Record<string, string>;
}

/** The exit code used when the suite did not report within the time limit. */
export const TIMEOUT_EXIT_CODE = 124;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index >= 0) {
    const value = args[index + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
    return value;
  }
  const prefixed = args.find((a) => a.startsWith(`${name}=`));
  return prefixed?.slice(name.length + 1);
}

export function parseArgs(args: string[], env: NodeJS.ProcessEnv = process.env): RunOptions {
  const root = repoRoot();
  const seconds = Number(option(args, '--timeout') ?? env.CROSSCHECK_TEST_TIMEOUT ?? '300');
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('--timeout must be a positive number of seconds');
  return {
    extensionDevelopmentPath: path.resolve(option(args, '--extension') ?? env.CROSSCHECK_EXTENSION_PATH ?? root),
    extensionTestsPath: path.resolve(
      option(args, '--tests') ?? env.CROSSCHECK_TESTS_PATH ?? path.join(root, 'out', 'test', 'integration', 'suite', 'index.js'),
    ),
    workspace: path.resolve(option(args, '--workspace') ?? env.CROSSCHECK_TEST_WORKSPACE ?? path.join(root, 'test', 'integration', 'workspace')),
    timeoutMs: seconds * 1000,
    verbose: args.includes('--verbose') || env.CROSSCHECK_TEST_VERBOSE === '1',
  };
}

function checkInputs(options: RunOptions): void {
  const manifest = path.join(options.extensionDevelopmentPath, 'package.json');
  if (!fs.existsSync(manifest)) throw new Error(`no extension at ${options.extensionDevelopmentPath} (package.json missing)`);
  const main: unknown = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { main?: unknown }).main;
  if (
    typeof main === 'string' &&
    !fs.existsSync(path.resolve(options.extensionDevelopmentPath, main)) &&
    !fs.existsSync(path.resolve(options.extensionDevelopmentPath, `${main}.js`))
  ) {
    throw new Error(`the extension's main ${main} is not built: run \`npm run bundle\` first`);
  }
  if (!fs.existsSync(options.extensionTestsPath)) {
    throw new Error(`no test suite at ${options.extensionTestsPath}: compile it first (\`npm run build\`)`);
  }
  if (!fs.existsSync(options.workspace)) throw new Error(`no test workspace folder at ${options.workspace}`);
}

/** Runs the suite and resolves with its exit code. Everything started is stopped before it resolves. */
export async function runInCodeServer(options: RunOptions): Promise<number> {
  checkInputs(options);
  const dirs = tempRunDirs();
  let server: CodeServer | undefined;
  let browser: Chromium | undefined;
  let timer: NodeJS.Timeout | undefined;
  const started = Date.now();
  try {
    server = await startCodeServer({
      workspace: options.workspace,
      extensionsDir: dirs.extensionsDir,
      userDataDir: dirs.userDataDir,
      env: options.env,
      verbose: options.verbose,
    });
    process.stdout.write(`[runCodeServer] VS Code (code-server) on ${server.url}, workspace ${options.workspace}\n`);
    browser = await launchChromium();
    const page = browser.page;

    let report: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => {
      report = resolve;
    });
    // VS Code calls window.codeAutomationExit(code, logs) when the extension host has run the suite.
    await page.exposeFunction('codeAutomationExit', (code: unknown) => {
      report(typeof code === 'number' ? code : 1);
    });
    const flushConsole = forwardConsole(page, { verbose: options.verbose });

    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
    });
    const url = workbenchUrl(server, {
      extensionDevelopmentPath: options.extensionDevelopmentPath,
      extensionTestsPath: options.extensionTestsPath,
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const outcome = await Promise.race([exited, timedOut]);
    await flushConsole();
    if (outcome === 'timeout') {
      const shot = path.join(cacheDir(), 'failure.png');
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).catch(() => undefined);
      process.stderr.write(
        `[runCodeServer] TIMEOUT: the suite did not report within ${options.timeoutMs / 1000} s ` +
          `(did the extension activate? does ${options.extensionTestsPath} export run()?). ` +
          `Screenshot of the window: ${shot}\n`,
      );
      return TIMEOUT_EXIT_CODE;
    }
    process.stdout.write(`[runCodeServer] suite exited with code ${outcome} after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return outcome;
  } finally {
    if (timer) clearTimeout(timer);
    await browser?.close().catch(() => undefined);
    await server?.stop();
    dirs.remove();
  }
}

async function main(): Promise<void> {
  try {
    process.exitCode = await runInCodeServer(parseArgs(process.argv.slice(2)));
  } catch (error) {
    process.stderr.write(`[runCodeServer] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  void main();
}
