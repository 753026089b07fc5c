// The arrows for one page: read → fixture → per language (reset, run) → verdicts → report data.
import type { Finding, Lang, PageReport, Snippet, SnippetRun, TabResult } from './types.ts';
import { readPage } from './pages/read-page.ts';
import { pageSnippets } from './pages/snippets.ts';
import { findFixture } from './fixtures/fixture.ts';
import { resetNamespace, takeBaseline } from './fixtures/apply.ts';
import { ADAPTERS, RUNNABLE_LANGS } from './languages/registry.ts';
import type { LanguageAdapter, PreparedSdk } from './languages/adapter.ts';
import { endpointOf, mapEndpoint } from './endpoint.ts';
import { isError, missingTabs, notRun, verdict } from './judge/verdict.ts';
import { redact } from './server/uri.ts';
import type { ServerSession } from './server/session.ts';
import { progress } from './progress.ts';

/** What a run asks for (flags resolved). */
export interface RunOptions {
  readonly langs?: readonly Lang[];
  readonly sections?: readonly string[];
  readonly timeoutMs: number;
  readonly strict: boolean;
  readonly sdks: Readonly<Partial<Record<Lang, string>>>;
  readonly fixture?: string;
}

function selected(snippet: Snippet, options: RunOptions): boolean {
  const sectionOk = !options.sections?.length || options.sections.some((s) => [snippet.section.toLowerCase(), snippet.id.split('/')[0]].includes(s.toLowerCase()));
  return sectionOk && (!options.langs?.length || options.langs.includes(snippet.lang));
}

/** Snippets that are not run, with the reason (placeholders, languages without a runner). */
function staticRun(snippet: Snippet): SnippetRun | undefined {
  if (snippet.placeholder) {
    const body = snippet.code.trim() || '(empty)';
    return notRun(snippet, { kind: 'missing-tab', severity: 'warning', line: snippet.line, message: `the ${snippet.lang} tab is a placeholder (${JSON.stringify(body)}), not code` }, 'placeholder');
  }
  if (!ADAPTERS[snippet.lang]) {
    const what = snippet.lang === 'other' ? `\`${snippet.fence || 'unlabelled'}\` tabs` : `${snippet.lang} tabs`;
    return notRun(snippet, { kind: 'unsupported', severity: 'warning', line: snippet.line, message: `no runner for ${what} yet` }, `no runner for ${what}`);
  }
  return undefined;
}

/** Adapters already prepared in this run (by language and SDK version), so several pages install once. */
export type PreparedAdapters = Map<string, { adapter: LanguageAdapter; sdk: PreparedSdk }>;

/** Prepares (once per run) the adapter of `lang` for the SDK version asked for. */
async function preparedAdapter(lang: Lang, version: string | undefined, prepared: PreparedAdapters) {
  const key = `${lang}@${version ?? ''}`;
  let entry = prepared.get(key);
  if (!entry) {
    const adapter = ADAPTERS[lang]!();
    entry = { adapter, sdk: await adapter.prepare(version) };
    prepared.set(key, entry);
  }
  return entry;
}

/** Runs every selected tab of one page against the session's server and returns the report data. */
export async function runPage(file: string, options: RunOptions, session: ServerSession, prepared: PreparedAdapters): Promise<PageReport> {
  const page = await readPage(file);
  const snippets = pageSnippets(page).filter((s) => selected(s, options));
  const fixture = await findFixture(page, options.fixture);
  const runs = new Map<string, SnippetRun>();
  const sdks: Record<string, string> = {};
  const substitutions = new Set<string>();

  for (const snippet of snippets) {
    const fixed = staticRun(snippet);
    if (fixed) runs.set(snippet.id, fixed);
  }
  let baseline = await takeBaseline(session.admin, fixture);
  for (const lang of RUNNABLE_LANGS) {
    const mine = snippets.filter((s) => s.lang === lang && !runs.has(s.id));
    if (mine.length === 0) continue;
    const { adapter, sdk } = await preparedAdapter(lang, options.sdks[lang], prepared);
    sdks[lang] = sdk.description;
    const endpoint = endpointOf(session.server);
    for (const s of mine) for (const sub of mapEndpoint(s.code, endpoint).substitutions) substitutions.add(`${sub.from} → ${redact(sub.to, endpoint.token)}`);
    await resetNamespace(session.admin, fixture, baseline);
    progress(`${page.id}: running ${mine.length} ${lang} snippet(s) with ${sdk.description}`);
    let results = await adapter.run(mine, { endpoint, timeoutMs: options.timeoutMs, strict: options.strict, hasRest: session.server.hasRest, hasFixture: fixture !== undefined });
    const died = await session.reviveIfDead();
    if (died) {
      const finding = (s: Snippet): Finding => ({ kind: 'runtime', severity: 'error', line: s.line, message: `the Milvus server died during the ${lang} run (${died}); a fresh server was started for the rest` });
      results = results.map((r, i) => (r.outcome === 'ok' && r.findings.length === 0 ? r : { ...r, findings: [...r.findings, finding(mine[i]!)] }));
      baseline = await takeBaseline(session.admin, fixture);
    }
    results.forEach((r) => runs.set(r.id, r));
  }

  const token = session.server.token;
  const clean = (text: string) => redact(text, token);
  const results: TabResult[] = snippets.map((s) => {
    const result = verdict(s, runs.get(s.id)!, options.strict);
    return { ...result, stdout: clean(result.stdout), stderr: clean(result.stderr), findings: result.findings.map((f) => ({ ...f, message: clean(f.message) })) };
  });
  const pageFindings = options.langs?.length || options.sections?.length ? [] : missingTabs(page);
  const findings = [
    ...results.flatMap((r) => r.findings.map((f) => ({ ...f, id: r.id, lang: r.lang }))),
    ...pageFindings,
  ].sort((a, b) => a.line - b.line);
  return {
    page: page.path,
    format: page.format,
    backend: session.server.backend,
    server: session.server.description,
    sdks,
    fixture: fixture?.file ?? null,
    substitutions: [...substitutions],
    results,
    findings,
    summary: {
      pass: results.filter((r) => r.status === 'pass').length,
      fail: results.filter((r) => r.status === 'fail').length,
      skip: results.filter((r) => r.status === 'skip').length,
      errors: findings.filter((f) => isError(f, options.strict)).length,
      warnings: findings.filter((f) => !isError(f, options.strict)).length,
    },
  };
}
