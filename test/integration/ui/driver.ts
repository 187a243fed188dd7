/**
 * Building blocks for UI tests that act as a person would in a real VS Code 1.100 (code-server
 * in Debian's Chromium, driven by playwright-core): open the workbench with the extension under
 * development loaded, open a file from the Explorer, wait for squiggles, hover, use the quick-fix
 * menu, read the editor and the Problems count, run a command, and take screenshots.
 *
 *   const ui = await openWorkbench({ extensionPath, workspace, screenshotsDir });
 *   try { await ui.openFile('draft.md'); await ui.waitForSquiggles(); ... } finally { await ui.close(); }
 */
import * as fs from 'fs';
import * as path from 'path';
import { Locator, Page } from 'playwright-core';
import { repoRoot } from '../../../scripts/vscode-setup';
import { Chromium, CodeServer, forwardConsole, launchChromium, startCodeServer, tempRunDirs, workbenchUrl } from '../codeServer';

export type SquiggleKind = 'error' | 'warning' | 'info';

export interface WorkbenchOptions {
  /** The extension under development (a folder with package.json); loaded, no tests run. */
  extensionPath: string;
  /** The folder the window opens. */
  workspace: string;
  /** Where `screenshot(name)` writes; default `images/` at the repository root. */
  screenshotsDir?: string;
  /** Settings merged over the test defaults. */
  settings?: Record<string, unknown>;
  /** Window size in CSS pixels (default 1280 x 800). */
  width?: number;
  height?: number;
  /** Print the page console (the extension host's output included). */
  verbose?: boolean;
  /** How long to wait for the workbench (ms, default 60 s). */
  timeoutMs?: number;
}

export interface ProblemsCount {
  errors: number;
  warnings: number;
  infos: number;
  /** The status-bar item's accessible label, e.g. "Errors: 0, Warnings: 1". */
  label: string;
}

const SQUIGGLE_SELECTOR: Record<SquiggleKind, string> = {
  error: '.squiggly-error',
  warning: '.squiggly-warning',
  info: '.squiggly-info',
};

const ALL_SQUIGGLES = Object.values(SQUIGGLE_SELECTOR).join(', ');

