import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { main } from '../../../src/cli/main';
import { loadTable } from '../../../src/engine';
import { nearestTable } from '../../../src/host/tableFiles';
import { api, codeOf, crosscheckDiagnostics, setText, waitFor, workspaceUri } from './helpers';

/** The CLI run in-process on a draft's current text, as CI would run it on the saved file. */
function cliFlags(text: string): string[] {
  let out = '';
  main(['check', '--quiet', '--table', workspaceUri('facts.yaml').fsPath, '-'], { out: (s) => (out += s), err: () => undefined, stdin: () => text });
  return out.split('\n').filter(Boolean);
}

describe('Crosscheck in a newsroom repository', function () {
  it('leaves an unrelated facts.yaml alone: its own language, no diagnostics, its text untouched', async () => {
    const { checker } = await api();
    const uri = workspaceUri('ops', 'facts.yaml');
    const before = fs.readFileSync(uri.fsPath, 'utf8');
    const yaml = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(yaml);
    const notes = await vscode.workspace.openTextDocument(workspaceUri('ops', 'notes.md'));
    await vscode.window.showTextDocument(notes);
    await checker.checkNow(notes);
    assert.notEqual(yaml.languageId, 'crosscheck-facts');
    assert.deepEqual(crosscheckDiagnostics(uri), []);
    assert.deepEqual(crosscheckDiagnostics(notes.uri), []);
    assert.equal(yaml.isDirty, false);
    assert.equal(fs.readFileSync(uri.fsPath, 'utf8'), before);
  });

  it('checks only the drafts: not the sources the table lists, nor the README', async () => {
    await vscode.commands.executeCommand('crosscheck.checkWorkspace');
    assert.equal(crosscheckDiagnostics(workspaceUri('drafts', 'paragraph.md')).length, 3);
    for (const notDraft of [['README.md'], ['sources', 'ledger.md'], ['sources', 'courier.md']]) {
      assert.deepEqual(crosscheckDiagnostics(workspaceUri(...notDraft)), [], notDraft.join('/'));
    }
    // Opened in the editor, the README is still not a draft.
    const { checker } = await api();
    const readme = await vscode.workspace.openTextDocument(workspaceUri('README.md'));
    assert.equal(checker.isDraft(readme), false);
  });

  it('ignores one claim of a paragraph with three findings, and the CLI agrees', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('drafts', 'paragraph.md'));
    await vscode.window.showTextDocument(doc);
    const original = doc.getText();
    const three = await waitFor(() => {
      const d = crosscheckDiagnostics(doc.uri);
      return d.length === 3 ? d : undefined;
    }, 'three findings in the paragraph');
    assert.deepEqual(three.map(codeOf), ['disagrees', 'disagrees', 'disagrees']);
    const fund = three.find((d) => doc.getText(d.range) === '$25mn');
    assert.ok(fund);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, fund.range);
    const ignore = actions.find((a) => a.title === 'Ignore this claim');
    assert.ok(ignore?.edit);
    await vscode.workspace.applyEdit(ignore.edit);
    assert.ok(doc.getText().includes('<!-- crosscheck-ignore-next-line relief-fund -->'), doc.getText());
    const two = await waitFor(() => {
      const d = crosscheckDiagnostics(doc.uri);
      return d.length === 2 ? d : undefined;
    }, 'two findings left');
    assert.deepEqual(two.map((d) => doc.getText(d.range)).sort(), ['1,900', '14']);
    const cli = cliFlags(doc.getText());
    assert.equal(cli.length, 2, cli.join('\n'));
    assert.ok(
      cli.every((l) => !l.includes('relief-fund')),
      cli.join('\n'),
    );
    await setText(doc, original);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('says when a draft has no table above it, offers to build one, and shows no findings', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-notable-'));
    const file = path.join(dir, 'draft.md');
    try {
      // Discovery walks up to the root: a table above the temp folder would be found, rightly.
      if (nearestTable(file)) this.skip();
      fs.writeFileSync(file, 'The navy sent 14 warships.\n');
      const { status } = await api();
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(doc);
      const shown = await waitFor(() => (status.shown?.text.includes('No fact table') ? status.shown : undefined), 'the no-table status');
      assert.equal(shown.command, 'crosscheck.buildTable');
      assert.deepEqual(crosscheckDiagnostics(doc.uri), []);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("builds a story folder's table from its sources only, opens it, and names the contested facts", async () => {
    const story = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-build-'));
    const files: Record<string, string> = {
      'sources/valley-courier.md':
        '# Grain silo fire closes the Ostrava road\n\nPublished 2026-04-14\n\nA fire at the Brenna grain cooperative destroyed 14 silos on Monday, the county fire service said.\nSome 230 firefighters fought the blaze through the night.\n',
      'sources/hill-gazette.md':
        '# Silo blaze at Brenna\n\nPublished 2026-04-14\n\nFire destroyed 11 silos at the Brenna grain cooperative on Monday, according to the county fire service.\nAround 230 firefighters were sent to the site.\n',
      // Neither is a source: the draft is in drafts/, the README is about the folder.
      'drafts/silos.md': 'The fire destroyed 12 silos and 900 firefighters came.\n',
      'README.md': 'Desk notes: 40 silos, 7 firefighters.\n',
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(story, name)), { recursive: true });
      fs.writeFileSync(path.join(story, name), text);
    }
    const outcome = await vscode.commands.executeCommand<{ uri: vscode.Uri; contested: string[] } | undefined>('crosscheck.buildTable', vscode.Uri.file(story));
    assert.ok(outcome);
    const tablePath = path.join(story, 'facts.yaml');
    assert.equal(outcome.uri.fsPath, tablePath);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, tablePath, 'the table is opened');
    const written = loadTable(fs.readFileSync(tablePath, 'utf8')).table;
    assert.ok(written);
    assert.deepEqual([...written.sources.values()].map((s) => s.path).sort(), ['sources/hill-gazette.md', 'sources/valley-courier.md']);
    const contested = written.facts.filter((f) => f.contested);
    assert.deepEqual(
      outcome.contested,
      contested.map((f) => f.id),
    );
    assert.deepEqual(
      contested.map((f) => f.claims.map((c) => c.value).sort()),
      [[11, 14]],
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    fs.rmSync(story, { recursive: true, force: true });
  });
});
