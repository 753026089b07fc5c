// One language of one page at one SDK release on one server: reset, run (or reuse cached results), oracle (judge/settle.ts
// settles what it gave). An SDK that will not install makes its tabs `skip` with the reason.
import type { Endpoint, Lang, Skip, Snippet, SnippetRun, StateSnapshot } from '../types.ts';
import type { ResolvedFixture } from '../setup/resolve.ts';
import { NamespaceResetter } from '../setup/reset.ts';
import { preparedRunner, type PreparedAdapters } from '../languages/prepared.ts';
import type { PreparedRunner } from '../languages/adapter.ts';
import { tapFor, type RunTap } from './tap/for-run.ts';
import { factsOf } from '../languages/registry.ts';
import { endpointOf, mapEndpoint } from './endpoint.ts';
import { collectionNames } from './state-oracle.ts';
import { redactOutput, redactSecrets } from '../support/secrets.ts';
import type { ServerSession } from '../server/session.ts';
import { activity, progress } from '../support/progress.ts';
import { isHarnessError } from '../errors.ts';
import type { Timings } from '../support/timings.ts';
import { cacheKey, readCached, writeCached } from './result-cache.ts';
import { innerEndpoint } from '../process/sandbox/sandbox.ts';
import { staticRun } from './selection.ts';
import type { RawLayer, RunOptions } from './run-types.ts';
import { skipText } from '../skips.ts';

/** What a page run shares with each of its language runs on one server (a lane). */
export interface PageRunState {
  readonly pageId: string;
  /** Every snippet of the selected languages, in page order (the earlier ones are setup for the reported ones). */
  readonly all: readonly Snippet[];
  readonly options: RunOptions;
  readonly session: ServerSession;
  readonly prepared: PreparedAdapters;
  readonly timings: Timings;
  readonly resolved: ResolvedFixture;
  /** Snippets that start from the fixture's state again (alternatives to the section before them). */
  readonly resetBefore: ReadonlySet<string>;
  /** Collection names the oracle may ask about. */
  readonly known: ReadonlySet<string>;
  readonly substitutions: Set<string>;
  /** Made when the first language that is not cached runs; replaced when the server dies and a fresh one starts. */
  resetter?: NamespaceResetter;
  /** Set when the server stopped answering: the language runs after it do not start. */
  aborted?: string;
}

/** The layer of a language whose SDK could not be installed: its tabs skipped, saying why (never a silent pass). */
function notInstalled(lang: Lang, version: string | undefined, reported: readonly Snippet[], why: string): RawLayer {
  const sdk = `${factsOf(lang)?.sdk ?? lang}${version ? ` ${version}` : ''}`;
  const skip: Skip = { code: 'sdk-not-installed', sdk, lang, why };
  const reason = skipText(skip);
  progress(`${lang}: ${reason}`);
  const results = reported.map(
    (s): SnippetRun => ({
      id: s.id,
      outcome: 'skipped',
      stdout: '',
      stderr: '',
      durationMs: 0,
      skip,
      findings: [{ kind: 'unsupported', severity: 'warning', line: s.line, message: reason }],
    }),
  );
  return { lang, sdk, mine: reported, results, reported, states: new Map() };
}

/** Where a call tap will listen, known before it starts: this machine's loopback (the port comes with each page). */
const AHEAD_OF_THE_TAP: Endpoint = { uri: 'http://127.0.0.1:0', address: '127.0.0.1:0', token: undefined };

/** Runs the reported snippets of `lang` (after their language's earlier snippets, as setup) with SDK release `version`. */
export async function runLanguage(state: PageRunState, lang: Lang, version: string | undefined, reported: readonly Snippet[]): Promise<RawLayer> {
  const { all, session, timings, options } = state;
  const last = all.indexOf(reported.at(-1)!);
  const mine = all.slice(0, last + 1).filter((s) => s.lang === lang && (reported.includes(s) || staticRun(s) === undefined));
  let runner: PreparedRunner;
  try {
    runner = await timings.time(`${lang}.prepare`, () => preparedRunner(lang, version, state.prepared));
  } catch (error) {
    if (!isHarnessError(error, 'INSTALL_FAILED')) throw error;
    return notInstalled(lang, version, reported, error.message);
  }
  const key = resultKey(state, lang, runner, mine);
  const hit = key ? await readCached(key, mine) : undefined;
  if (hit) {
    progress(`${state.pageId}: ${mine.length} ${lang} result(s) reused from the cache (nothing they depend on changed)`);
    for (const sub of hit.substitutions) state.substitutions.add(sub);
    return { lang, sdk: runner.description, mine, results: hit.runs, reported, states: hit.states };
  }
  // The language's warm runtime starts now, while the server starts and resets; its page's server is the call tap,
  // on this machine's loopback (its port comes with the page).
  runner.prewarm?.(options.sandbox ? { mode: options.sandbox, server: AHEAD_OF_THE_TAP } : undefined);
  // The server starts when the first result that is not cached needs it (an unchanged tree starts none).
  if (!session.started) await timings.time('server.start', () => session.ensure());
  const tap = await tapFor(endpointOf(session.server));
  try {
    return await runTapped(state, lang, reported, runner, mine, tap, key);
  } finally {
    await tap?.stop();
  }
}