/** Space characters VS Code renders in `.view-lines` (nbsp) back to plain spaces. */
function plainText(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/** A VS Code window in the browser, with the helpers a person's actions need. */
export class Workbench {
  /** Editor text as the page renders it; see `editorText()`. */
  readonly editor: Locator;

  constructor(
    readonly page: Page,
    readonly server: CodeServer,
    private readonly browser: Chromium,
    private readonly cleanup: () => void,
    readonly screenshotsDir: string,
    private readonly defaultTimeout: number,
  ) {
    this.editor = page.locator('.editor-instance .monaco-editor').first();
  }

  /** Waits until the workbench has rendered and the Explorer shows the folder. */
  async waitForWorkbench(timeout = this.defaultTimeout): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout });
  }

  /** The Explorer row of a file or folder (a top-level entry, or one already revealed). */
  explorerRow(name: string): Locator {
    return this.page
      .locator('.explorer-folders-view .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) })
      .first();
  }

  /** Opens a file by clicking its name in the Explorer, and waits for its editor tab to be active. */
  async openFile(name: string, timeout = this.defaultTimeout): Promise<void> {
    const row = this.explorerRow(name);
    await row.waitFor({ state: 'visible', timeout });
    await row.click();
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ state: 'visible', timeout });
    await this.editor.locator('.view-lines').waitFor({ state: 'visible', timeout });
  }

  /** The squiggles of a kind (all kinds when left out) in the active editor. */
  squiggles(kind?: SquiggleKind): Locator {
    return this.editor.locator(kind ? SQUIGGLE_SELECTOR[kind] : ALL_SQUIGGLES);
  }

  /** Waits for at least `count` squiggles and returns how many there are. */
  async waitForSquiggles(kind?: SquiggleKind, options: { count?: number; timeout?: number } = {}): Promise<number> {
    const count = options.count ?? 1;
    const locator = this.squiggles(kind);
    await locator.nth(count - 1).waitFor({ state: 'attached', timeout: options.timeout ?? this.defaultTimeout });
    return locator.count();
  }

  /** Waits until the active editor shows no squiggles of a kind (all kinds when left out). */
  async waitForNoSquiggles(kind?: SquiggleKind, timeout = this.defaultTimeout): Promise<void> {
    await this.squiggles(kind).first().waitFor({ state: 'detached', timeout });
  }

  /**
   * The rendered span of the given text in the editor (its first occurrence, or the nth), to
   * hover or click. Matches the whole token text as VS Code splits the line.
   */
  textInEditor(text: string, nth = 0): Locator {
    return this.editor.locator('.view-lines span span', { hasText: text }).nth(nth);
  }

  /** Puts the cursor inside a squiggle (or any element in the editor) by clicking its middle. */
  async clickOn(target: Locator): Promise<void> {
    const { x, y } = await this.centre(target);
    await this.page.mouse.click(x, y);
  }

  /**
   * The middle of an element, in page coordinates. Squiggles sit in a layer under the text, so
   * the mouse is moved to their place rather than "onto" them (the text above takes the events,
   * as it does for a person).
   */
  private async centre(target: Locator): Promise<{ x: number; y: number }> {
    await target.waitFor({ state: 'attached', timeout: this.defaultTimeout });
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) throw new Error('the element is not visible on the page');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /**
   * Moves the mouse over an element (a squiggle, say) and returns the text of the hover card.
   * Hover providers answer one by one (the extension host may be busy), so this waits until the
   * card contains `contains`, or, without it, until its text has been steady for a second.
   */
  async hover(target: Locator, options: { contains?: string; timeout?: number } = {}): Promise<string> {
    const timeout = options.timeout ?? 20_000;
    const { x, y } = await this.centre(target);
    await this.page.mouse.move(0, 0);
    await this.page.mouse.move(x, y, { steps: 4 });
    const card = this.hoverCard;
    await card.waitFor({ state: 'visible', timeout });
    const deadline = Date.now() + timeout;
    let text = '';
    let steadySince = Date.now();
    for (;;) {
      const now = plainText(await card.innerText().catch(() => '')).trim();
      if (now !== text) {
        text = now;
        steadySince = Date.now();
      }
      // The card's status bar says "Checking for quick fixes..." until the code actions are in.
      const settled = !text.includes('Checking for quick fixes') || Date.now() - steadySince >= 3000;
      const ready = options.contains !== undefined ? text.includes(options.contains) : text !== '' && Date.now() - steadySince >= 1000;
      if (ready && settled) return text;
      if (Date.now() > deadline) {
        if (options.contains === undefined) return text;
        throw new Error(`the hover card did not show ${JSON.stringify(options.contains)} within ${timeout} ms; it shows ${JSON.stringify(text)}`);
      }
      await this.page.waitForTimeout(100);
    }
  }

  /** The editor's hover card while it is shown. */
  get hoverCard(): Locator {
    return this.page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
  }

  /** Closes a hover, the quick-fix menu or the command palette. */
  async dismiss(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  /** The quick-fix menu (action widget) while it is open. */
  get quickFixMenu(): Locator {
    return this.page.locator('.action-widget').first();
  }

  /**
   * Presses Ctrl+. where the cursor is (put it there with `clickOn`) and returns the labels of
   * the actions in the quick-fix menu, in order (group headers left out). While the extension
   * host is still busy VS Code may answer "No code actions available": then it closes that and
   * asks again, until a menu with actions (containing `contains`, when given) shows.
   */
  async quickFixes(options: { contains?: string; timeout?: number } = {}): Promise<string[]> {
    const timeout = options.timeout ?? 30_000;
    const deadline = Date.now() + timeout;
    const rows = this.quickFixMenu.locator('.monaco-list-row.action');
    let labels: string[] = [];
    for (;;) {
      await this.page.keyboard.press('Control+.');
      const shown = await rows
        .first()
        .waitFor({ state: 'visible', timeout: 3000 })
        .then(
          () => true,
          () => false,
        );
      if (shown) {
        labels = [];
        for (const row of await rows.all()) {
          labels.push(((await row.getAttribute('aria-label')) ?? (await row.textContent()) ?? '').trim());
        }
        labels = labels.filter((label) => label !== '');
        if (options.contains === undefined || labels.some((label) => label.includes(options.contains ?? ''))) return labels;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `the quick-fix menu did not offer ${JSON.stringify(options.contains ?? 'any action')} within ${timeout} ms (last: ${JSON.stringify(labels)})`,
        );
      }
      await this.dismiss();
      await this.page.waitForTimeout(500);
    }
  }

  /**
   * Chooses the quick-fix action whose label contains `label` (open the menu with `quickFixes`)
   * with the keyboard, as a person does: arrow keys to it, then Enter. (VS Code lays a pointer
   * block over the page while the menu is open, so synthetic clicks do not reach the rows.)
   */
  async chooseQuickFix(label: string, timeout = 15_000): Promise<void> {
    const rows = this.quickFixMenu.locator('.monaco-list-row.action');
    await rows.first().waitFor({ state: 'visible', timeout });
    const count = await rows.count();
    for (let i = 0; i <= count; i++) {
      const focused = this.quickFixMenu.locator('.monaco-list-row.action.focused').first();
      const focusedLabel = (await focused.count()) > 0 ? ((await focused.getAttribute('aria-label')) ?? (await focused.textContent()) ?? '') : '';
      if (focusedLabel.includes(label)) {
        await this.page.keyboard.press('Enter');
        await this.quickFixMenu.waitFor({ state: 'hidden', timeout });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`the quick-fix menu has no action ${JSON.stringify(label)}`);
  }

  /**
   * The active editor's text as rendered in `.view-lines` (visible lines, in order; enough for
   * short test documents).
   */
  async editorText(): Promise<string> {
    // VS Code reuses line elements, so order them by their `top`, not by their place in the DOM.
    const lines: { top: number; text: string }[] = [];
    for (const line of await this.editor.locator('.view-lines .view-line').all()) {
      const top = /top:\s*(-?[\d.]+)px/.exec((await line.getAttribute('style')) ?? '');
      lines.push({ top: top ? Number(top[1]) : 0, text: (await line.textContent()) ?? '' });
    }
    lines.sort((a, b) => a.top - b.top);
    return plainText(lines.map((line) => line.text).join('\n'));
  }

  /** Waits until the rendered editor text satisfies `predicate`, and returns it. */
  async waitForEditorText(predicate: (text: string) => boolean, timeout = this.defaultTimeout): Promise<string> {
    const deadline = Date.now() + timeout;
    let text = await this.editorText();
    while (!predicate(text)) {
      if (Date.now() > deadline) throw new Error(`editor text did not change as expected within ${timeout} ms; it is:\n${text}`);
      await this.page.waitForTimeout(100);
      text = await this.editorText();
    }
    return text;
  }

  /** The Problems counts from the status bar item `#status.problems`. */
  async problemsCount(): Promise<ProblemsCount> {
    const item = this.page.locator('[id="status.problems"]');
    await item.waitFor({ state: 'visible', timeout: this.defaultTimeout });
    const label = (await item.locator('a').first().getAttribute('aria-label')) ?? (await item.innerText());
    const number = (pattern: RegExp): number => {
      const match = pattern.exec(label);
      return match ? Number(match[1]) : 0;
    };
    return {
      errors: number(/Errors?:\s*(\d+)/i),
      warnings: number(/Warnings?:\s*(\d+)/i),
      infos: number(/Infos?:\s*(\d+)/i),
      label,
    };
  }

  /** Waits until the Problems counts satisfy `predicate`, and returns them. */
  async waitForProblems(predicate: (count: ProblemsCount) => boolean, timeout = this.defaultTimeout): Promise<ProblemsCount> {
    const deadline = Date.now() + timeout;
    let count = await this.problemsCount();
    while (!predicate(count)) {
      if (Date.now() > deadline) throw new Error(`Problems count did not change as expected within ${timeout} ms: ${count.label}`);
      await this.page.waitForTimeout(100);
      count = await this.problemsCount();
    }
    return count;
  }

  /** Opens the command palette (F1), types the command's title and runs the first match. */
  async runCommand(title: string, timeout = 15_000): Promise<void> {
    const palette = this.page.locator('.quick-input-widget');
    await this.page.keyboard.press('F1');
    const input = palette.locator('.quick-input-box input');
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(`>${title}`);
    const match = palette.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await match.waitFor({ state: 'visible', timeout });
    await this.page.keyboard.press('Enter');
    await palette.waitFor({ state: 'hidden', timeout });
  }

  /**
   * Waits (at most a second) until the page's CSS animations (the hover's and menus' fade-ins)
   * have finished and two frames have been drawn.
   */
  async settle(): Promise<void> {
    await this.page.evaluate(`Promise.race([
      Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 1000)),
    ]).then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))`);
  }

  /** Saves a PNG of the window as `<screenshotsDir>/<name>.png` (once it has settled) and returns its path. */
  async screenshot(name: string, options: { clip?: Locator } = {}): Promise<string> {
    await this.settle().catch(() => undefined);
    fs.mkdirSync(this.screenshotsDir, { recursive: true });
    const file = path.join(this.screenshotsDir, name.endsWith('.png') ? name : `${name}.png`);
    if (options.clip) await options.clip.screenshot({ path: file });
    else await this.page.screenshot({ path: file });
    return file;
  }

  /** Closes the browser and stops the server (and every process they started). */
  async close(): Promise<void> {
    try {
      await this.browser.close().catch(() => undefined);
      await this.server.stop();
    } finally {
      this.cleanup();
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Starts VS Code on the workspace with the extension loaded (no tests), opens it in Chromium and
 * waits for the workbench. Call `close()` in a `finally`.
 */
export async function openWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const timeout = options.timeoutMs ?? 60_000;
  const dirs = tempRunDirs('crosscheck-ui-');
  let server: CodeServer | undefined;
  let browser: Chromium | undefined;
  try {
    server = await startCodeServer({
      workspace: options.workspace,
      extensionsDir: dirs.extensionsDir,
      userDataDir: dirs.userDataDir,
      settings: options.settings,
      verbose: options.verbose,
    });
    browser = await launchChromium({ width: options.width, height: options.height });
    forwardConsole(browser.page, { verbose: options.verbose, write: options.verbose ? undefined : () => undefined });
    const ui = new Workbench(browser.page, server, browser, dirs.remove, options.screenshotsDir ?? path.join(repoRoot(), 'images'), timeout);
    await browser.page.goto(workbenchUrl(server, { extensionDevelopmentPath: path.resolve(options.extensionPath) }), {
      waitUntil: 'domcontentloaded',
    });
    await ui.waitForWorkbench(timeout);
    return ui;
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    dirs.remove();
    throw error;
  }
}
