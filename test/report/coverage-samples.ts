// Hand-made results and page reports for the coverage tests (no server needed).
import type { Lang, Page, PageReport, Skip, TabResult, TabStatus } from '../../harness/types.ts';
import { SAMPLE_REPORT } from './sample-report.ts';

/** A tab result with a verdict and, for a tab not run, its skip. */
export function result(id: string, lang: Lang, status: TabStatus, skip?: Skip): TabResult {
  return {
    id,
    section: id.split('/')[0]!,
    lang,
    line: 1,
    endLine: 2,
    status,
    stdout: '',
    stderr: '',
    exitStatus: skip ? 'skipped' : 'ok',
    durationMs: 0,
    findings: [],
    ...(skip ? { skip } : {}),
  };
}

const gap: Skip = { code: 'server-gap', server: 'milvus-lite 3.2.2', gap: 'load-partitions', feature: 'partition loading' };

/** Twelve results: 4 pass, 2 fail (one a curl tab whose documented output was judged), 5 skipped for four reasons, one placeholder. */
export const RESULTS: readonly TabResult[] = [
  result('a/python', 'python', 'pass'),
  result('a/java', 'java', 'pass'),
  result('a/node', 'node', 'fail'),
  result('a/go', 'go', 'skip', gap),
  result('a/curl', 'curl', 'skip', { code: 'no-rest-server' }),
  result('b/python', 'python', 'pass'),
  result('b/java', 'java', 'skip', { code: 'depends-on-failed', from: { id: 'a/java', line: 3 }, name: 'schema' }),
  result('b/go', 'go', 'skip', gap),
  result('b/curl', 'curl', 'fail', { code: 'no-rest-server' }),
  result('c/python', 'python', 'pass'),
  result('c/curl', 'curl', 'skip', { code: 'placeholder' }),
  result('c/json', 'other', 'skip', { code: 'no-runner', fence: 'json' }),
];

/** A page model with three groups: all five languages, python + java, and a lone python tab (not a group to compare). */
export const PAGE = {
  path: 'docs/p.md',
  groups: [['python', 'java', 'node', 'go', 'curl'], ['python', 'java'], ['python']].map((langs, i) => ({
    line: i * 10,
    section: undefined,
    tabs: langs.map((lang) => ({ lang })),
  })),
} as unknown as Page;

/** A page report of `results` (its summary counted as the judge would), without coverage unless given. */
export function report(page: string, results: readonly TabResult[], coverage?: PageReport['coverage']): PageReport {
  const n = (status: TabStatus) => results.filter((r) => r.status === status).length;
  return {
    ...SAMPLE_REPORT,
    page,
    results,
    findings: [],
    summary: { pass: n('pass'), fail: n('fail'), skip: n('skip'), unsupported: 0, errors: n('fail'), warnings: 0 },
    coverage,
  };
}
