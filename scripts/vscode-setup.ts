/**
 * One-time set-up of a real VS Code for the integration tests, without downloading VS Code.
 *
 * `@vscode/test-electron` downloads a desktop VS Code build; machines that reach only the npm
 * registry and Debian's packages cannot do that. They can run the VS Code that the `code-server`
 * npm package ships (workbench + server + node extension host), driven by Debian's Chromium.
 * This script installs it into `.vscode-test/code-server/` (an ignored cache folder) and is
 * idempotent: once the marker file (written last) names the expected version, it returns at once.
 *
 * Run it directly (`node out/scripts/vscode-setup.js`) or call `ensureCodeServer()`.
 */
import { spawnSync, SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** code-server 4.100.x is the last line whose engine is Node 20; it bundles VS Code 1.100. */
export const CODE_SERVER_VERSION = '4.100.3';
/** The VS Code version inside that code-server. */
export const VSCODE_VERSION = '1.100';
/** Debian's Chromium, driven by playwright-core. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const MARKER_NAME = '.crosscheck-setup-complete';
const MARKER_TEXT = `code-server@${CODE_SERVER_VERSION}\n`;
/** Natives of VS Code's server that `--ignore-scripts` left unbuilt. */
const VSCODE_NATIVES = ['kerberos', '@vscode/spdlog', 'native-watchdog', 'node-pty'];

export class SetupError extends Error {
  constructor(
    readonly step: string,
    detail: string,
  ) {
    super(`vscode-setup: step "${step}" failed: ${detail}`);
    this.name = 'SetupError';
  }
}

/** The repository root: the nearest folder above this file with a package.json. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`vscode-setup: no package.json above ${__dirname}`);
    dir = parent;
  }
}

/** `.vscode-test/` at the repository root. */
export function cacheDir(): string {
  return path.join(repoRoot(), '.vscode-test');
}

/** The folder that holds `node_modules/code-server`. */
export function codeServerDir(): string {
  return path.join(cacheDir(), 'code-server');
}

/** The file to start with `node`: code-server's entry point. */
export function codeServerEntry(dir: string = codeServerDir()): string {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function log(message: string): void {
  process.stdout.write(`[vscode-setup] ${message}\n`);
}

/**
 * The environment for nested npm commands. When this script runs under `npm run`, npm exports
 * its own settings (prefix, local prefix, lifecycle names) which would make the nested commands
 * act on the project instead of the cache; drop those and keep everything else (registry, cache).
 */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const k = key.toLowerCase();
    if (k.startsWith('npm_package_') || k.startsWith('npm_lifecycle_')) continue;
    if (k === 'npm_config_prefix' || k === 'npm_config_local_prefix' || k === 'npm_config_global_prefix') continue;
    if (k === 'init_cwd') continue;
    env[key] = value;
  }
  return { ...env, DEBIAN_FRONTEND: 'noninteractive', ...extra };
}

