// The arrows for one page: read → fixture → per language and SDK release (reset, run, oracle) → judge → report data.
import type { PageReport, SnippetRun } from './types.ts';
import { readPage } from './pages/read-page.ts';
import { pageSnippets } from './pages/snippets.ts';
import { resolveFixture } from './setup/resolve.ts';
import { alternativeStarts } from './setup/alternatives.ts';
import { rulesFor } from './setup/config.ts';
import { languageNames } from './languages/registry.ts';
import { inSections, langSelected, staticRun } from './run/selection.ts';
import type { PreparedAdapters } from './languages/prepared.ts';
import { judgeVersions } from './judge/judge-versions.ts';
import { driftTables, versionsRan } from './judge/drift-tables.ts';
import { settleLayers } from './judge/settle.ts';
import { pageCoverage } from './judge/coverage.ts';
import type { ServerSession } from './server/session.ts';
import { endpointOf } from './server/server.ts';
import { Timings } from './support/timings.ts';
import { describeSandbox } from './process/sandbox/sandbox.ts';
import type { RunOptions } from './run/run-types.ts';
import type { PageRunState } from './run/run-language.ts';
import { runLanes } from './run/lanes.ts';
import { redactFinding, redactOutput } from './support/secrets.ts';

/** What a run asks for (re-exported for the commands). */
export type { RunOptions };

/** Runners already prepared in this run (re-exported for callers of runPage). */
export type { PreparedAdapters };

/**
 * Runs every selected tab of one page and returns the report data. With several servers (lanes), the language runs
 * (each language at each SDK release of a drift matrix) are dealt over them and run at the same time.
 */
export async function runPage(
  file: string,
  options: RunOptions,
  session: ServerSession | readonly ServerSession[],
  prepared: PreparedAdapters,
  timings = new Timings(),
): Promise<PageReport> {
  const page = await timings.time('page.read', () => readPage(file));
  const all = pageSnippets(page).filter((s) => langSelected(s, options.langs));
  const snippets = all.filter((s) => inSections(s, options.sections));
  const resolved = await timings.time('fixture.resolve', () => resolveFixture(page, pageSnippets(page), options.fixture));
  const fixture = resolved.fixture;
  const fixed = new Map<string, SnippetRun>();
  for (const snippet of snippets) {
    const run = staticRun(snippet);
    if (run) fixed.set(snippet.id, run);
  }
  const substitutions = new Set<string>();
  const lanes: PageRunState[] = await Promise.all(
    (Array.isArray(session) ? session : [session]).map(async (server: ServerSession) => {
      const baseline = await server.baseline();
      return {
        pageId: page.id,
        all,
        options,
        session: server,
        prepared,
        timings,
        resolved,
        resetBefore: alternativeStarts(all, resolved.config ? rulesFor(resolved.config, page.path) : [], new Set(fixture?.collections.map((c) => c.name))),
        known: new Set([...(fixture?.collections.map((c) => c.name) ?? []), ...baseline.collections]),
        substitutions,
      };
    }),
  );
  const jobs = languageNames().flatMap((lang) => {
    const reported = snippets.filter((s) => s.lang === lang && !fixed.has(s.id));
    return reported.length === 0 ? [] : (options.sdks[lang] ?? [undefined]).map((version, k) => ({ lang, version, k, reported }));
  });
  const { raw, aborted } = await runLanes(lanes, jobs);
  const milvusLite = lanes[0]!.session.identity.engine === 'milvus-lite';
  const layers = settleLayers(raw, snippets, fixed, {
    isMilvusLite: milvusLite,
    server: lanes[0]!.session.description,
    undeclared: resolved.undeclared,
    undeclaredDatabases: resolved.undeclaredDatabases,
    created: resolved.created,
    hasFixture: fixture !== undefined,
  });
  for (const snippet of snippets.filter((s) => !fixed.has(s.id) && !layers.get(s.lang)?.length)) {
    const message = `not run: the run stopped before this tab: ${aborted}`;
    fixed.set(snippet.id, {
      id: snippet.id,
      outcome: 'error',
      stdout: '',
      stderr: '',
      durationMs: 0,
      findings: [{ kind: 'runtime', severity: 'error', line: snippet.line, message }],
    });
  }

  const judgeStart = performance.now();
  const judged = judgeVersions(page, snippets, fixed, layers, {
    strict: options.strict,
    filtered: Boolean(options.langs?.length || options.sections?.length),
    pageFindings: resolved.findings,
    milvusLite,
  });
  timings.add('judge', performance.now() - judgeStart);
  const results = judged.results.map(redactOutput);
  return {
    page: page.path,
    format: page.format,
    backend: lanes[0]!.session.identity.backend,
    server: lanes.map((lane) => lane.session.description).join('; '),
    sdks: Object.fromEntries([...layers].map(([lang, list]) => [lang, list.map((l) => l.sdk ?? '').join(', ')])),
    fixture: fixture?.file ?? null,
    fixtures: fixture?.sources ?? [],
    substitutions: [...substitutions],
    sandbox: describeSandbox(options.sandbox, lanes[0]!.session.started ? endpointOf(lanes[0]!.session.server) : undefined),
    timings: timings.toJSON(),
    results,
    ...(versionsRan(layers) ? { drift: driftTables(results) } : {}),
    findings: judged.findings.map(redactFinding),
    summary: judged.summary,
    coverage: pageCoverage(page, results),
    ...(aborted ? { aborted } : {}),
  };
}
