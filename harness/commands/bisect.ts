// `docs-harness bisect`: the first SDK release between two where a page's tabs of one language get another verdict,
// found by binary search over the real published releases, each step a real run against one server.
import { HarnessError } from '../errors.ts';
import type { Lang, TabStatus } from '../types.ts';
import { runPage, type PreparedAdapters, type RunOptions } from '../pipeline.ts';
import { readPages } from './read-pages.ts';
import { pageSnippets } from '../pages/snippets.ts';
import { inSections } from '../run/selection.ts';
import { languageNames, sdkCatalogue } from '../languages/registry.ts';
import { ServerSession } from '../server/session.ts';
import { chooseSandbox } from '../process/sandbox/choose.ts';
import { addSecrets } from '../support/secrets.ts';
import { progress, setQuiet } from '../support/progress.ts';
import { releaseRange } from '../versions/release-range.ts';
import { bisectSearch } from '../versions/bisect-search.ts';
import { sharedSettings, type SharedFlags } from '../config/flags.ts';
import { env } from '../config/env.ts';
import { releaseIndexOf } from '../versions/resolve-sdks.ts';

/** The flags of `bisect`: its own, and those it shares with `run` (config/flags.ts). */
export interface BisectFlags extends SharedFlags {
  lang: string;
  from: string;
  to: string;
  json?: boolean;
}

/** One tested release: each tab's verdict and first error. */
export interface BisectStep {
  readonly version: string;
  readonly status: Record<string, TabStatus>;
  readonly errors: Record<string, string>;
  /** True when some tab's verdict differs from `--from`'s. */
  readonly changed: boolean;
  /** Set when the release could not be tested (its SDK would not install): why. It is left out of the search. */
  readonly untestable?: string;
}

/** What `bisect --json` prints. */
export interface BisectReport {
  readonly lang: Lang;
  readonly page: string;
  readonly from: string;
  readonly to: string;
  readonly tabs: readonly string[];
  /** Null when `--to` gives the same verdicts as `--from` (nothing changed, as far as one change can be assumed). */
  readonly firstChanged: { version: string; status: Record<string, TabStatus> } | null;
  readonly lastUnchanged: { version: string; status: Record<string, TabStatus> };
  /** Releases left out because they could not be tested (the change may lie in them). */
  readonly skipped: readonly string[];
  readonly steps: readonly BisectStep[];
}

/** The verdicts as text: `id fail (runtime: …), id pass`. */
function verdictText(step: Omit<BisectStep, 'changed'>): string {
  return Object.entries(step.status)
    .map(([id, status]) => `${id} ${status}${step.errors[id] ? ` (${step.errors[id]!.slice(0, 100)})` : ''}`)
    .join('; ');
}

