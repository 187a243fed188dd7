/**
 * UI smoke test: proves every building block of `driver.ts` end to end, as a person would use
 * an extension that flags a word with a diagnostic, a hover and a quick fix.
 *
 *   node out/test/integration/ui/smoke.js EXTENSION_DIR [--workspace DIR] [--file NAME]
 *        [--word WORD] [--hover TEXT] [--fix LABEL] [--fixed TEXT] [--command TITLE]
 *        [--shots DIR] [--verbose]
 *
 * Defaults fit a throwaway extension that warns about "teh", hovers "Typo", offers
 * `Replace with "the"` and contributes the command "Teh: Fix All": the workspace is a new temp
 * folder holding draft.md, and screenshots go to a new folder under /tmp. The real UI test can
 * run the same flow on Crosscheck with its own word, hover text, fix label and command.
 * Prints one line per step and exits 0 when all passed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openWorkbench, Workbench } from './driver';

export interface SmokeOptions {
  extensionPath: string;
  workspace: string;
  file: string;
  /** The flagged word: it carries the squiggle and goes away when fixed. */
  word: string;
  /** Text the hover card must contain. */
  hoverText: string;
  /** Label (part of it) of the quick fix to choose. */
  fixLabel: string;
  /** Text the line must contain after the fix. */
  fixedText: string;
  /** A command (palette title) that fixes the document again after an undo; empty to skip. */
  command: string;
  shotsDir: string;
  verbose: boolean;
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function parse(args: string[]): SmokeOptions {
  const extensionPath = args[0];
  if (extensionPath === undefined || extensionPath.startsWith('--')) {
    throw new Error('usage: node out/test/integration/ui/smoke.js EXTENSION_DIR [--workspace DIR] [--file NAME] ...');
  }
  let workspace = option(args, '--workspace');
  const file = option(args, '--file') ?? 'draft.md';
  if (workspace === undefined) {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-smoke-ws-'));
    fs.writeFileSync(path.join(workspace, file), '# A draft\n\nThis is teh first paragraph of the story.\n\nThe second paragraph has no typo.\n');
  }
  return {
    extensionPath: path.resolve(extensionPath),
    workspace: path.resolve(workspace),
    file,
    word: option(args, '--word') ?? 'teh',
    hoverText: option(args, '--hover') ?? 'Typo',
    fixLabel: option(args, '--fix') ?? 'Replace with "the"',
    fixedText: option(args, '--fixed') ?? 'This is the first paragraph',
    command: option(args, '--command') ?? 'Teh: Fix All',
    shotsDir: path.resolve(option(args, '--shots') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-smoke-shots-'))),
    verbose: args.includes('--verbose'),
  };
}

type Step = (ui: Workbench) => Promise<string>;

export async function smoke(options: SmokeOptions): Promise<{ passed: number; failed: number }> {
  const steps: [string, Step][] = [
    ['workbench opens with the extension loaded', async (ui) => `screenshot ${await ui.screenshot('01-workbench')}`],
    [
      'open a file from the Explorer',
      async (ui) => {
        await ui.openFile(options.file);
        return `screenshot ${await ui.screenshot('02-file-open')}`;
      },
    ],
    [
      'squiggles appear',
      async (ui) => {
        const count = await ui.waitForSquiggles();
        return `${count} squiggle(s); screenshot ${await ui.screenshot('03-squiggles')}`;
      },
    ],
    [
      'Problems count in the status bar',
      async (ui) => {
        const count = await ui.waitForProblems((c) => c.errors + c.warnings + c.infos > 0);
        return `"${count.label}"`;
      },
    ],
    [
      'hover card over the squiggle',
      async (ui) => {
        const text = await ui.hover(ui.squiggles().first(), { contains: options.hoverText });
        const shot = await ui.screenshot('04-hover');
        await ui.dismiss();
        await ui.page.mouse.move(0, 0);
        return `${JSON.stringify(text)}; screenshot ${shot}`;
      },
    ],
    [
      'Ctrl+. lists the quick fixes',
      async (ui) => {
        await ui.clickOn(ui.squiggles().first());
        const labels = await ui.quickFixes({ contains: options.fixLabel });
        return `${JSON.stringify(labels)}; screenshot ${await ui.screenshot('05-quick-fix-menu')}`;
      },
    ],
    [
      'choosing the quick fix edits the text',
      async (ui) => {
        await ui.chooseQuickFix(options.fixLabel);
        const text = await ui.waitForEditorText((t) => t.includes(options.fixedText));
        await ui.waitForNoSquiggles();
        const count = await ui.waitForProblems((c) => c.errors + c.warnings + c.infos === 0);
        return `line now ${JSON.stringify(text.split('\n').find((l) => l.includes(options.fixedText)))}, Problems "${count.label}"; screenshot ${await ui.screenshot('06-fixed')}`;
      },
    ],
  ];
  if (options.command !== '') {
    steps.push([
      'a command from the palette',
      async (ui) => {
        await ui.page.keyboard.press('Control+z');
        await ui.waitForEditorText((t) => t.includes(options.word) && !t.includes(options.fixedText));
        await ui.waitForSquiggles();
        await ui.runCommand(options.command);
        await ui.waitForEditorText((t) => t.includes(options.fixedText));
        await ui.waitForNoSquiggles();
        return `"${options.command}" ran; screenshot ${await ui.screenshot('07-command')}`;
      },
    ]);
  }

  let passed = 0;
  let failed = 0;
  const ui = await openWorkbench({
    extensionPath: options.extensionPath,
    workspace: options.workspace,
    screenshotsDir: options.shotsDir,
    verbose: options.verbose,
  });
  try {
    for (const [name, step] of steps) {
      const started = Date.now();
      try {
        const detail = await step(ui);
        passed++;
        process.stdout.write(`  ✔ ${name} (${Date.now() - started} ms): ${detail}\n`);
      } catch (error) {
        failed++;
        const shot = await ui.screenshot(`failed-${passed + failed}`).catch(() => 'none');
        process.stdout.write(`  ✘ ${name}: ${error instanceof Error ? error.message : String(error)} (screenshot ${shot})\n`);
        break; // later steps depend on this one
      }
    }
  } finally {
    await ui.close();
  }
  return { passed, failed };
}

async function main(): Promise<void> {
  try {
    const options = parse(process.argv.slice(2));
    process.stdout.write(`UI smoke: ${options.extensionPath} on ${options.workspace}, screenshots in ${options.shotsDir}\n`);
    const { passed, failed } = await smoke(options);
    process.stdout.write(`smoke: ${passed} passed, ${failed} failed\n`);
    process.exitCode = failed === 0 ? 0 : 1;
  } catch (error) {
    process.stderr.write(`[smoke] ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  void main();
}
