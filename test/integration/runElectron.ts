/**
 * Runs the extension-host mocha suite in a desktop VS Code downloaded by `@vscode/test-electron`
 * (the usual way, for machines with internet access). Exits with the suite's code.
 *
 *   node out/test/integration/runElectron.js [--vscode-version VERSION] [--tests FILE] [--workspace DIR]
 *
 * VERSION defaults to 1.100.0 (the oldest VS Code that `engines.vscode` accepts, and the one the
 * code-server runner uses); pass `stable` to test the latest release too. Environment:
 * CROSSCHECK_VSCODE_VERSION, CROSSCHECK_TESTS_PATH, CROSSCHECK_TEST_WORKSPACE. On Linux without
 * a display, run it under `xvfb-run -a`.
 */
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from '../../scripts/vscode-setup';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index >= 0) return args[index + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = repoRoot();
  const version = option(args, '--vscode-version') ?? process.env.CROSSCHECK_VSCODE_VERSION ?? '1.100.0';
  const extensionTestsPath = path.resolve(
    option(args, '--tests') ?? process.env.CROSSCHECK_TESTS_PATH ?? path.join(root, 'out', 'test', 'integration', 'suite', 'index.js'),
  );
  const workspace = path.resolve(option(args, '--workspace') ?? process.env.CROSSCHECK_TEST_WORKSPACE ?? path.join(root, 'test', 'integration', 'workspace'));
  try {
    const code = await runTests({
      version,
      extensionDevelopmentPath: root,
      extensionTestsPath,
      // The first launch argument is the folder to open. Other extensions stay off so only ours
      // runs; the remaining flags keep the window quiet and deterministic.
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--disable-telemetry',
        '--disable-updates',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
      ],
    });
    process.exitCode = code;
  } catch (error) {
    // runTests rejects with TestRunFailedError when the suite fails or VS Code crashes.
    process.stderr.write(`[runElectron] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  void main();
}
