// Judges a page's runs: documented vs actual, across languages, then verdicts, page findings and the summary.
import type { Finding, Lang, Page, PageReport, Snippet, SnippetRun, TabResult } from '../types.ts';
import { afterTroubleIn, crossLanguage, withReadableReasons } from './cross-language.ts';
import { callAgreement } from './call-agreement.ts';
import { judgeDocumented } from './documented.ts';
import type { StateSnapshot } from '../types.ts';
import { isError, missingTabs, verdict } from './verdict.ts';

/** What judging gives: per-tab results, all findings by line, and the summary. */
export type Judgement = Pick<PageReport, 'results' | 'findings' | 'summary'>;

/**
 * A block outside the page's code tabs that does not parse is as often an illustration (a filter expression, a
 * directory tree, another product's code in a `python` fence) as a broken example: its syntax error is a warning.
 */
function loneBlockSyntax(page: Page, snippet: Snippet, run: SnippetRun): SnippetRun {
  if (snippet.group < page.groups.length || !run.findings.some((f) => f.kind === 'syntax' && f.severity === 'error')) return run;
  const soften = (f: Finding): Finding =>
    f.kind === 'syntax' && f.severity === 'error'
      ? { ...f, severity: 'warning', message: `${f.message} (a block outside the page's code tabs: an illustration, or a broken example)` }
      : f;
  return { ...run, findings: run.findings.map(soften) };
}

/** Judges the runs of the selected snippets of a page. */
export function judgePage(
  page: Page,
  snippets: readonly Snippet[],
  runs: ReadonlyMap<string, SnippetRun>,
  states: ReadonlyMap<string, StateSnapshot>,
  options: { strict: boolean; filtered: boolean; pageFindings?: readonly Finding[]; milvusLite?: boolean },
): Judgement {
  runs = withReadableReasons(snippets, runs);
  const extra = new Map<string, Finding[]>();
  const add = (id: string, findings: readonly Finding[]) => extra.set(id, [...(extra.get(id) ?? []), ...findings]);
  // milvus-lite prints some answers otherwise than a real Milvus (see output-conventions.ts); compared as a real one would.
  const server = { milvusLite: Boolean(options.milvusLite) };
  for (const snippet of snippets) add(snippet.id, judgeDocumented(snippet, runs.get(snippet.id)!, server));
  const groups = new Map<number, Snippet[]>();
  for (const snippet of snippets) groups.set(snippet.group, [...(groups.get(snippet.group) ?? []), snippet]);
  const afterTrouble = afterTroubleIn(snippets, runs);
  for (const group of groups.values()) {
    for (const [id, findings] of crossLanguage(group, runs, states, afterTrouble)) add(id, findings);
    for (const [id, findings] of callAgreement(group, runs)) add(id, findings);
  }

  const results: TabResult[] = snippets.map((snippet) => {
    const run = loneBlockSyntax(page, snippet, runs.get(snippet.id)!);
    return verdict(snippet, { ...run, findings: [...run.findings, ...(extra.get(snippet.id) ?? [])] }, options.strict);
  });
  const pageFindings: (Finding & { id?: string; lang?: Lang })[] = [...(options.filtered ? [] : missingTabs(page)), ...(options.pageFindings ?? [])];
  if (results.length > 0 && results.every((r) => r.status === 'skip')) {
    const placeholders = snippets.filter((s) => s.placeholder).length;
    // A warning here; a run in which no page tested anything fails as a whole (exit 1): never a silent green.
    pageFindings.push({
      kind: 'unsupported',
      severity: 'warning',
      line: snippets[0]!.line,
      message: `no code tab of this page ran (${results.length - placeholders} skipped, ${placeholders} placeholders): nothing was tested`,
    });
  }
  return summarise(results, pageFindings, options.strict);
}

/** Findings by page line (each tab's with its id and language, then the page's own) and the summary counts. */
export function summarise(results: readonly TabResult[], pageFindings: readonly (Finding & { id?: string; lang?: Lang })[], strict: boolean): Judgement {
  const findings = [
    ...results.flatMap((r) => r.findings.map((f) => ({ ...f, id: r.id, lang: r.lang, ...(r.sdk ? { sdk: r.sdk } : {}) }))),
    ...pageFindings,
  ].sort((a, b) => a.line - b.line);
  return {
    results,
    findings,
    summary: {
      pass: results.filter((r) => r.status === 'pass').length,
      fail: results.filter((r) => r.status === 'fail').length,
      skip: results.filter((r) => r.status === 'skip').length,
      unsupported: results.filter((r) => r.status === 'skip' && r.findings.some((f) => f.kind === 'unsupported')).length,
      errors: findings.filter((f) => isError(f, strict)).length,
      warnings: findings.filter((f) => !isError(f, strict)).length,
    },
  };
}
