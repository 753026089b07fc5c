// Pieces of the HTML report: a tab's panel (its code with findings inline at their lines, diffs, outputs), and
// the drift table. Every text from a page or a run is escaped here.
import type { DriftTable, Finding, TabResult } from '../../types.ts';
import { releaseOf } from '../drift.ts';
import { langColumn } from '../matrix.ts';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A status badge: the word itself, so colour is never the only cue. */
export function badge(status: string): string {
  return `<span class="badge ${escapeHtml(status)}">${escapeHtml(status)}</span>`;
}

/** A unified diff with removed, added and hunk lines marked (documented is `-`, actual is `+`). */
function diffBlock(diff: string): string {
  const lines = diff.split('\n').map((line) => {
    const kind = line.startsWith('@@')
      ? 'hunk'
      : line.startsWith('-') && !line.startsWith('---')
        ? 'del'
        : line.startsWith('+') && !line.startsWith('+++')
          ? 'ins'
          : '';
    return kind ? `<span class="${kind}">${escapeHtml(line)}</span>` : `${escapeHtml(line)}\n`;
  });
  return `<div class="diff" aria-label="documented (-) against actual (+) output">${lines.join('')}</div>`;
}

/** One finding as a list item inside the code, at its line. */
function findingItem(finding: Finding): string {
  const diff = finding.diff ? diffBlock(finding.diff) : '';
  return `<li class="finding ${finding.severity}" data-line="${finding.line}"><span class="kind">${escapeHtml(`${finding.severity} ${finding.kind}`)}</span> at line ${finding.line}: ${escapeHtml(finding.message)}${diff}</li>`;
}

/** Where each finding goes: after the last code line at or before its page line (before the code when none is). */
function findingsByLine(result: TabResult): Map<number, Finding[]> {
  const lines = result.codeLines ?? [];
  const at = new Map<number, Finding[]>();
  for (const finding of result.findings) {
    let index = -1;
    for (const [i, line] of lines.entries()) if (line <= finding.line) index = i;
    at.set(index, [...(at.get(index) ?? []), finding]);
  }
  return at;
}

/** The tab's code, numbered with page lines, its findings inline. */
function codeBlock(result: TabResult): string {
  const lines = (result.code ?? '').split('\n');
  const pageLines = result.codeLines ?? [];
  const at = findingsByLine(result);
  const items = [...(at.get(-1) ?? []).map(findingItem)];
  for (const [i, text] of lines.entries()) {
    items.push(`<li value="${pageLines[i] ?? result.line + i}"><code>${escapeHtml(text)}</code></li>`);
    items.push(...(at.get(i) ?? []).map(findingItem));
  }
  return `<div class="code" role="region" aria-label="code, numbered with page lines"><ol>${items.join('')}</ol></div>`;
}

/** An output stream, folded unless it is all the tab printed and it failed. */
function stream(name: string, text: string, open: boolean): string {
  if (!text.trim()) return '';
  return `<details${open ? ' open' : ''}><summary>${escapeHtml(name)}</summary><pre>${escapeHtml(text)}</pre></details>`;
}

/** The calls the server saw from the tab, folded: method, names, meaning-carrying fields, and what the server answered. */
function serverCalls(result: TabResult): string {
  if (!result.calls?.length) return '';
  const rows = result.calls.map((call) => {
    const names = Object.entries(call.names).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v}`);
    const fields = Object.entries(call.fields).map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.join(', ')}]` : v}`);
    const answer = call.status.ok ? 'ok' : `${call.status.code}${call.status.reason ? `: ${call.status.reason}` : ''}`;
    return `<tr><td>${escapeHtml(call.method)}</td><td>${escapeHtml([...names, ...fields].join(' '))}</td><td>${call.status.ok ? '' : '<strong>refused</strong> '}${escapeHtml(answer)}</td></tr>`;
  });
  return `<details><summary>Server calls (${result.calls.length})</summary><table><thead><tr><th scope="col">Method</th><th scope="col">Names and fields</th><th scope="col">Answer</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
}

/** The label of a tab button: its language, the release in a drift matrix, and its badge. */
export function tabLabel(result: TabResult, showRelease: boolean): string {
  const release = showRelease && result.sdk ? ` ${releaseOf(result.sdk)}` : '';
  return `${escapeHtml(langColumn(result) + release)} ${badge(result.status)}`;
}

/** A tab's panel: where it is, what it ran with, the code with findings, and what it printed. */
export function tabPanel(result: TabResult): string {
  const facts = [
    `lines ${result.line}–${result.endLine}`,
    result.sdk,
    `${(result.durationMs / 1000).toFixed(2)} s`,
    result.cached ? 'reused from the cache' : undefined,
    result.skipReason ? `skipped: ${result.skipReason}` : undefined,
  ].filter((fact): fact is string => Boolean(fact));
  return [
    `<p class="where">${badge(result.status)} <strong>${escapeHtml(result.id)}</strong> · ${facts.map(escapeHtml).join(' · ')}</p>`,
    codeBlock(result),
    serverCalls(result),
    stream('stdout', result.stdout, result.status === 'fail'),
    stream('stderr', result.stderr, result.status === 'fail' && !result.stdout.trim()),
  ].join('\n');
}

/** A drift table: tabs × releases, changed cells marked (in words too), untested tabs said. */
export function driftTable(table: DriftTable): string {
  const head = table.versions.map((v) => `<th scope="col">${escapeHtml(releaseOf(v))}</th>`).join('');
  const rows = table.rows.map((row) => {
    const cells = row.cells.map((cell) => {
      const changed = cell.changed ? ' <span class="sr-only">(changed)</span>★' : '';
      return `<td${cell.changed ? ' class="changed"' : ''}>${badge(cell.status)}${changed}${cell.finding ? ` ${escapeHtml(cell.finding)}` : ''}</td>`;
    });
    const untested = row.untested ? ' <em>(not tested against the SDK)</em>' : '';
    return `<tr><th scope="row">${escapeHtml(`${row.id} :${row.line}`)}${untested}</th>${cells.join('')}</tr>`;
  });
  return `<h3>Drift, ${escapeHtml(table.lang)} (★ changed from the release before)</h3><table><thead><tr><th scope="col">Tab</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
