// Findings as a reader wants them listed: the same finding at several SDK releases once, naming the releases.
import type { Finding, Lang, PageReport } from '../types.ts';
import { driftingLangs, releaseOf } from './drift.ts';

/** A finding with the releases it was found at (empty outside a drift matrix). */
export type GroupedFinding = Finding & { id?: string; lang?: Lang; releases: string[] };

/** The report's findings, identical ones at several releases merged, naming them for languages run at several (page-line order kept). */
export function groupedFindings(report: PageReport): GroupedFinding[] {
  const drifting = driftingLangs(report);
  const groups = new Map<string, GroupedFinding>();
  for (const f of report.findings) {
    const key = JSON.stringify([f.line, f.severity, f.kind, f.id, f.message, f.diff]);
    const group = groups.get(key) ?? { ...f, releases: [] };
    if (f.sdk && f.lang && drifting.has(f.lang)) group.releases.push(releaseOf(f.sdk));
    groups.set(key, group);
  }
  return [...groups.values()];
}
