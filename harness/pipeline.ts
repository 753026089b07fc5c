// The arrows for one page: read → fixture → per language (reset, run, oracle) → judge → report data.
import type { Lang, PageReport, Snippet, SnippetRun } from './types.ts';
import { readPage } from './pages/read-page.ts';
import { pageSnippets } from './pages/snippets.ts';
import { resolveFixture } from './fixtures/resolve.ts';
import { resetNamespace } from './fixtures/apply.ts';
import { alternativeStarts } from './fixtures/alternatives.ts';
import { rulesFor } from './fixtures/config.ts';
import { isRunnable, languageNames } from './languages/registry.ts';
import { createAdapter } from './languages/load-adapter.ts';
import type { PreparedRunner } from './languages/adapter.ts';
import { endpointOf, mapEndpoint } from './endpoint.ts';
import { notRun } from './judge/verdict.ts';
import { judgePage } from './judge/judge-page.ts';
import { applyServerGaps, borrowGap } from './judge/server-gaps.ts';
import { markDependents } from './judge/dependents.ts';
import { collectionNames, type StateSnapshot } from './judge/oracle.ts';
import { redactSecrets } from './secrets.ts';
import type { ServerSession } from './server/session.ts';
import { progress } from './progress.ts';
import { isHarnessError } from './errors.ts';
import { describeSandbox, type SandboxMode } from './sandbox/sandbox.ts';

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
}

/** Adapters already prepared in this run (by language and SDK version), so several pages install once. */
export type PreparedAdapters = Map<string, PreparedRunner>;

/** The section slug `--section` takes for a snippet (the first part of its id). */
export function sectionSlug(snippet: Snippet): string {
  return snippet.id.split('/')[0]!;
}

/** True when the snippet's section is one `--section` asked for (any section when none was). */
export function inSections(snippet: Snippet, sections: readonly string[] | undefined): boolean {
  return !sections?.length || sections.some((s) => [snippet.section.toLowerCase(), sectionSlug(snippet)].includes(s.toLowerCase()));
}

function langSelected(snippet: Snippet, options: RunOptions): boolean {
  return !options.langs?.length || options.langs.includes(snippet.lang);
}

/** Snippets that are not run, with the reason (placeholders, languages without a runner). */
function staticRun(snippet: Snippet): SnippetRun | undefined {
  if (snippet.placeholder) {
    const body = snippet.code.trim() || '(empty)';
    return notRun(
      snippet,
      { kind: 'missing-tab', severity: 'warning', line: snippet.line, message: `the ${snippet.lang} tab is a placeholder (${JSON.stringify(body)}), not code` },
      'placeholder',
    );
  }
  if (!isRunnable(snippet.lang)) {
    const what = `\`${snippet.fence || 'unlabelled'}\` tabs`;
    return notRun(snippet, { kind: 'unsupported', severity: 'warning', line: snippet.line, message: `no runner for ${what}` }, `no runner for ${what}`);
  }
  return undefined;
}

/** Prepares (once per run) the adapter of `lang` for the SDK version asked for. */
async function preparedAdapter(lang: Lang, version: string | undefined, prepared: PreparedAdapters) {
  const key = `${lang}@${version ?? ''}`;
  let runner = prepared.get(key);
  if (!runner) {
    const adapter = await createAdapter(lang);
    runner = await adapter.prepare(version);
    prepared.set(key, runner);
  }
  return runner;
}

/** Runs every selected tab of one page against the session's server and returns the report data. */
export async function runPage(file: string, options: RunOptions, session: ServerSession, prepared: PreparedAdapters): Promise<PageReport> {
  const page = await readPage(file);
  const all = pageSnippets(page).filter((s) => langSelected(s, options));
  const snippets = all.filter((s) => inSections(s, options.sections));
  const resolved = await resolveFixture(page, pageSnippets(page), options.fixture);
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
  const resetBefore = alternativeStarts(all, resolved.config ? rulesFor(resolved.config, page.path) : [], new Set(fixture?.collections.map((c) => c.name)));
  const known = new Set([...(fixture?.collections.map((c) => c.name) ?? []), ...baseline.collections]);
  for (const lang of languageNames()) {
    const reported = snippets.filter((s) => s.lang === lang && !runs.has(s.id));
    if (reported.length === 0 || aborted) continue;
    try {
      // The earlier snippets of the language are the selected sections' setup: they run first, silently.
      const last = all.indexOf(reported.at(-1)!);
      const mine = all.slice(0, last + 1).filter((s) => s.lang === lang && (reported.includes(s) || staticRun(s) === undefined));
      const runner = await preparedAdapter(lang, options.sdks[lang], prepared);
      sdks[lang] = runner.description;
      const endpoint = endpointOf(session.server);
      // Endpoint mapping, once: the runners get the snippets with the page's address and token replaced.
      const mapped = mine.map((s) => {
        const { code, substitutions: subs } = mapEndpoint(s.code, endpoint);
        for (const sub of subs) substitutions.add(`${sub.from} → ${redactSecrets(sub.to)}`);
        return Object.freeze({ ...s, code });
      });
      await resetNamespace(session.admin, fixture, baseline);
      const setup = mine.length - reported.length;
      progress(`${page.id}: running ${reported.length} ${lang} snippet(s)${setup ? ` after ${setup} earlier one(s) as setup` : ''} with ${runner.description}`);
      const afterSnippet = async (id: string) => {
        const index = mine.findIndex((s) => s.id === id);
        const names = collectionNames(mine[index]!.code, known);
        if (names.length > 0 && session.server.alive()) states.set(id, new Map((await session.admin.state(names)).map((st) => [st.name, st])));
        // The next section is an alternative way to do the same thing: it starts from the fixture's state.
        if (mine[index + 1] && resetBefore.has(mine[index + 1]!.id) && session.server.alive()) await resetNamespace(session.admin, fixture, baseline);
      };
      let results = await runner.run(mapped, {
        endpoint,
        timeoutMs: options.timeoutMs,
        hasRest: session.server.hasRest,
        hasFixture: fixture !== undefined,
        afterSnippet,
        sandbox: options.sandbox,
        maxOutputChars: options.maxOutputChars,
      });
      const died = await session.reviveIfDead();
      if (died) {
        const message = `the Milvus server died during the ${lang} run (${died}); a fresh server was started for the rest`;
        results = results.map((r, i) =>
          r.outcome === 'ok' && r.findings.length === 0
            ? r
            : { ...r, findings: [...r.findings, { kind: 'runtime', severity: 'error', line: mine[i]!.line, message }] },
        );
        baseline = await session.baseline();
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

  const judged = judgePage(page, snippets, runs, states, {
    strict: options.strict,
    filtered: Boolean(options.langs?.length || options.sections?.length),
    pageFindings: resolved.findings,
  });
  const clean = (text: string) => redactSecrets(text);
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
    results: judged.results.map((r) => ({
      ...r,
      stdout: clean(r.stdout),
      stderr: clean(r.stderr),
      findings: r.findings.map((f) => ({ ...f, message: clean(f.message) })),
    })),
    findings: judged.findings.map((f) => ({ ...f, message: clean(f.message) })),
    summary: judged.summary,
    ...(aborted ? { aborted } : {}),
  };
}
