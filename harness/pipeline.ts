// The arrows for one page: read → fixture → per language and SDK release (reset, run, oracle) → judge → report data.
import type { Finding, Lang, PageReport, SnippetRun } from './types.ts';
import { readPage } from './pages/read-page.ts';
import { pageSnippets } from './pages/snippets.ts';
import { resolveFixture } from './fixtures/resolve.ts';
import { NamespaceResetter } from './fixtures/reset.ts';
import { alternativeStarts } from './fixtures/alternatives.ts';
import { rulesFor } from './fixtures/config.ts';
import { languageNames } from './languages/registry.ts';
import { inSections, langSelected, staticRun } from './selection.ts';
import type { PreparedAdapters } from './languages/prepared.ts';
import { judgeVersions } from './judge/judge-versions.ts';
import { driftTables, versionsRan } from './report/drift.ts';
import { redactSecrets } from './secrets.ts';
import type { ServerSession } from './server/session.ts';
import { isHarnessError } from './errors.ts';
import { Timings } from './timings.ts';
import { describeSandbox, type SandboxMode } from './sandbox/sandbox.ts';
import { redactOutput, runLanguage, type LanguageLayer, type PageRunState } from './run-language.ts';

/** What a run asks for (flags resolved). */
export interface RunOptions {
  readonly langs?: readonly Lang[];
  readonly sections?: readonly string[];
  readonly timeoutMs: number;
  readonly strict: boolean;
  /** The exact SDK releases each language runs with, oldest first (several: a drift matrix); absent: the runner's own. */
  readonly sdks: Readonly<Partial<Record<Lang, readonly string[]>>>;
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
  const fixed = new Map<string, SnippetRun>();
  for (const snippet of snippets) {
    const run = staticRun(snippet);
    if (run) fixed.set(snippet.id, run);
  }
  const baseline = await session.baseline();
  const layers = new Map<Lang, LanguageLayer[]>();
  const state: PageRunState = {
    pageId: page.id,
    all,
    options,
    session,
    prepared,
    timings,
    resolved,
    resetBefore: alternativeStarts(all, resolved.config ? rulesFor(resolved.config, page.path) : [], new Set(fixture?.collections.map((c) => c.name))),
    known: new Set([...(fixture?.collections.map((c) => c.name) ?? []), ...baseline.collections]),
    substitutions: new Set<string>(),
    resetter: new NamespaceResetter(session.admin, fixture, baseline),
    // The group's tabs judged so far (static ones, and the first release of the languages before), for borrowed gaps.
    siblingsOf: (snippet) =>
      snippets
        .filter((s) => s.group === snippet.group)
        .map((s) => fixed.get(s.id) ?? layers.get(s.lang)?.[0]?.runs.get(s.id))
        .filter((r): r is SnippetRun => r !== undefined),
  };
  let aborted: string | undefined;
  for (const lang of languageNames()) {
    const reported = snippets.filter((s) => s.lang === lang && !fixed.has(s.id));
    if (reported.length === 0 || aborted) continue;
    for (const version of options.sdks[lang] ?? [undefined]) {
      try {
        const layer = await runLanguage(state, lang, version, reported);
        layers.set(lang, [...(layers.get(lang) ?? []), layer]);
      } catch (error) {
        // The server stopped answering the harness (an existing server that went away): keep what ran, stop here.
        if (!isHarnessError(error, 'SERVER_FAILED')) throw error;
        aborted = `${error.message} (server ${session.server.uri})`;
        break;
      }
    }
  }
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
  });
  timings.add('judge', performance.now() - judgeStart);
  return {
    page: page.path,
    format: page.format,
    backend: session.server.backend,
    server: session.server.description,
    sdks: Object.fromEntries([...layers].map(([lang, list]) => [lang, list.map((l) => l.sdk ?? '').join(', ')])),
    fixture: fixture?.file ?? null,
    fixtures: fixture?.sources ?? [],
    substitutions: [...state.substitutions],
    sandbox: describeSandbox(options.sandbox),
    timings: timings.toJSON(),
    results: judged.results.map(redactOutput),
    ...(versionsRan(layers) ? { drift: driftTables(judged.results) } : {}),
    findings: judged.findings.map(redactFinding),
    summary: judged.summary,
    ...(aborted ? { aborted } : {}),
  };
}
