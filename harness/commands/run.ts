// `docs-harness run`: runs every selected tab of the pages against one server and prints the verdicts.
import { HarnessError, isHarnessError } from '../errors.ts';
import { readPages } from './read-pages.ts';
import type { Lang, PageReport, Snippet } from '../types.ts';
import { runPage, type PreparedAdapters, type RunOptions } from '../pipeline.ts';
import { inSections, langSelected, sectionSlug } from '../run/selection.ts';
import { pageSnippets } from '../pages/snippets.ts';
import { findPages } from '../pages/find-pages.ts';
import { changedPages, parseShard, shardPages } from '../pages/select-pages.ts';
import type { ServerSession } from '../server/session.ts';
import { closeLanes, laneCount, openLanes } from '../server/lanes.ts';
import type { ServerOptions } from '../server/start.ts';
import { assertReportTargets, assertWritableOutput, defaultReporters, pickReporters, writeReports } from '../report/write-reports.ts';
import { activity, progress, setQuiet } from '../support/progress.ts';
import { isRunnable, languageNames, sdkCatalogue, shownOnlyNames } from '../languages/registry.ts';
import { parseSdkFlags, type SdkRequests } from '../versions/sdk-flags.ts';
import { listFlag, minCoverage } from '../config/flag-values.ts';
import { sharedSettings, type GateFlags, type SharedFlags } from '../config/flags.ts';
import { coverageGate } from './coverage-gate.ts';
import { DEFAULTS } from '../config/defaults.ts';
import { env } from '../config/env.ts';
import { resolveSdks } from '../versions/resolve-sdks.ts';
import { preparedRunner } from '../languages/prepared.ts';
import { chooseSandbox } from '../process/sandbox/choose.ts';
import { addSecrets } from '../support/secrets.ts';
import { formatTimings, Timings } from '../support/timings.ts';
import { watchPages } from './watch.ts';
import { updateOutputs } from './update-outputs.ts';
import { REPORTERS } from '../report/registry.ts';

/** The flags of `run`, as commander gives them: its own, and those it shares with `bisect` (config/flags.ts). */
export interface RunFlags extends SharedFlags, GateFlags {
  json?: boolean;
  lang?: string[];
  strict?: boolean;
  sdk?: string[];
  reporter?: string[];
  outputDir?: string;
  shard?: string;
  changed?: string | boolean;
  verbose?: boolean;
  /** Write what tabs printed into their documented output blocks (tabs whose only errors are output mismatches). */
  updateOutputs?: boolean;
  /** Keep running: re-run a page each time it is saved. */
  watch?: boolean;
}

/** Resolves flags into run options (the SDK versions asked for come in `sdkRequests`; `sdks` is filled once they are resolved). */
export function runOptions(flags: RunFlags): RunOptions & { sdkRequests: SdkRequests } {
  const langs = listFlag(flags.lang, 'lang') as Lang[];
  const bad = langs.find((l) => !languageNames().includes(l));
  if (bad && shownOnlyNames().includes(bad)) {
    throw new HarnessError(
      'USAGE',
      `\`--lang ${bad}\`: ${bad} tabs are never run (no Milvus SDK for it can be installed from a package registry); a run without --lang reports them as skipped. Expected one of ${languageNames().join(', ')}.`,
    );
  }
  if (bad) throw new HarnessError('USAGE', `Unknown language \`${bad}\`; expected one of ${languageNames().join(', ')}.`);
  // The same reading as bisect's (timeout, output cap, sections, and the result cache, which --watch keeps).
  const shared = sharedSettings(flags);
  return {
    noCache: shared.noCache,
    maxOutputChars: shared.maxOutputChars,
    langs,
    sections: shared.sections,
    timeoutMs: shared.timeoutMs,
    strict: Boolean(flags.strict),
    sdks: {},
    sdkRequests: parseSdkFlags(flags.sdk, languageNames()),
    fixture: shared.fixture,
  };
}

