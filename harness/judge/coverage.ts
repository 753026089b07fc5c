// Counts what a run tested: program tabs, judged, not judged by skip code, placeholders and tab parity, per page and
// added up over pages (a run, or merged shards). Counts only data (`status`, `skip.code`), never a message.
import type { Coverage, Lang, NotJudgedReason, Page, PageReport, TabResult } from '../types.ts';
import { languageNames } from '../languages/registry.ts';

/** Per language, the page's tab groups (of two tabs or more, as the missing-tab findings count them) without a tab in it. */
export function tabParity(page: Page): Partial<Record<Lang, number>> {
  const groups = page.groups.filter((group) => group.tabs.length > 1);
  return Object.fromEntries(languageNames().map((lang) => [lang, groups.filter((group) => !group.tabs.some((tab) => tab.lang === lang)).length]));
}

/** The coverage of a page's results; `missing` is the page's tab parity (tabParity), unknown (`{}`) without the page. */
export function countCoverage(results: readonly TabResult[], missing: Partial<Record<Lang, number>> = {}): Coverage {
  const notJudged: Partial<Record<NotJudgedReason, number>> = {};
  let programs = 0;
  let judged = 0;
  let placeholders = 0;
  for (const result of results) {
    if (result.skip?.code === 'placeholder') {
      placeholders += 1;
      continue;
    }
    programs += 1;
    if (result.status !== 'skip') {
      judged += 1;
      continue;
    }
    const reason: NotJudgedReason = result.skip?.code ?? 'unknown';
    notJudged[reason] = (notJudged[reason] ?? 0) + 1;
  }
  return { programs, judged, notJudged, placeholders, missing };
}

/** The coverage of a page run: its results counted, and the page's tab parity. */
export function pageCoverage(page: Page, results: readonly TabResult[]): Coverage {
  return countCoverage(results, tabParity(page));
}

/** A report's coverage: as the run counted it, else counted from its results (a report from before coverage). */
export function coverageOf(report: PageReport): Coverage {
  return report.coverage ?? countCoverage(report.results);
}

/** Adds counts key by key. */
function addCounts<K extends string>(all: readonly Readonly<Partial<Record<K, number>>>[]): Partial<Record<K, number>> {
  const sum: Partial<Record<K, number>> = {};
  for (const counts of all) for (const [key, n] of Object.entries(counts) as [K, number][]) sum[key] = (sum[key] ?? 0) + n;
  return sum;
}

/** Coverages added up (a run's pages, or merged shards: the same figures as the unsharded run). */
export function addCoverage(all: readonly Coverage[]): Coverage {
  const total = (key: 'programs' | 'judged' | 'placeholders') => all.reduce((n, c) => n + c[key], 0);
  return {
    programs: total('programs'),
    judged: total('judged'),
    notJudged: addCounts(all.map((c) => c.notJudged)),
    placeholders: total('placeholders'),
    missing: addCounts(all.map((c) => c.missing)),
  };
}

/** The run's coverage: its pages' added up. */
export function runCoverage(reports: readonly PageReport[]): Coverage {
  return addCoverage(reports.map(coverageOf));
}

/** The reasons tabs were not judged, largest first (ties by code, so the order is stable). */
export function reasonsBySize(coverage: Coverage): [NotJudgedReason, number][] {
  return (Object.entries(coverage.notJudged) as [NotJudgedReason, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The share of program tabs judged, in percent (100 when there is no program tab: nothing was left untested). */
export function judgedPercent(coverage: Coverage): number {
  return coverage.programs === 0 ? 100 : (coverage.judged * 100) / coverage.programs;
}
