// Checks a run's findings against a page's markers both ways, as markdownlint's tests do: every marker is met, and
// every finding that must be expected has its marker.
import type { Finding } from '../../harness/types.ts';
import type { Marker } from './markers.ts';

/** A finding as a report lists it: page-level ones have no tab id. */
export type ReportedFinding = Finding & { readonly id?: string };

/** Where a tab is on the page. */
export interface TabSpan {
  readonly id: string;
  readonly line: number;
  readonly endLine: number;
}

/**
 * Which findings need a marker: `errors` (every error finding), `tabs` (those, and every finding of a tab, warnings
 * included), `all` (every finding: under `--strict`, warnings count too).
 */
export type Exactness = 'errors' | 'tabs' | 'all';

/** What is wrong, one line per unmet marker and per finding that has no marker ([] when the page is as it says). */
export function checkMarkers(markers: readonly Marker[], findings: readonly ReportedFinding[], tabs: readonly TabSpan[], exact: Exactness = 'tabs'): string[] {
  const problems: string[] = [];
  const claimed = new Set<number>();
  // The most specific markers first, so that a bare `lint` does not take the finding a `lint /…/` needs.
  const ordered = [...markers].sort((a, b) => specificity(b) - specificity(a));
  for (const marker of ordered) {
    const index = findings.findIndex((f, i) => !claimed.has(i) && meets(f, marker, tabs));
    if (index >= 0) claimed.add(index);
    else {
      const there = findings.filter((f) => f.line === marker.line).map(describeFinding);
      problems.push(`line ${marker.line}: no ${describeMarker(marker, tabs)}${there.length ? `; found there: ${there.join('; ')}` : '; no finding there'}`);
    }
  }
  findings.forEach((f, i) => {
    if (!claimed.has(i) && needsMarker(f, exact)) problems.push(`line ${f.line}: ${describeFinding(f)} has no marker`);
  });
  return problems.sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
}

/** True when the finding is the one the marker expects. */
function meets(f: ReportedFinding, m: Marker, tabs: readonly TabSpan[]): boolean {
  if (f.line !== m.line || f.kind !== m.kind || f.severity !== m.severity) return false;
  if (m.pattern && !m.pattern.test(f.message)) return false;
  if (m.tab === 'page') return f.id === undefined;
  if (m.tab) return f.id === m.tab;
  const around = tabAt(m.line, tabs);
  return f.id === undefined || around === undefined || f.id === around;
}

function needsMarker(f: ReportedFinding, exact: Exactness): boolean {
  return f.severity === 'error' || exact === 'all' || (exact === 'tabs' && f.id !== undefined);
}

function specificity(m: Marker): number {
  return (m.pattern ? 2 : 0) + (m.tab ? 1 : 0);
}

/** The id of the tab whose lines hold `line`, if any. */
function tabAt(line: number, tabs: readonly TabSpan[]): string | undefined {
  return tabs.find((t) => t.line <= line && line <= t.endLine)?.id;
}

function describeMarker(m: Marker, tabs: readonly TabSpan[]): string {
  const tab = m.tab ?? tabAt(m.line, tabs);
  return `${m.kind} ${m.severity}${m.pattern ? ` matching ${m.pattern}` : ''}${tab ? ` in ${tab}` : ''} (marker on line ${m.at})`;
}

function describeFinding(f: ReportedFinding): string {
  const message = f.message.length > 240 ? `${f.message.slice(0, 240)}…` : f.message;
  return `${f.kind} ${f.severity} ${JSON.stringify(message)}${f.id ? ` (${f.id})` : ''}`;
}

/** The page line of the one marker of `kind` in tab `id` (for a check whose text names the line: `declared at line 142`). */
export function markedLine(markers: readonly Marker[], tabs: readonly TabSpan[], id: string, kind: Marker['kind']): number {
  const lines = markers.filter((m) => m.kind === kind && (m.tab ?? tabAt(m.line, tabs)) === id).map((m) => m.line);
  if (lines.length !== 1) throw new Error(`${lines.length} ${kind} markers in ${id}, expected one`);
  return lines[0]!;
}
