import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { agreementMatrix, describeSource, type FactTable } from '../engine';
import type { SourceLocator } from './sources';
import { toRange } from './tables';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const LEGEND: Record<string, string> = { agrees: 'agrees with the cited value', disagrees: 'disagrees', missing: 'not reported' };

/** The matrix as HTML: theme colours only, no remote content, one nonce'd script that posts clicks back. */
export function agreementHtml(table: FactTable, cspSource: string, nonce: string): string {
  const { sources, rows } = agreementMatrix(table, describeSource);
  const head = sources.map((s) => `<th title="${escapeHtml(s.title)}">${escapeHtml(s.id)}</th>`).join('');
  const body = rows
    .map(({ fact, cells }) => {
      const tds = cells
        .map((c) => {
          const label = c.value ?? '—';
          const title = `${c.source}: ${LEGEND[c.agreement]}${c.claim?.quote ? ` — “${c.claim.quote}”` : ''}`;
          return `<td class="${c.agreement}" data-fact="${escapeHtml(fact.id)}" data-source="${escapeHtml(c.source)}" title="${escapeHtml(title)}" tabindex="0">${escapeHtml(label)}</td>`;
        })
        .join('');
      const contested = fact.contested ? ' <span class="tag">contested</span>' : '';
      return `<tr><th scope="row" title="${escapeHtml(fact.id)}">${escapeHtml(fact.label)}${contested}</th>${tds}</tr>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  table { border-collapse: collapse; }
  th, td { border: 1px solid var(--vscode-panel-border); padding: 4px 8px; text-align: left; }
  thead th { position: sticky; top: 0; background: var(--vscode-editor-background); }
  td { cursor: pointer; }
  td.agrees { background: color-mix(in srgb, var(--vscode-testing-iconPassed) 25%, transparent); }
  td.disagrees { background: color-mix(in srgb, var(--vscode-testing-iconFailed) 30%, transparent); }
  td.missing { color: var(--vscode-disabledForeground); cursor: default; }
  td:focus { outline: 1px solid var(--vscode-focusBorder); }
  .tag { font-size: 85%; padding: 0 4px; border-radius: 3px; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
  .legend span { display: inline-block; margin-right: 12px; padding: 0 6px; }
</style></head>
<body>
<p class="legend"><span class="agrees">■ agrees</span><span class="disagrees">■ disagrees</span><span class="missing">■ not reported</span> — click a cell to open the quote.</p>
<table><thead><tr><th>Fact</th>${head}</tr></thead><tbody>
${body}
</tbody></table>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  const open = (td) => { if (td && !td.classList.contains('missing')) vscode.postMessage({ fact: td.dataset.fact, source: td.dataset.source }); };
  document.addEventListener('click', (e) => open(e.target.closest('td')));
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(document.activeElement.closest('td')); });
</script>
</body></html>`;
}

/** Shows the source agreement matrix of a table; clicking a cell opens that source's quote. */
export function showAgreement(table: FactTable, tablePath: string, locator: SourceLocator): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel('crosscheck.agreement', 'Source Agreement', vscode.ViewColumn.Beside, {
    enableScripts: true,
    localResourceRoots: [],
  });
  panel.webview.html = agreementHtml(table, panel.webview.cspSource, randomBytes(16).toString('base64'));
  panel.webview.onDidReceiveMessage(async (msg: { fact?: unknown; source?: unknown }) => {
    if (typeof msg.fact !== 'string' || typeof msg.source !== 'string') return;
    const fact = table.facts.find((f) => f.id === msg.fact);
    const claim = fact?.claims.find((c) => c.source === msg.source);
    if (!claim) return;
    const at = locator.locate(table, tablePath, claim.source, claim.quote);
    const target = at ?? new vscode.Location(vscode.Uri.file(tablePath), toRange(claim.range));
    await vscode.window.showTextDocument(target.uri, { selection: target.range, viewColumn: vscode.ViewColumn.One });
  });
  return panel;
}
