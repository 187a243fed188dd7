import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { answerPick, api, codeOf, crosscheckDiagnostics, eventually, openDraft, setText, waitFor, workspaceUri } from './helpers';

const byCode = (diags: vscode.Diagnostic[], code: string) => diags.filter((d) => codeOf(d) === code);

async function draftFindings(doc: vscode.TextDocument, count: number): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const d = crosscheckDiagnostics(doc.uri);
    return d.length === count ? d : undefined;
  }, `${count} diagnostics on ${doc.uri.fsPath}`);
}

describe('Crosscheck in a real VS Code', function () {
  let doc: vscode.TextDocument;
  let original: string;

  before(async () => {
    await api();
    doc = await openDraft('blockade.md');
    original = doc.getText();
  });

  after(async () => {
    for (const d of vscode.workspace.textDocuments) {
      if (d.isDirty) {
        await vscode.window.showTextDocument(d);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
  });

  it('publishes one diagnostic per finding, with verdict code, range and message', async () => {
    const diags = await draftFindings(doc, 5);
    const text = (d: vscode.Diagnostic) => doc.getText(d.range);
    const disagrees = byCode(diags, 'disagrees');
    assert.deepEqual(disagrees.map(text).sort(), ['$25mn', '14', 'Tuesday']);
    const ships = disagrees.find((d) => text(d) === '14');
    assert.ok(ships);
    assert.deepEqual([ships.range.start.line, ships.range.start.character], [7, 20]);
    assert.equal(ships.message, '14 warships disagrees with 12 (ledger, courier)');
    assert.equal(ships.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(byCode(diags, 'misspelled').map(text)[0], 'Adaeze Okafer');
    const contested = byCode(diags, 'contested')[0];
    assert.equal(text(contested), 'Some 1,500');
    assert.equal(contested.severity, vscode.DiagnosticSeverity.Information);
    // The code links to the verdict's explanation in the README.
    assert.ok(typeof ships.code === 'object' && ships.code.target.toString().endsWith('README.md#verdicts-disagrees'));
    // Each source's quote is related information, pointing into the source file.
    const related = ships.relatedInformation ?? [];
    assert.deepEqual(related.map((r) => r.location.uri.fsPath.split(/[\\/]/).pop()).sort(), ['courier.md', 'ledger.md']);
    const ledger = await vscode.workspace.openTextDocument(related.find((r) => r.location.uri.fsPath.endsWith('ledger.md'))!.location.uri);
    assert.equal(ledger.getText(related.find((r) => r.location.uri.fsPath.endsWith('ledger.md'))!.location.range), 'a line of 12 warships');
  });

  it('shows a hover card with the fact, the cited value and every source, with table text escaped', async () => {
    const at = doc.positionAt(doc.getText().indexOf('14 warships') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const card = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(card, /Warships enforcing the blockade/);
    assert.match(card, /Cited value: \*\*12\*\*/);
    assert.match(card, /Blockade enters its second week/);
    assert.match(card, /a line of 12 warships/);
    assert.match(card, /command:crosscheck\.openFact/);
    // The table's title tries to inject a link and HTML: both arrive as escaped text.
    assert.ok(card.includes('\\[on\\]\\(https\\:\\/\\/evil\\.example\\)'), card);
    assert.ok(card.includes('\\<b\\>northern\\<\\/b\\>'), card);
    // Agreeing claims have a card too.
    const agreeing = doc.positionAt(doc.getText().indexOf('about 3,000') + 7);
    const more = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, agreeing);
    const agreeingCard = more
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(agreeingCard, /`agrees`/);
    assert.match(agreeingCard, /Sailors aboard the blockade fleet/);
    // The card and the status bar say which date the draft was read against, and where it came from.
    const unescaped = (t: string) => t.replace(/\\(.)/g, '$1');
    assert.ok(unescaped(card).includes('Read against 2026-03-05, from the front matter on line 3'), card);
    const { status } = await api();
    const shown = await waitFor(() => (status.shown?.tooltip.includes('Read against') ? status.shown : undefined), 'the status bar tooltip');
    assert.ok(unescaped(shown.tooltip).includes('Read against 2026-03-05, from the front matter on line 3'), shown.tooltip);
  });

  it("offers quick fixes, and the preferred one puts in the cited value in the draft's style", async () => {
    const diags = await draftFindings(doc, 5);
    const money = diags.find((d) => doc.getText(d.range) === '$25mn');
    assert.ok(money);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, money.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Ignore this claim'), titles.join(', '));
    assert.ok(titles.includes('Show fact in table'));
    const preferred = actions.find((a) => a.isPreferred);
    assert.equal(preferred?.title, 'Replace with cited value $20mn');
    assert.equal(preferred?.kind?.value, 'quickfix');
    await vscode.commands.executeCommand(preferred!.command!.command, ...(preferred!.command!.arguments ?? []));
    assert.ok(doc.getText().includes('a $20mn relief fund'), doc.getText());
    await draftFindings(doc, 4);
  });

  it('offers one fix per source value on a contested claim', async () => {
    const diags = await draftFindings(doc, 4);
    const contested = diags.find((d) => codeOf(d) === 'contested');
    assert.ok(contested);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, contested.range);
    assert.ok(
      actions.some((a) => a.title === 'Use Some 1,200 (ledger)'),
      actions.map((a) => a.title).join(', '),
    );
  });

  it('never overwrites text a fix was not computed for', async () => {
    const diags = await draftFindings(doc, 4);
    const ships = diags.find((d) => doc.getText(d.range) === '14');
    assert.ok(ships);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, ships.range);
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred?.command);
    // The writer types before the fix is applied.
    await setText(doc, doc.getText().replace('14 warships', '15 warships'));
    await vscode.commands.executeCommand(preferred.command.command, ...(preferred.command.arguments ?? []));
    assert.ok(doc.getText().includes('15 warships'), 'the stale fix must not apply');
    await setText(doc, original);
    await draftFindings(doc, 5);
  });

  it('offers Fix All as a source action', async () => {
    await draftFindings(doc, 5);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.crosscheck',
    );
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.crosscheck');
    assert.ok(fixAll?.command, JSON.stringify(actions.map((a) => a.title)));
    await vscode.commands.executeCommand(fixAll.command.command, ...(fixAll.command.arguments ?? []));
    const text = doc.getText();
    assert.ok(text.includes('parked 12 warships') && text.includes('Adaeze Okafor told') && text.includes('on Monday'), text);
    await setText(doc, original);
    await draftFindings(doc, 5);
  });

  it('re-checks open drafts when the table changes in the editor, unsaved', async () => {
    const table = await vscode.workspace.openTextDocument(workspaceUri('facts.yaml'));
    const tableText = table.getText();
    await setText(table, tableText.replace(/value: 12, quote/g, 'value: 14, quote'));
    const after = await waitFor(() => {
      const d = crosscheckDiagnostics(doc.uri);
      return d.length === 4 && !d.some((x) => doc.getText(x.range) === '14') ? d : undefined;
    }, 'the draft to be re-checked against the edited table');
    assert.equal(byCode(after, 'disagrees').length, 2);
    await setText(table, tableText);
    await draftFindings(doc, 5);
  });

  it('loads a large table off the extension host, then re-checks drafts against it', async () => {
    const { tables } = await api();
    const table = await vscode.workspace.openTextDocument(workspaceUri('facts.yaml'));
    const tableText = table.getText();
    const factsBefore = (await tables.ready(table.uri.fsPath)).table?.facts.length ?? 0;
    const filler = Array.from(
      { length: 1500 },
      (_, i) => `  filler-${i}:\n    label: Filler fact ${i}\n    kind: number\n    cues: [filler]\n    value: ${i}\n`,
    );
    await setText(table, tableText.replace(/value: 12, quote/g, 'value: 14, quote') + filler.join(''));
    // Reloading now, rather than after the store's pause for typing, shows the state while the worker loads.
    const waiting = tables.reload(table.uri.fsPath);
    assert.equal(waiting.loading, true, 'a table this large loads in the worker');
    assert.equal(waiting.table?.facts.length, factsBefore, 'meanwhile the previous version stays in use');
    const loaded = await tables.ready(table.uri.fsPath);
    assert.equal(loaded.loading, false);
    assert.equal(loaded.table?.facts.length, factsBefore + 1500);
    await waitFor(() => {
      const d = crosscheckDiagnostics(doc.uri);
      return d.length === 4 && !d.some((x) => doc.getText(x.range) === '14') ? d : undefined;
    }, 'the draft to be re-checked against the large table');
    await setText(table, tableText);
    await draftFindings(doc, 5);
  });

  it('shows table problems at their line and column while drafts keep their findings', async () => {
    const table = await vscode.workspace.openTextDocument(workspaceUri('facts.yaml'));
    const tableText = table.getText();
    await setText(table, tableText.replace('kind: money', 'kind: moolah').replace('source: courier, value: 1500', 'source: gazette, value: 1500'));
    const problems = await waitFor(() => {
      const d = crosscheckDiagnostics(table.uri);
      return d.length >= 2 ? d : undefined;
    }, 'table diagnostics');
    const kind = problems.find((p) => p.message.includes('moolah'));
    assert.ok(kind, problems.map((p) => p.message).join('; '));
    const kindLine = tableText.split('\n').findIndex((l) => l.includes('kind: money'));
    assert.equal(kind.range.start.line, kindLine);
    assert.equal(table.getText(kind.range), 'moolah');
    assert.ok(problems.some((p) => p.message.includes('gazette')));
    // Drafts are still checked, against the last valid table.
    await setText(doc, original.replace('14 warships', '16 warships'));
    const draft = await waitFor(() => {
      const d = crosscheckDiagnostics(doc.uri);
      return d.some((x) => doc.getText(x.range) === '16') ? d : undefined;
    }, 'the draft to be checked while the table is broken');
    assert.equal(draft.length, 5);
    await setText(table, tableText);
    await waitFor(() => (crosscheckDiagnostics(table.uri).length === 0 ? true : undefined), 'table problems to clear');
    await setText(doc, original);
  });

  it('completes source ids inside claims', async () => {
    const table = await vscode.workspace.openTextDocument(workspaceUri('facts.yaml'));
    assert.equal(table.languageId, 'crosscheck-facts');
    const line = table
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('{ source: ledger, value: 12'));
    const character = table.lineAt(line).text.indexOf('source: ') + 'source: '.length;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      table.uri,
      new vscode.Position(line, character),
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('ledger') && labels.includes('courier'), labels.join(', '));
  });

  it('accepts a misspelled name as an alias: the table is edited in place, the claim agrees, and undo restores the table byte for byte', async () => {
    // Quick fixes come from the check of the text as it is now: wait for that, not only for five diagnostics.
    const { checker } = await api();
    await waitFor(() => checker.current(doc), 'the check of the draft as it is now');
    const diags = await draftFindings(doc, 5);
    const name = diags.find((d) => codeOf(d) === 'misspelled');
    assert.ok(name);
    const table = await vscode.workspace.openTextDocument(workspaceUri('facts.yaml'));
    const before = table.getText();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, name.range);
    const accept = actions.find((a) => a.title === 'Accept as an alias of Adaeze Okafor');
    assert.ok(accept?.command, actions.map((a) => a.title).join(', '));
    assert.equal(await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? [])), true);
    assert.equal(table.getText(), before.replace('aliases: [Okafor]', 'aliases: [Okafor, Adaeze Okafer]'));
    const after = await draftFindings(doc, 4);
    assert.ok(!after.some((d) => codeOf(d) === 'misspelled'));
    await vscode.window.showTextDocument(table);
    await vscode.commands.executeCommand('undo');
    assert.equal(table.getText(), before);
    await vscode.window.showTextDocument(doc);
    await draftFindings(doc, 5);
  });

  it("offers 'Add to fact table' on a claim no fact covers: the fact is written as the picked source's claim, the claim agrees, and undo restores the table byte for byte", async () => {
    const { checker } = await api();
    const table = await vscode.workspace.openTextDocument(workspaceUri('facts.yaml'));
    const before = table.getText();
    const extra = `${original}\nA further 40 tugboats waited outside the harbour.\n`;
    await setText(doc, extra);
    await waitFor(() => checker.current(doc), 'the check of the draft with the new sentence');
    const at = extra.indexOf('40 tugboats');
    const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + 2));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
    const add = actions.find((a) => a.title === 'Add to fact table: 40');
    const command = add?.command;
    assert.ok(command, actions.map((a) => a.title).join(', '));
    // The picker lists the table's sources first: the first is ledger.
    const factId = await answerPick(() => vscode.commands.executeCommand<string | undefined>(command.command, ...(command.arguments ?? [])), 'first');
    assert.equal(factId, 'tugboat-40');
    const added = table.getText();
    assert.ok(added.startsWith(before), 'the rest of the table is unchanged');
    assert.equal(
      added.slice(before.length),
      [
        '  tugboat-40:',
        "    # draft drafts/blockade.md: the quote is the draft's sentence; put in ledger's own words",
        '    label: "Tugboats waited outside the harbour"',
        '    kind: number',
        '    unit: tugboat',
        '    claims:',
        '      - { source: ledger, value: 40, quote: "A further 40 tugboats waited outside the harbour." }',
        '',
      ].join('\n'),
    );
    // The draft is checked again against the edited (unsaved) table: the claim now agrees with ledger.
    const agreed = await eventually(async () => {
      const checked = await checker.checkText('test:tugboats', doc.uri, doc.getText(), true);
      const finding = checked?.result.findings.find((f) => f.start === at);
      return finding?.factId === 'tugboat-40' ? finding : undefined;
    }, 'the claim to match the new fact');
    assert.equal(agreed.verdict, 'agrees');
    assert.deepEqual(
      agreed.sources.map((s) => s.source),
      ['ledger'],
    );
    await vscode.window.showTextDocument(table);
    await vscode.commands.executeCommand('undo');
    assert.equal(table.getText(), before);
    await setText(doc, original);
    await vscode.window.showTextDocument(doc);
    await draftFindings(doc, 5);
  });

  it('adds a claim that matches no fact to the table as a new fact, on command at the cursor', async () => {
    const table = await vscode.workspace.openTextDocument(workspaceUri('facts.yaml'));
    const before = table.getText();
    const extra = `${original}\nA further 40 tugboats waited outside the harbour.\n`;
    await setText(doc, extra);
    // The table was edited and undone a moment ago: wait for a check against it as it is now, where 40 has no fact.
    const { checker } = await api();
    const claimStart = extra.indexOf('40 tugboats');
    await eventually(async () => {
      const checked = await checker.claimsOf(doc);
      return checked?.result.claims.some((c) => c.start === claimStart) && !checked.result.findings.some((f) => f.start === claimStart) ? true : undefined;
    }, 'a check in which 40 tugboats matches no fact');
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.positionAt(claimStart + 1);
    editor.selection = new vscode.Selection(at, at);
    // The last item of the picker records the claim as a draft note, with no source said to report it.
    const factId = await answerPick(() => vscode.commands.executeCommand<string | undefined>('crosscheck.addToTable'), 'last');
    assert.equal(factId, 'tugboat-40');
    const added = table.getText();
    assert.ok(added.startsWith(before), 'the rest of the table is unchanged');
    const fact = added.slice(before.length);
    assert.ok(fact.startsWith('  tugboat-40:\n    # draft drafts/blockade.md: A further 40 tugboats waited outside the harbour.\n'), fact);
    assert.ok(fact.includes('    kind: number\n') && fact.includes('    value: 40\n'), fact);
    await setText(table, before);
    await setText(doc, original);
    await vscode.window.showTextDocument(doc);
    await draftFindings(doc, 5);
  });

  it('checks every draft in the workspace on command, open or not', async () => {
    const followup = workspaceUri('drafts', 'followup.md');
    assert.equal(crosscheckDiagnostics(followup).length, 0);
    await vscode.commands.executeCommand('crosscheck.checkWorkspace');
    const diags = crosscheckDiagnostics(followup);
    assert.deepEqual(diags.map(codeOf), ['disagrees']);
  });

  it('shows the source agreement matrix in a webview', async () => {
    await vscode.window.showTextDocument(doc);
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('crosscheck.showAgreement');
    assert.ok(panel);
    await waitFor(() => (panel.visible ? true : undefined), 'the agreement panel to show');
    const html = panel.webview.html;
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.match(html, /class="disagrees" data-fact="dock-workers" data-source="courier"/);
    assert.ok(!html.includes('<b>northern</b>'), 'table text is escaped in the webview');
    panel.dispose();
  });
});
