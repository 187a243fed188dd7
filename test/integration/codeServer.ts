/**
 * Start and stop a real VS Code (the one inside code-server) and Debian's Chromium.
 *
 * Everything started here is stopped by its own process id: by `stop()`/`close()`, and, if the
 * run ends some other way (an exception, Ctrl+C, a timeout), by an exit handler.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { BrowserContext, chromium, ConsoleMessage, Page } from 'playwright-core';
import { format } from 'util';
import { CHROMIUM_PATH, codeServerEntry, ensureCodeServer } from '../../scripts/vscode-setup';

export interface CodeServerOptions {
  /** The folder VS Code opens. */
  workspace: string;
  /** The port to bind on 127.0.0.1; a free one is asked of the OS when left out. */
  port?: number;
  /** Where VS Code keeps installed extensions (an empty folder keeps the run clean). */
  extensionsDir: string;
  /** VS Code's user data; `User/settings.json` in it is written with the test settings. */
  userDataDir: string;
  /** Settings merged over the test defaults. */
  settings?: Record<string, unknown>;
  /** Extra environment for the server and the extension host it starts. */
  env?: Record<string, string>;
  /** Echo code-server's own output (default: only when it fails to start). */
  verbose?: boolean;
}

export interface CodeServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  /** The folder VS Code opens, absolute. */
  workspace: string;
  /** Stops the server and every process it started (its process group). */
  stop(): Promise<void>;
}

export interface Chromium {
  context: BrowserContext;
  page: Page;
  /** Closes the browser and removes its temporary profile. */
  close(): Promise<void>;
}

/** User settings for a quiet, deterministic test window. */
export const TEST_SETTINGS: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'files.autoSave': 'off',
  'editor.hover.delay': 300,
  'window.restoreWindows': 'none',
  'chat.commandCenter.enabled': false,
  // No fade-ins: screenshots show widgets fully drawn.
  'workbench.reduceMotion': 'on',
};

/** Chromium flags for a closed network and a root user (see the machine notes). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// ---- cleanup on any exit -------------------------------------------------------------------

const livePids = new Set<number>();
let exitHandlersInstalled = false;

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // The server was spawned detached, so it leads its own process group: -pid reaches it and
    // every process it started (its server child, the extension host, watchers, pty host).
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

function installExitHandlers(): void {
  if (exitHandlersInstalled) return;
  exitHandlersInstalled = true;
  process.on('exit', () => {
    for (const pid of livePids) killGroup(pid, 'SIGKILL');
    livePids.clear();
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n[code-server] ${signal}: stopping\n`);
      process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129);
    });
  }
}

// ---- code-server --------------------------------------------------------------------------

/** A port that is free on 127.0.0.1 right now, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not read the port the OS gave'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

function httpAnswers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode !== undefined && response.statusCode < 500);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Writes `User/settings.json` (test defaults + overrides) into a VS Code user-data-dir. */
export function writeUserSettings(userDataDir: string, overrides: Record<string, unknown> = {}): string {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...TEST_SETTINGS, ...overrides }, null, 2) + '\n');
  return file;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts code-server (VS Code 1.100) on 127.0.0.1 and resolves once it answers HTTP.
 * Runs the one-time set-up first if needed.
 */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const dir = ensureCodeServer();
  installExitHandlers();
  const workspace = path.resolve(options.workspace);
  const port = options.port ?? (await freePort());
  fs.mkdirSync(options.extensionsDir, { recursive: true });
  writeUserSettings(options.userDataDir, options.settings);

  const args = [
    codeServerEntry(dir),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--extensions-dir',
    path.resolve(options.extensionsDir),
    '--user-data-dir',
    path.resolve(options.userDataDir),
    workspace,
  ];
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // No extension gallery: the network is closed, and a test run must not reach out anyway.
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', ...options.env },
  });
  if (child.pid === undefined) throw new Error('code-server did not start (no process id)');
  const pid = child.pid;
  livePids.add(pid);

  let output = '';
  let partial = '';
  const collect = (chunk: Buffer): void => {
    const text = chunk.toString();
    output = (output + text).slice(-20000);
    if (!options.verbose) return;
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) process.stdout.write(`[code-server] ${line}\n`);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    killGroup(pid, 'SIGTERM');
    if (!(await waitForExit(child, 5000))) killGroup(pid, 'SIGKILL');
    // The group may outlive its leader for a moment: make sure nothing of it stays.
    killGroup(pid, 'SIGKILL');
    livePids.delete(pid);
  };

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  while (!(await httpAnswers(`${url}healthz`))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before answering:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within 60 s:\n${output}`);
    }
    await sleep(200);
  }
  return { url, port, workspace, stop };
}

// ---- Chromium -----------------------------------------------------------------------------

/**
 * Launches Debian's Chromium through playwright-core with a new temporary profile and returns
 * its one page. (Playwright kills the browser by its process id if this process exits first.)
 */
export async function launchChromium(options: { headless?: boolean; width?: number; height?: number } = {}): Promise<Chromium> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: run \`node out/scripts/vscode-setup.js\` (apt package chromium)`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      args: [...CHROMIUM_ARGS],
      viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    });
  } catch (error) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    try {
      await context.close();
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
  };
  return { context, page, close };
}