/** A `--section` that names no section of the pages is a usage error (it would test nothing: a silent green). */
function assertSectionsExist(sections: readonly string[], snippets: readonly Snippet[]): void {
  const unknown = sections.filter((section) => !snippets.some((snippet) => inSections(snippet, [section])));
  if (unknown.length === 0) return;
  const valid = [...new Set(snippets.map(sectionSlug))];
  throw new HarnessError('USAGE', `Unknown \`--section ${unknown.join(',')}\`; the page's sections are: ${valid.join(', ') || '(none)'}.`);
}

/** Reporter names from the flags: `--json` means the JSON reporter instead of the console one. */
function reporterNames(flags: RunFlags): string[] {
  const asked = listFlag(flags.reporter, 'reporter');
  if (flags.json) return ['json', ...asked.filter((r) => r !== 'console')];
  return asked.length > 0 ? asked : defaultReporters();
}

/** One re-run in watch mode: the page's new verdicts on stdout; a page that cannot be read is one line, and watching goes on. */
async function rerunWatched(page: string, options: RunOptions, session: readonly ServerSession[], prepared: PreparedAdapters): Promise<void> {
  const started = performance.now();
  try {
    const report = await runPage(page, options, session, prepared);
    process.stdout.write(`\n${REPORTERS['console']!.render([report])}`);
    const reran = report.results.filter((r) => !r.cached && r.exitStatus !== 'skipped').length;
    process.stderr.write(
      `docs-harness: ${page} re-run in ${((performance.now() - started) / 1000).toFixed(1)} s (${reran} tab(s) ran, the rest reused); watching\n`,
    );
  } catch (error) {
    process.stderr.write(`docs-harness: ${page}: ${(error as Error).message}; fix and save again (still watching)\n`);
  }
}

