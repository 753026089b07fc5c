// The arrows for one page: read → fixture → per language (reset, run, oracle) → judge → report data.
import type { Finding, Lang, PageReport, SnippetRun } from './types.ts';
import { readPage } from './pages/read-page.ts';
import { pageSnippets } from './pages/snippets.ts';
import { resolveFixture } from './fixtures/resolve.ts';
import { NamespaceResetter } from './fixtures/reset.ts';
import { alternativeStarts } from './fixtures/alternatives.ts';
import { rulesFor } from './fixtures/config.ts';
import { languageNames } from './languages/registry.ts';
import { inSections, langSelected, staticRun } from './selection.ts';
import { preparedRunner, type PreparedAdapters } from './languages/prepared.ts';
import { endpointOf, mapEndpoint } from './endpoint.ts';
import { judgePage } from './judge/judge-page.ts';
import { applyServerGaps, borrowGap } from './judge/server-gaps.ts';
import { markDependents } from './judge/dependents.ts';
import { collectionNames, type StateSnapshot } from './judge/oracle.ts';
import { redactSecrets } from './secrets.ts';
import type { ServerSession } from './server/session.ts';
import { progress } from './progress.ts';
import { isHarnessError } from './errors.ts';
import { Timings } from './timings.ts';
import { cacheKey, readCached, writeCached } from './result-cache.ts';
import { describeSandbox, innerEndpoint, type SandboxMode } from './sandbox/sandbox.ts';

/** What a run asks for (flags resolved). */
export interface RunOptions {
  readonly langs?: readonly Lang[];
  readonly sections?: readonly string[];
  readonly timeoutMs: number;
  readonly strict: boolean;
  readonly sdks: Readonly<Partial<Record<Lang, string>>>;
  readonly fixture?: string;
  /** How snippet processes are confined. */
  readonly sandbox?: SandboxMode;
  /** Most characters kept of one snippet's stdout (and of its stderr). */
  readonly maxOutputChars?: number;
  /** Run everything again instead of reusing cached results (`--no-cache`). */
  readonly noCache?: boolean;
}

/** A finding with every known secret removed from its message. */
function redactFinding<F extends Finding>(finding: F): F {
  return { ...finding, message: redactSecrets(finding.message) };
}

/** A run or tab result with every known secret removed (before it is stored or reported anywhere). */
function redactOutput<R extends { stdout: string; stderr: string; findings: readonly Finding[] }>(run: R): R {
  return { ...run, stdout: redactSecrets(run.stdout), stderr: redactSecrets(run.stderr), findings: run.findings.map(redactFinding) };
}

/** Runners already prepared in this run (re-exported for callers of runPage). */
export type { PreparedAdapters };