// ---- URLs ---------------------------------------------------------------------------------

/** `vscode-remote://127.0.0.1:PORT/ABS/PATH`: how the browser names a file on the server. */
export function remoteUri(server: Pick<CodeServer, 'port'>, absPath: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${path.resolve(absPath)}`;
}

/**
 * The workbench URL for the server's workspace with the extension under development loaded and,
 * when `extensionTestsPath` is given, its extension-host test suite run.
 */
export function workbenchUrl(server: CodeServer, options: { extensionDevelopmentPath: string; extensionTestsPath?: string }): string {
  const payload: [string, string][] = [['extensionDevelopmentPath', remoteUri(server, options.extensionDevelopmentPath)]];
  if (options.extensionTestsPath !== undefined) {
    payload.push(['extensionTestsPath', remoteUri(server, options.extensionTestsPath)]);
  }
  payload.push(['skipWelcome', 'true']);
  return `${server.url}?folder=${encodeURIComponent(server.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** A temporary folder for one run's user data and extensions, removed by the returned function. */
export function tempRunDirs(prefix = 'crosscheck-vscode-'): { userDataDir: string; extensionsDir: string; remove(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  return { userDataDir, extensionsDir, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

// ---- the page console ---------------------------------------------------------------------

/**
 * VS Code's log service writes to the page console as `console.log('%c INFO', 'color: #33f',
 * message, ...args)`. During an extension test run the extension host's console (so mocha's
 * reporter) is routed through that log service: `console.log('%s%s', indent, title)` in the
 * suite arrives as ['%c INFO', 'color: #33f', '%s%s', indent, title].
 */
const LOG_LEVEL = /^%c\s*(TRACE|DEBUG|INFO|WARN|ERR)$/;

/** The workbench's own log lines, left out unless verbose. */
const WORKBENCH_NOISE: readonly RegExp[] = [
  /^Creating a socket \(/,
  /^\[Service Worker\]/,
  /^Updating additional builtin extensions cache/,
  /^ChatSessionStore:/,
  /^Started local extension host/,
  /^\[perf\]/,
  /^Resolv(ing|ed) connection token/,
  /^Ignoring fetching additional builtin extensions/,
];

export interface ConsoleLine {
  /** The VS Code log level, or undefined for a plain browser console message. */
  level: 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERR' | undefined;
  /** The browser console type: log, warning, error... */
  type: string;
  text: string;
}

/** Turns a page console message back into the text the extension host (or workbench) wrote. */
export async function readConsoleMessage(message: ConsoleMessage): Promise<ConsoleLine> {
  const values: unknown[] = await Promise.all(message.args().map((arg) => arg.jsonValue().catch((): unknown => undefined)));
  const head = values[0];
  const levelMatch = typeof head === 'string' ? LOG_LEVEL.exec(head) : null;
  if (levelMatch && values.length >= 2) {
    const level = levelMatch[1] as ConsoleLine['level'];
    const rest = values.slice(2);
    return { level, type: message.type(), text: rest.length === 0 ? '' : format(...rest) };
  }
  return { level: undefined, type: message.type(), text: values.length > 0 ? format(...values) : message.text() };
}

/**
 * Forwards the page console to `write`: every log-service line (the extension host's output,
 * mocha's report among it) as plain text; the browser's own messages and known workbench chatter
 * only when verbose. Returns a function that resolves once every message so far is written.
 */
export function forwardConsole(page: Page, options: { verbose?: boolean; write?: (line: string) => void } = {}): () => Promise<void> {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  let chain: Promise<void> = Promise.resolve();
  page.on('console', (message: ConsoleMessage) => {
    chain = chain
      .then(async () => {
        const line = await readConsoleMessage(message);
        if (line.level === undefined) {
          if (options.verbose) write(`[browser ${line.type}] ${line.text}`);
        } else if (line.level === 'INFO') {
          if (options.verbose || !WORKBENCH_NOISE.some((re) => re.test(line.text))) write(line.text);
        } else if (line.level === 'WARN' || line.level === 'ERR') {
          write(`[vscode ${line.level === 'ERR' ? 'error' : 'warn'}] ${line.text}`);
        } else if (options.verbose) {
          write(`[vscode ${line.level.toLowerCase()}] ${line.text}`);
        }
      })
      .catch(() => undefined);
  });
  page.on('pageerror', (error) => {
    if (options.verbose) write(`[browser pageerror] ${error.message}`);
  });
  return () => chain;
}
