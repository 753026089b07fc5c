// A fixed page report for reporter snapshots (no server needed).
import type { PageReport } from '../../harness/types.ts';

/** A report with a pass, a failure with a diff, a skip and page-level findings. */
export const SAMPLE_REPORT: PageReport = {
  page: 'docs/sample.md',
  format: 'rendered',
  backend: 'embedded',
  server: 'milvus-lite 3.2.2 (pid 1, http://127.0.0.1:40000)',
  sdks: { python: 'pymilvus 2.6.17', node: '@zilliz/milvus2-sdk-node 2.6.17' },
  fixture: 'fixtures/sample.fixture.json',
  fixtures: [],
  substitutions: ['http://localhost:19530 → http://127.0.0.1:40000'],
  results: [
    { id: 'load/python', section: 'Load', lang: 'python', line: 10, endLine: 20, status: 'pass', stdout: "{'state': <LoadState: Loaded>}\n", stderr: '', exitStatus: 'ok', durationMs: 512, findings: [] },
    {
      id: 'release/python', section: 'Release', lang: 'python', line: 30, endLine: 40, status: 'fail', stdout: "{'state': <LoadState: NotLoad>}\n", stderr: 'a "quoted" <stderr> & more\n', exitStatus: 'ok', durationMs: 250,
      findings: [{ kind: 'output-mismatch', severity: 'error', line: 36, message: 'the page documents Loaded, but the snippet printed NotLoad', diff: '--- documented\n+++ actual\n@@ -1 +1 @@\n-Loaded\n+NotLoad' }],
    },
    { id: 'release/curl', section: 'Release', lang: 'curl', line: 42, endLine: 50, status: 'skip', stdout: '', stderr: '', exitStatus: 'skipped', durationMs: 0, findings: [], skipReason: 'the server has no REST API' },
    { id: 'release/node', section: 'Release', lang: 'node', line: 52, endLine: 60, status: 'pass', stdout: 'Success\n', stderr: '', exitStatus: 'ok', durationMs: 800, findings: [{ kind: 'lint', severity: 'warning', line: 53, message: '`res` is assigned without being declared, 100% sure: fix it' }] },
  ],
  findings: [
    { kind: 'output-mismatch', severity: 'error', line: 36, message: 'the page documents Loaded, but the snippet printed NotLoad', diff: '--- documented\n+++ actual\n@@ -1 +1 @@\n-Loaded\n+NotLoad', id: 'release/python', lang: 'python' },
    { kind: 'lint', severity: 'warning', line: 53, message: '`res` is assigned without being declared, 100% sure: fix it', id: 'release/node', lang: 'node' },
    { kind: 'missing-tab', severity: 'warning', line: 8, message: 'the tab group in "Load" has no java tab' },
  ],
  summary: { pass: 2, fail: 1, skip: 1, unsupported: 0, errors: 1, warnings: 2 },
};