/** Runs every selected tab of one page against the session's server and returns the report data. */
export async function runPage(
  file: string,
  options: RunOptions,
  session: ServerSession,
  prepared: PreparedAdapters,
  timings = new Timings(),
): Promise<PageReport> {
  const page = await timings.time('page.read', () => readPage(file));
  const all = pageSnippets(page).filter((s) => langSelected(s, options.langs));
  const snippets = all.filter((s) => inSections(s, options.sections));
  const resolved = await timings.time('fixture.resolve', () => resolveFixture(page, pageSnippets(page), options.fixture));
  const fixture = resolved.fixture;
  const runs = new Map<string, SnippetRun>();
  const states = new Map<string, StateSnapshot>();
  const sdks: Record<string, string> = {};
  const substitutions = new Set<string>();

  for (const snippet of snippets) {
    const fixed = staticRun(snippet);
    if (fixed) runs.set(snippet.id, fixed);
  }
  let aborted: string | undefined;
  let baseline = await session.baseline();
  let resetter = new NamespaceResetter(session.admin, fixture, baseline);
  const resetBefore = alternativeStarts(all, resolved.config ? rulesFor(resolved.config, page.path) : [], new Set(fixture?.collections.map((c) => c.name)));
  const known = new Set([...(fixture?.collections.map((c) => c.name) ?? []), ...baseline.collections]);
  for (const lang of languageNames()) {
    const reported = snippets.filter((s) => s.lang === lang && !runs.has(s.id));
    if (reported.length === 0 || aborted) continue;
    try {
      // The earlier snippets of the language are the selected sections' setup: they run first, silently.
      const last = all.indexOf(reported.at(-1)!);
      const mine = all.slice(0, last + 1).filter((s) => s.lang === lang && (reported.includes(s) || staticRun(s) === undefined));
      const runner = await timings.time(`${lang}.prepare`, () => preparedRunner(lang, options.sdks[lang], prepared));
      sdks[lang] = runner.description;
      const server = endpointOf(session.server);
      const endpoint = innerEndpoint(server, options.sandbox);
      // Endpoint mapping, once: the runners get the snippets with the page's address and token replaced.
      const mapped = mine.map((s) => {
        const { code, substitutions: subs } = mapEndpoint(s.code, endpoint);
        for (const sub of subs) substitutions.add(`${sub.from} → ${redactSecrets(sub.to)}`);
        return Object.freeze({ ...s, code });
      });
      const key = options.noCache
        ? undefined
        : cacheKey({
            lang,
            sdk: runner.description,
            server: session.server.description.split(' (')[0]!,
            snippets: mine,
            context: [
              fixture?.collections,
              [...known].sort(),
              mine.filter((s) => resetBefore.has(s.id)).map((s) => s.id),
              options.timeoutMs,
              options.maxOutputChars,
              options.sandbox?.kind,
              session.server.backend,
              session.server.hasRest,
            ],
          });
      const hit = key ? await readCached(key, mine) : undefined;
      let results: SnippetRun[];
      if (hit) {
        progress(`${page.id}: ${mine.length} ${lang} result(s) reused from the cache (nothing they depend on changed)`);
        results = hit.runs;
        for (const [id, state] of hit.states) states.set(id, state);
      } else {
        await timings.time(`${lang}.reset`, () => resetter.reset());
        const setup = mine.length - reported.length;
        progress(
          `${page.id}: running ${reported.length} ${lang} snippet(s)${setup ? ` after ${setup} earlier one(s) as setup` : ''} with ${runner.description}`,
        );
        const afterSnippet = (id: string) => timings.time(`${lang}.oracle`, () => oracle(id));
        const oracle = async (id: string) => {
          const index = mine.findIndex((s) => s.id === id);
          const names = collectionNames(mine[index]!.code, known);
          if (names.length > 0 && session.server.alive()) states.set(id, new Map((await session.admin.state(names)).map((st) => [st.name, st])));
          // The next section is an alternative way to do the same thing: it starts from the fixture's state.
          if (mine[index + 1] && resetBefore.has(mine[index + 1]!.id) && session.server.alive()) await resetter.reset(true);
        };
        const runStart = performance.now();
        results = await runner.run(mapped, {
          endpoint,
          timeoutMs: options.timeoutMs,
          hasRest: session.server.hasRest,
          hasFixture: fixture !== undefined,
          afterSnippet,
          sandbox: options.sandbox ? { mode: options.sandbox, server } : undefined,
          maxOutputChars: options.maxOutputChars,
        });
        timings.add(`${lang}.run`, performance.now() - runStart);
        resetter.ran(mapped.map((s) => s.code));
        const died = await session.reviveIfDead();
        if (died) {
          const message = `the Milvus server died during the ${lang} run (${died}); a fresh server was started for the rest`;
          results = results.map((r, i) =>
            r.outcome === 'ok' && r.findings.length === 0
              ? r
              : { ...r, findings: [...r.findings, { kind: 'runtime', severity: 'error', line: mine[i]!.line, message }] },
          );
          baseline = await session.baseline();
          resetter = new NamespaceResetter(session.admin, fixture, baseline);
        }
        // Only results that do not depend on luck are kept: no timeout, no server that died.
        if (key && !died && results.every((r) => r.outcome !== 'timeout')) await writeCached(key, mine, results.map(redactOutput), states);
      }
      const isMilvusLite = session.server.backend === 'embedded';
      const settled = markDependents(
        mine,
        results.map((r, i) => {
          const siblings = [...runs.values()].filter((o) => snippets.some((s) => s.id === o.id && s.group === mine[i]!.group));
          return borrowGap(applyServerGaps(r, isMilvusLite, resolved.undeclared), siblings);
        }),
      );
      settled.filter((r) => reported.some((s) => s.id === r.id)).forEach((r) => runs.set(r.id, r));
    } catch (error) {
      // The server stopped answering the harness (an existing server that went away): keep what ran, stop here.
      if (!isHarnessError(error, 'SERVER_FAILED')) throw error;
      aborted = `${error.message} (server ${session.server.uri})`;
    }
  }
  for (const snippet of snippets.filter((s) => !runs.has(s.id))) {
    const message = `not run: the run stopped before this tab: ${aborted}`;
    runs.set(snippet.id, {
      id: snippet.id,
      outcome: 'error',
      stdout: '',
      stderr: '',
      durationMs: 0,
      findings: [{ kind: 'runtime', severity: 'error', line: snippet.line, message }],
    });
  }

  const judgeStart = performance.now();
  const judged = judgePage(page, snippets, runs, states, {
    strict: options.strict,
    filtered: Boolean(options.langs?.length || options.sections?.length),
    pageFindings: resolved.findings,
  });
  timings.add('judge', performance.now() - judgeStart);
  return {
    page: page.path,
    format: page.format,
    backend: session.server.backend,
    server: session.server.description,
    sdks,
    fixture: fixture?.file ?? null,
    fixtures: fixture?.sources ?? [],
    substitutions: [...substitutions],
    sandbox: describeSandbox(options.sandbox),
    timings: timings.toJSON(),
    results: judged.results.map(redactOutput),
    findings: judged.findings.map(redactFinding),
    summary: judged.summary,
    ...(aborted ? { aborted } : {}),
  };
}