/** Runs the pages; returns 1 when any error finding (or fewer tabs judged than --min-coverage asks), else 0. */
export async function runCommand(args: readonly string[], flags: RunFlags): Promise<number> {
  const minimum = minCoverage(flags.minCoverage);
  let pages = await findPages(args);
  if (flags.changed) pages = await changedPages(pages, flags.changed === true ? DEFAULTS.changedSince : flags.changed);
  if (flags.shard) pages = shardPages(pages, parseShard(flags.shard));
  if (pages.length === 0) {
    progress(`no page to run${flags.changed ? ' (none changed)' : ''}${flags.shard ? ` in shard ${flags.shard}` : ''}`);
    return 0;
  }
  const { sdkRequests, ...asked } = runOptions(flags);
  const reporters = pickReporters(reporterNames(flags));
  assertReportTargets(reporters, flags.outputDir);
  await assertWritableOutput(reporters, flags.outputDir);
  if (flags.quiet) setQuiet(true);
  const { pages: read, broken } = await readPages(pages);
  const snippets = read.flatMap((page) => pageSnippets(page));
  assertSectionsExist(asked.sections ?? [], snippets);
  const missing = (asked.langs ?? []).filter((lang) => !snippets.some((s) => s.lang === lang));
  if (missing.length > 0 && missing.length === asked.langs?.length) {
    throw new HarnessError(
      'USAGE',
      `The page${pages.length > 1 ? 's have' : ' has'} no ${missing.join(' or ')} tabs, so \`--lang ${missing.join(',')}\` would test nothing; it has: ${[...new Set(snippets.map((s) => s.lang))].join(', ')}.`,
    );
  }
  const timings = new Timings();
  // The SDK releases are looked up before anything runs: a version that does not exist stops here (exit 2).
  const langs = [...new Set(snippets.filter((s) => langSelected(s, asked.langs)).map((s) => s.lang))];
  const plan = await timings.time('sdks.resolve', () => resolveSdks(sdkRequests, langs, sdkCatalogue()));
  for (const note of plan.notes) process.stderr.write(`docs-harness: warning: ${note}\n`);
  const options: RunOptions = { ...asked, sdks: plan.versions };
  const sandbox = await timings.time('sandbox.find', () => chooseSandbox(flags.sandbox !== false));
  addSecrets([flags.token, env.milvusToken()]);
  const serverOptions: ServerOptions = { backend: flags.backend, uri: flags.uri, token: flags.token, image: flags.image };
  // The SDKs are prepared while the server starts (neither needs the other).
  const prepared: PreparedAdapters = new Map();
  const preparing = langs.filter(isRunnable).flatMap((lang) => (options.sdks[lang] ?? [undefined]).map((v) => preparedRunner(lang, v, prepared)));
  // With the result cache on, an embedded server starts when the first result that is not cached needs it.
  const session = await timings.time('server.start', () =>
    openLanes(serverOptions, laneCount(options, serverOptions, langs.filter(isRunnable).length), !options.noCache),
  );
  // An SDK that will not install skips its language's tabs (the pipeline says why); any other fault stops the run.
  const settled = await timings.time('sdks.prepare', () => Promise.allSettled(preparing));
  const fatal = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected' && !isHarnessError(r.reason, 'INSTALL_FAILED'));
  if (fatal) {
    await closeLanes(session);
    throw fatal.reason;
  }
  addSecrets(session.filter((lane) => lane.started).map((lane) => lane.server.token));
  const reports: PageReport[] = [...broken];
  let stopped: string | undefined;
  try {
    for (const [i, page] of read.entries()) {
      if (read.length > 1) progress(`[${i + 1}/${read.length}] ${page.path}`);
      const shown = activity(read.length > 1 ? `[${i + 1}/${read.length}] ${page.path}` : page.path);
      try {
        // The run's own phases (sandbox, server start) are counted in the first page's timings.
        const report = await runPage(page.path, { ...options, sandbox }, session, prepared, i === 0 ? timings : undefined);
        reports.push(report);
        if (report.aborted) break;
      } catch (error) {
        // The server stopped answering before the page could start: report the pages that ran, then stop.
        if (!isHarnessError(error, 'SERVER_FAILED')) throw error;
        stopped = `${page.path}: ${error.message}`;
        break;
      } finally {
        shown.end(read.length > 1 ? `[${i + 1}/${read.length}] ${page.path}: done` : undefined);
      }
    }
    for (const file of await writeReports(reporters, reports, flags.outputDir)) progress(`wrote ${file}`);
    if (flags.updateOutputs) await updateOutputs(reports, options.strict, (text) => process.stderr.write(text));
    if (flags.watch) {
      await watchPages(
        read.map((p) => p.path),
        (page) => rerunWatched(page, { ...options, sandbox }, session, prepared),
        () => process.stderr.write(`docs-harness: watching ${read.map((p) => p.path).join(', ')}: save to re-run (changed languages only); Ctrl-C to stop\n`),
      );
      return 0;
    }
  } finally {
    await closeLanes(session);
  }
  if (flags.verbose) for (const report of reports) if (report.timings) process.stderr.write(`timings ${report.page}: ${formatTimings(report.timings)}\n`);
  const aborted = reports.find((r) => r.aborted);
  if (aborted) stopped = `${aborted.page}: ${aborted.aborted}`;
  if (stopped) {
    process.stderr.write(`docs-harness: the run stopped in ${stopped}; the report holds the tabs that ran (partial), exit 2.\n`);
    return 2;
  }
  if (!reports.some((r) => r.summary.pass + r.summary.fail > 0)) {
    process.stderr.write(
      'docs-harness: no tab of any page was tested (all were skipped: placeholders, languages without a runner, or what the server cannot run), so this run proves nothing; exit 1.\n',
    );
    return 1;
  }
  const below = coverageGate(reports, minimum);
  if (below) process.stderr.write(`docs-harness: ${below}\n`);
  return below || reports.some((r) => r.summary.errors > 0) ? 1 : 0;
}