/** The result cache's key for a language's run of a page, or undefined with `--no-cache`. */
function resultKey(state: PageRunState, lang: Lang, runner: PreparedRunner, mine: readonly Snippet[]): string | undefined {
  const { options, session, resolved } = state;
  if (options.noCache) return undefined;
  const fixture = resolved.fixture;
  const server = session.identity;
  return cacheKey({
    lang,
    sdk: runner.description,
    server: server.name,
    snippets: mine,
    context: [
      fixture?.collections,
      fixture?.databases,
      [...state.known].sort(),
      mine.filter((s) => state.resetBefore.has(s.id)).map((s) => s.id),
      options.timeoutMs,
      options.maxOutputChars,
      options.sandbox?.kind,
      server.backend,
      server.hasRest,
    ],
  });
}

/** The run itself, with the snippets reaching the server through `tap` (when there is one). */
async function runTapped(
  state: PageRunState,
  lang: Lang,
  reported: readonly Snippet[],
  runner: PreparedRunner,
  mine: readonly Snippet[],
  tap: RunTap | undefined,
  key: string | undefined,
): Promise<RawLayer> {
  const { options, session, timings, resolved } = state;
  const fixture = resolved.fixture;
  const states = new Map<string, StateSnapshot>();
  const server = tap?.endpoint ?? endpointOf(session.server);
  const endpoint = innerEndpoint(server, options.sandbox);
  // Endpoint mapping, once: the runners get the snippets with the page's address and token replaced.
  const made = new Set<string>();
  const mapped = mine.map((s) => {
    const { code, substitutions: subs } = mapEndpoint(s.code, endpoint);
    for (const sub of subs) made.add(`${sub.from} → ${redactSecrets(sub.to)}`);
    return Object.freeze({ ...s, code });
  });
  for (const sub of made) state.substitutions.add(sub);
  const resetter = (state.resetter ??= new NamespaceResetter(session.admin, fixture, await session.baseline()));
  await timings.time(`${lang}.reset`, () => resetter.reset());
  const setup = mine.length - reported.length;
  progress(
    `${state.pageId}: running ${reported.length} ${lang} snippet(s)${setup ? ` after ${setup} earlier one(s) as setup` : ''} with ${runner.description}`,
  );
  const oracle = async (id: string) => {
    const index = mine.findIndex((s) => s.id === id);
    const names = collectionNames(mine[index]!.code, state.known);
    if (names.length > 0 && session.server.alive()) states.set(id, new Map((await session.admin.state(names)).map((st) => [st.name, st])));
    // The next section is an alternative way to do the same thing: it starts from the fixture's state.
    if (mine[index + 1] && state.resetBefore.has(mine[index + 1]!.id) && session.server.alive()) await resetter.reset(true);
  };
  const runStart = performance.now();
  const shown = activity(`${state.pageId} · ${lang} (${runner.description})`);
  let results = await runner.run(mapped, {
    endpoint,
    timeoutMs: options.timeoutMs,
    hasRest: session.server.hasRest,
    hasFixture: fixture !== undefined,
    afterSnippet: async (id) => {
      await tap?.snippetEnded(id);
      await timings.time(`${lang}.oracle`, () => oracle(id));
    },
    sandbox: options.sandbox ? { mode: options.sandbox, server } : undefined,
    maxOutputChars: options.maxOutputChars,
  });
  shown.end(`${state.pageId}: ${lang} ran`);
  if (tap) results = tap.withCalls(results);
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
    state.resetter = new NamespaceResetter(session.admin, fixture, await session.baseline());
  }
  // Only results that do not depend on luck are kept: no timeout, no server that died.
  if (key && !died && results.every((r) => r.outcome !== 'timeout')) await writeCached(key, mine, results.map(redactOutput), states, [...made]);
  return { lang, sdk: runner.description, mine, results, reported, states };
}