/** Runs `bisect`; exit 0 when a first changed release was found, 1 when `--to` answers as `--from` does. */
export async function bisectCommand(page: string, flags: BisectFlags): Promise<number> {
  const lang = flags.lang as Lang;
  if (!languageNames().includes(lang)) throw new HarnessError('USAGE', `Unknown \`--lang ${flags.lang}\`; expected one of ${languageNames().join(', ')}.`);
  // The same reading as run's: timeout, output cap, sections, and whether results are reused (--no-cache, DOCS_HARNESS_NO_CACHE).
  const { sections, ...shared } = sharedSettings(flags);
  if (flags.quiet || flags.json) setQuiet(true);
  releaseIndexOf(sdkCatalogue(), lang);
  const { pages } = await readPages([page]);
  const tabs = pageSnippets(pages[0]!).filter((s) => s.lang === lang && inSections(s, sections));
  if (tabs.length === 0)
    throw new HarnessError('USAGE', `${page} has no ${lang} tab${sections.length ? ` in --section ${sections.join(',')}` : ''} to bisect.`);
  const range = await releaseRange(sdkCatalogue(), lang, flags.from, flags.to);
  for (const note of range.notes) process.stderr.write(`docs-harness: warning: ${note}\n`);
  const releases = range.releases;
  progress(
    `bisect ${lang} on ${page}: ${releases.length} releases from ${releases[0]} to ${releases.at(-1)}, about ${Math.ceil(Math.log2(releases.length)) + 1} steps`,
  );
  addSecrets([flags.token, env.milvusToken()]);
  const sandbox = await chooseSandbox(flags.sandbox !== false);
  const session = await ServerSession.open({ backend: flags.backend, uri: flags.uri, token: flags.token, image: flags.image });
  addSecrets([session.server.token]);
  const prepared: PreparedAdapters = new Map();
  const steps: BisectStep[] = [];
  const tested = new Map<string, Omit<BisectStep, 'changed'>>();
  const test = async (version: string): Promise<Omit<BisectStep, 'changed'>> => {
    const known = tested.get(version);
    if (known) return known;
    const options: RunOptions = {
      langs: [lang],
      sections,
      timeoutMs: shared.timeoutMs,
      maxOutputChars: shared.maxOutputChars,
      strict: false,
      sdks: { [lang]: [version] },
      fixture: shared.fixture,
      sandbox,
      noCache: shared.noCache,
    };
    const report = await runPage(pages[0]!.path, options, session, prepared);
    if (report.aborted) throw new HarnessError('SERVER_FAILED', `the run at ${version} stopped: ${report.aborted}`);
    const results = report.results.filter((r) => r.lang === lang);
    const notInstalled = results.find((r) => r.skip?.code === 'sdk-not-installed');
    const step = {
      version,
      ...(notInstalled && results.every((r) => r.status === 'skip') ? { untestable: notInstalled.skipReason! } : {}),
      status: Object.fromEntries(results.map((r) => [r.id, r.status])),
      errors: Object.fromEntries(
        results.flatMap((r) => {
          const error = r.findings.find((f) => f.severity === 'error') ?? (r.status === 'skip' ? r.findings[0] : undefined);
          return error ? [[r.id, `${error.kind}: ${error.message.split('\n')[0]}`]] : [];
        }),
      ),
    };
    tested.set(version, step);
    return step;
  };
  let result: Awaited<ReturnType<typeof bisectSearch<string>>>;
  try {
    const first = await test(releases[0]!);
    if (first.untestable) throw new HarnessError('INSTALL_FAILED', `the --from release cannot be tested: ${first.untestable}; pick another --from.`);
    const sameAsFirst = (step: Omit<BisectStep, 'changed'>) => Object.entries(first.status).every(([id, status]) => step.status[id] === status);
    steps.push({ ...first, changed: false });
    process.stderr.write(`step 1: ${first.version} (--from): ${verdictText(first)}\n`);
    result = await bisectSearch(releases, async (version) => {
      if (version === first.version) return true;
      const step = await test(version);
      if (step.untestable) {
        steps.push({ ...step, changed: false });
        process.stderr.write(`step ${steps.length}: ${version}: SKIPPED (cannot be tested): ${step.untestable}\n`);
        return undefined;
      }
      const changed = !sameAsFirst(step);
      steps.push({ ...step, changed });
      process.stderr.write(`step ${steps.length}: ${version}: ${changed ? 'CHANGED' : 'same as --from'}: ${verdictText(step)}\n`);
      return !changed;
    });
  } finally {
    await session.close();
  }
  const at = (version: string) => ({ version, status: tested.get(version)!.status });
  const report: BisectReport = {
    lang,
    page,
    from: releases[0]!,
    to: releases.at(-1)!,
    tabs: tabs.map((t) => t.id),
    firstChanged: result.firstChanged ? at(result.firstChanged) : null,
    lastUnchanged: at(result.lastUnchanged),
    skipped: [...result.skipped],
    steps,
  };
  const untested = result.skipped.length ? ` (${result.skipped.join(', ')} could not be tested: the change may lie in them)` : '';
  const verdict = result.firstChanged
    ? `first release with another verdict: ${result.firstChanged} (last with --from's verdict: ${result.lastUnchanged})${untested}; ${verdictText(tested.get(result.firstChanged)!)}`
    : `no release from ${report.from} to ${report.to} changed a verdict (${result.lastUnchanged} answers as ${report.from} does)${untested}`;
  process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${verdict}\n`);
  return result.firstChanged ? 0 : 1;
}
