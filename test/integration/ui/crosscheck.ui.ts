/**
 * The UI test: Crosscheck in a real VS Code, used as a person would. Opens a draft from the
 * Explorer, waits for the squiggles, reads a hover card, applies the quick fix from the Ctrl+.
 * menu, checks the Problems count, and opens the agreement matrix. The screenshots it saves into
 * images/ are the ones the README shows.
 *
 *   node out/test/integration/ui/crosscheck.ui.js [--screenshots DIR] [--verbose]
 *
 * Screenshots go to .vscode-test/screenshots, or to DIR (`npm run screenshots` refreshes images/).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../../scripts/vscode-setup';
import { openWorkbench, type Workbench } from './driver';

type Step = [name: string, run: (ui: Workbench) => Promise<string>];

const steps: Step[] = [
  [
    'open a draft from the Explorer',
    async (ui) => {
      await ui.explorerRow('drafts').click();
      await ui.openFile('blockade.md');
      return 'drafts/blockade.md is open';
    },
  ],
  [
    'squiggles appear under the claims that disagree',
    async (ui) => {
      const warnings = await ui.waitForSquiggles('warning', { count: 4 });
      const infos = await ui.waitForSquiggles('info', { count: 1 });
      assert.equal(warnings, 4);
      await ui.screenshot('squiggles');
      return `${warnings} warning and ${infos} information squiggles`;
    },
  ],
  [
    'the Problems count in the status bar',
    async (ui) => {
      const count = await ui.waitForProblems((c) => c.warnings === 4 && c.infos === 1);
      assert.equal(count.errors, 0);
      return count.label;
    },
  ],
  [
    'the hover card shows the fact, the cited value and the sources',
    async (ui) => {
      const text = await ui.hover(ui.squiggles('warning').first(), { contains: 'Warships enforcing the blockade' });
      for (const part of ['disagrees', 'Cited value', 'Blockade enters its second week', 'a line of 12 warships', 'Open fact in table']) {
        assert.ok(text.includes(part), `the card lacks "${part}": ${text}`);
      }
      // The table's title tries to inject HTML and a link: a person sees them as plain text.
      assert.ok(text.includes('<b>northern</b>') && text.includes('[on](https://evil.example)'), text);
      assert.equal(await ui.page.locator('.monaco-hover a[href*="evil.example"], .monaco-hover b').count(), 0);
      await ui.screenshot('hover-card');
      await ui.dismiss();
      return JSON.stringify(text.slice(0, 80));
    },
  ],
  [
    'Ctrl+. lists the quick fixes, and the preferred one puts in the cited value',
    async (ui) => {
      await ui.clickOn(ui.squiggles('warning').first());
      // Move the pointer off the text so only the menu shows, as after a keyboard shortcut.
      await ui.page.mouse.move(900, 700);
      await ui.dismiss();
      const labels = await ui.quickFixes({ contains: 'Replace with cited value 12' });
      assert.ok(
        labels.some((l) => l.includes('Ignore this claim')),
        labels.join(', '),
      );
      await ui.screenshot('quick-fix-menu');
      await ui.chooseQuickFix('Replace with cited value 12');
      await ui.waitForEditorText((t) => t.includes('parked 12 warships'));
      const count = await ui.waitForProblems((c) => c.warnings === 3);
      return `text fixed; Problems now "${count.label}"`;
    },
  ],
  [
    "Ctrl+. on a claim no fact covers offers 'Add to fact table', and the fact is written as the picked source's claim",
    async (ui) => {
      // A short line at the end of the draft (short, so it does not wrap), then the cursor to the end of "40".
      await ui.page.keyboard.press('Control+End');
      await ui.page.keyboard.type('Then 40 tugboats came.');
      await ui.page.keyboard.press('Home');
      for (let i = 0; i < 2; i++) await ui.page.keyboard.press('Control+ArrowRight');
      const labels = await ui.quickFixes({ contains: 'Add to fact table: 40' });
      await ui.screenshot('add-to-fact-table');
      await ui.chooseQuickFix('Add to fact table: 40');
      const picker = ui.page.locator('.quick-input-widget');
      const ledger = picker.locator('.quick-input-list .monaco-list-row', { hasText: 'ledger' }).first();
      await ledger.waitFor({ state: 'visible', timeout: 15_000 });
      assert.ok(await picker.locator('.quick-input-list .monaco-list-row', { hasText: 'Record as a draft note' }).count(), 'the picker offers a draft note');
      await ui.screenshot('add-to-fact-table-source');
      await ui.page.keyboard.press('Enter');
      await ui.page.locator('.tabs-container .tab.active', { hasText: 'facts.yaml' }).first().waitFor({ state: 'visible', timeout: 15_000 });
      // The table's lines are re-rendered as it scrolls to the new fact: wait for them to show it, then read them once.
      const lines = ui.editor.locator('.view-lines', { hasText: 'tugboat-40:' });
      await lines.waitFor({ state: 'visible', timeout: 15_000 });
      const table = (await lines.innerText()).replace(/\u00a0/g, ' ');
      for (const part of ['label: "Tugboats came"', '- { source: ledger, value: 40, quote: "Then 40 tugboats came." }']) assert.ok(table.includes(part), table);
      await ui.screenshot('add-to-fact-table-written');
      return `menu: ${labels.join(', ')}; the table has tugboat-40 from ledger`;
    },
  ],
  [
    'the source agreement matrix',
    async (ui) => {
      await ui.runCommand('Crosscheck: Show Source Agreement');
      const frame = ui.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await frame.locator('td.disagrees').first().waitFor({ state: 'visible', timeout: 20_000 });
      await ui.screenshot('agreement-matrix');
      return 'matrix shown';
    },
  ],
];

function screenshotsArg(): string | undefined {
  const i = process.argv.indexOf('--screenshots');
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const root = repoRoot();
  // A copy, so the fixes the test applies never touch the repository's workspace.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-ui-'));
  fs.cpSync(path.join(root, 'test', 'integration', 'workspace'), workspace, { recursive: true });
  const ui = await openWorkbench({
    extensionPath: root,
    workspace,
    screenshotsDir: path.resolve(root, screenshotsArg() ?? path.join('.vscode-test', 'screenshots')),
    verbose: process.argv.includes('--verbose'),
  });
  let passed = 0;
  let failed = 0;
  try {
    for (const [name, run] of steps) {
      const started = Date.now();
      try {
        const detail = await run(ui);
        passed++;
        process.stdout.write(`  ✔ ${name} (${Date.now() - started} ms): ${detail}\n`);
      } catch (error) {
        failed++;
        const shot = await ui.screenshot(`failed-ui-${passed + failed}`).catch(() => 'none');
        process.stdout.write(`  ✘ ${name}: ${error instanceof Error ? error.message : String(error)} (screenshot ${shot})\n`);
        break; // each step builds on the one before
      }
    }
  } finally {
    await ui.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  process.stdout.write(`UI: ${passed} passed, ${failed} failed\n`);
  process.exitCode = failed === 0 && passed === steps.length ? 0 : 1;
}

void main();