function run(step: string, command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const where = options.cwd ? ` (in ${String(options.cwd)})` : '';
  log(`$ ${command} ${args.join(' ')}${where}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: childEnv(), ...options });
  if (result.error) throw new SetupError(step, `${command} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    const how = result.signal ? `signal ${result.signal}` : `exit code ${String(result.status)}`;
    throw new SetupError(step, `\`${command} ${args.join(' ')}\` ended with ${how}`);
  }
  log(`${step}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function which(command: string): string | undefined {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const found = result.status === 0 ? result.stdout.trim() : '';
  return found === '' ? undefined : found;
}

function dpkgInstalled(pkg: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/**
 * The Debian packages still missing: chromium (the browser), fonts-liberation (the font it
 * recommends, for readable screenshots), ripgrep (VS Code's search), libkrb5-dev (to build kerberos).
 */
export function missingAptPackages(): string[] {
  const missing: string[] = [];
  if (!which('chromium')) missing.push('chromium');
  if (!dpkgInstalled('fonts-liberation')) missing.push('fonts-liberation');
  if (!which('rg')) missing.push('ripgrep');
  if (!dpkgInstalled('libkrb5-dev')) missing.push('libkrb5-dev');
  return missing;
}

function ensureAptPackages(): void {
  const missing = missingAptPackages();
  if (missing.length === 0) {
    log('apt packages chromium, fonts-liberation, ripgrep, libkrb5-dev: already installed');
    return;
  }
  const step = `apt-get install ${missing.join(' ')}`;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new SetupError(
      step,
      `missing Debian packages (${missing.join(', ')}) and not running as root; run: ` + `sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  log(`installing missing Debian packages: ${missing.join(', ')}`);
  run('apt-get update', 'apt-get', ['update']);
  // Without recommends: chromium's pull in systemd, avahi and printing daemons (62 packages).
  run(step, 'apt-get', ['install', '-y', '--no-install-recommends', ...missing]);
}

function isComplete(dir: string): boolean {
  const marker = path.join(dir, MARKER_NAME);
  try {
    return fs.readFileSync(marker, 'utf8') === MARKER_TEXT && fs.existsSync(codeServerEntry(dir));
  } catch {
    return false;
  }
}

function symlink(step: string, target: string, linkPath: string): void {
  try {
    fs.rmSync(linkPath, { force: true, recursive: true });
    fs.symlinkSync(target, linkPath);
    log(`ln -sfn ${target} ${linkPath}`);
  } catch (error) {
    throw new SetupError(step, error instanceof Error ? error.message : String(error));
  }
}

function install(dir: string): void {
  // A partial install (no marker) is thrown away: every step below assumes a clean folder.
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'crosscheck-vscode-test', private: true, description: 'cache: VS Code via code-server' }, null, 2) + '\n',
  );

  // code-server's own postinstall refuses to run as root and then downloads ripgrep: skip it
  // and do its steps by hand.
  run('npm install code-server', 'npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', dir], {
    cwd: dir,
  });

  const vscodeDir = path.join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
  if (!fs.existsSync(path.join(vscodeDir, 'package.json'))) {
    throw new SetupError('npm install code-server', `${vscodeDir}/package.json is missing`);
  }
  run('npm install (lib/vscode)', 'npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', vscodeDir], { cwd: vscodeDir });
  // node-pty's build script calls `npx node-gyp`, which asks before installing: say yes.
  run('npm rebuild (VS Code natives)', 'npm', ['rebuild', ...VSCODE_NATIVES, '--prefix', vscodeDir], {
    cwd: vscodeDir,
    env: childEnv({ npm_config_yes: 'true' }),
  });

  const rg = which('rg');
  if (!rg) throw new SetupError('copy ripgrep', 'rg is not on PATH (Debian package ripgrep)');
  try {
    const rgDir = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    fs.mkdirSync(rgDir, { recursive: true });
    fs.copyFileSync(rg, path.join(rgDir, 'rg'));
    fs.chmodSync(path.join(rgDir, 'rg'), 0o755);
    log(`cp ${rg} ${path.join(rgDir, 'rg')}`);
  } catch (error) {
    throw new SetupError('copy ripgrep', error instanceof Error ? error.message : String(error));
  }

  symlink('symlink node_modules.asar', 'node_modules', path.join(vscodeDir, 'node_modules.asar'));
  symlink('symlink remote-cli', 'code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  symlink('symlink browser helper', 'browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));

  const extensionsDir = path.join(vscodeDir, 'extensions');
  run('npm install (built-in extensions)', 'npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefix', extensionsDir], { cwd: extensionsDir });

  run('npm rebuild argon2', 'npm', ['rebuild', 'argon2', '--prefix', dir], {
    cwd: dir,
    env: childEnv({ npm_config_yes: 'true' }),
  });

  // Written last: its presence with this text means every step above succeeded.
  fs.writeFileSync(path.join(dir, MARKER_NAME), MARKER_TEXT);
}

/**
 * Makes sure a runnable code-server (VS Code 1.100) is in `.vscode-test/code-server/` and that
 * Debian's Chromium is installed; returns the code-server folder. Fast when already done.
 * Throws a SetupError naming the step that failed.
 */
export function ensureCodeServer(): string {
  const dir = codeServerDir();
  if (isComplete(dir) && fs.existsSync(CHROMIUM_PATH)) return dir;

  const started = Date.now();
  log(`setting up code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) in ${dir}`);
  ensureAptPackages();
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new SetupError('apt-get install chromium', `${CHROMIUM_PATH} is still missing`);
  }
  if (isComplete(dir)) {
    log('code-server: already installed');
  } else {
    install(dir);
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

if (require.main === module) {
  try {
    const dir = ensureCodeServer();
    log(`ready: ${codeServerEntry(dir)}`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
