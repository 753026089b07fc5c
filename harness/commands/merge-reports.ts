// `docs-harness merge-reports <dirs…>`: joins the JSON reports of sharded runs into one report (every reporter), so a
// CI matrix is the distributed engine.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HarnessError } from '../errors.ts';
import type { PageReport } from '../types.ts';
import { assertReportTargets, pickReporters, writeReports } from '../report/write-reports.ts';
import { progress } from '../support/progress.ts';
import { DEFAULTS } from '../config/defaults.ts';
import { minCoverage } from '../config/flag-values.ts';
import { coverageGate } from './coverage-gate.ts';

/** The page reports in a shard's folder (its `report.json`). */
async function readShard(dir: string): Promise<PageReport[]> {
  const file = path.join(dir, 'report.json');
  if (!existsSync(file)) throw new HarnessError('USAGE', `${dir} has no report.json: run each shard with \`--reporter json --output-dir ${dir}\`.`);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new HarnessError('USAGE', `${file} is not a docs-harness JSON report: ${(error as Error).message}`);
  }
  const reports = (Array.isArray(data) ? data : [data]) as PageReport[];
  if (!reports.every((r) => typeof r?.page === 'string' && Array.isArray(r.results)))
    throw new HarnessError('USAGE', `${file} is not a docs-harness JSON report (no page results).`);
  return reports;
}

/** Merges the shards' reports (pages in path order, as an unsharded run gives them); returns the run's exit code. */
export async function mergeReportsCommand(
  dirs: readonly string[],
  options: { reporter?: string[]; outputDir?: string; minCoverage?: string },
): Promise<number> {
  const minimum = minCoverage(options.minCoverage);
  const reporters = pickReporters(options.reporter?.length ? options.reporter : DEFAULTS.mergeReporters);
  const outputDir = options.outputDir ?? DEFAULTS.outputDir;
  assertReportTargets(reporters, outputDir);
  const all: PageReport[] = [];
  for (const dir of dirs) all.push(...(await readShard(dir)));
  const seen = new Set<string>();
  for (const report of all) {
    if (seen.has(report.page)) throw new HarnessError('USAGE', `${report.page} is in more than one shard: merge the reports of one sharded run.`);
    seen.add(report.page);
  }
  all.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
  for (const file of await writeReports(reporters, all, outputDir)) progress(`wrote ${file}`);
  if (!all.some((r) => r.summary.pass + r.summary.fail > 0)) return 1;
  const below = coverageGate(all, minimum);
  if (below) process.stderr.write(`docs-harness: ${below}\n`);
  return below || all.some((r) => r.summary.errors > 0) ? 1 : 0;
}
