import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import type { BisectReport } from '../../harness/commands/bisect.ts';
import { readPage } from '../../harness/pages/read-page.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';
import { checkMarkers } from '../expectations/check.ts';
import { markersOf, readExpectations } from '../expectations/markers.ts';
import { runCli, tab } from './run-cli.ts';

// fixtures/pages/sdk-drift.md: `buildHighlighter` and `HighlightType` came with @zilliz/milvus2-sdk-node 2.6.12 (checked
// by hand against every 2.6.x release on npm), so its first tab fails before 2.6.12 and passes from it on.
const PAGE = 'fixtures/pages/sdk-drift.md';
const NODE = '@zilliz/milvus2-sdk-node';
const DEAD = 'http://127.0.0.1:9'; // nothing listens on the discard port: a registry that cannot be reached

/** The CLI's `bisect` with its exit code, parsed `--json` output and stderr. */
async function bisect(args: string[]) {
  const result = await execa('node', ['bin/docs-harness.mjs', 'bisect', PAGE, '--lang', 'node', ...args, '--json'], { reject: false });
  return { exitCode: result.exitCode, report: JSON.parse(result.stdout || 'null') as BisectReport, stderr: result.stderr };
}

describe('SDK drift: several releases in one run', () => {
  it('runs each release of a --sdk list against the same server: one result per tab per release, each with its sdk, and a drift table', async () => {
    const { exitCode, report } = await runCli([PAGE, '--sdk', 'node=2.6.11,2.6.12']);
    expect(exitCode).toBe(1);
    const highlight = report.results.filter((r) => r.id === 'build-a-highlighter/node');
    expect(highlight.map((r) => [r.sdk, r.status])).toEqual([
      [`${NODE} 2.6.11`, 'fail'],
      [`${NODE} 2.6.12`, 'pass'],
    ]);
    expect(report.results.every((r) => r.sdk?.startsWith(NODE))).toBe(true);
    expect(report.results).toHaveLength(6);
    const [drift] = report.drift!;
    expect(drift!.versions).toEqual([`${NODE} 2.6.11`, `${NODE} 2.6.12`]);
    const row = (id: string) => drift!.rows.find((r) => r.id === id)!;
    expect(row('build-a-highlighter/node').cells.map((c) => [c.status, c.changed])).toEqual([
      ['fail', false],
      ['pass', true],
    ]);
    expect(row('build-a-highlighter/node').cells[0]!.finding).toMatch(/^runtime: SyntaxError: Named export '\w+' not found/);
    expect(row('load-the-collection/node')).toMatchObject({
      untested: false,
      cells: [
        { status: 'pass', changed: false },
        { status: 'pass', changed: false },
      ],
    });
    // A placeholder tab says nothing about any release.
    expect(row('describe-the-highlighter/node')).toMatchObject({ untested: true, cells: [{ status: 'skip' }, { status: 'skip' }] });
    // The error is the SDK's, not the page's syntax: the page's `expect(node-2.6.11):` marker, on the import.
    const findings = report.findings.filter((f) => f.sdk === `${NODE} 2.6.11`);
    expect(checkMarkers(markersOf(readExpectations(PAGE), 'node-2.6.11'), findings, report.results, 'errors')).toEqual([]);
  }, 300_000);

  it('shows the drift table in the console and the Markdown summary, changed cells marked', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'dh-drift-'));
    try {
      const result = await execa(
        'node',
        ['bin/docs-harness.mjs', 'run', PAGE, '--sdk', 'node=2.6.11,2.6.12', '--reporter', 'console', '--reporter', 'summary', '--output-dir', out, '--quiet'],
        { reject: false },
      );
      expect(result.stdout).toMatch(/Drift, node \(\* changed from the release before\)/);
      const line = pageSnippets(await readPage(PAGE)).find((t) => t.id === 'build-a-highlighter/node')!.line;
      expect(result.stdout).toMatch(new RegExp(`build-a-highlighter/node :${line} +│ FAIL runtime: SyntaxError: Named export.*│ \\* pass`));
      expect(result.stdout).toMatch(/not tested against the SDK/);
      const summary = await import('node:fs/promises').then((fs) => fs.readFile(path.join(out, 'summary.md'), 'utf8'));
      expect(summary).toContain('| Tab | 2.6.11 | 2.6.12 |');
      expect(summary).toMatch(new RegExp(`\\| build-a-highlighter/node :${line} \\| FAIL runtime: .* \\| \\*\\*pass\\*\\* \\|`));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('bisect: the first release that changed a verdict', () => {
  it('finds 2.6.12 between 2.6.0 and 2.6.17 by binary search over the real npm releases, printing each step', async () => {
    const { exitCode, report, stderr } = await bisect(['--from', '2.6.0', '--to', '2.6.17']);
    expect(exitCode).toBe(0);
    expect(report).toMatchObject({
      lang: 'node',
      from: '2.6.0',
      to: '2.6.17',
      firstChanged: { version: '2.6.12', status: { 'build-a-highlighter/node': 'pass' } },
      lastUnchanged: { version: '2.6.11', status: { 'build-a-highlighter/node': 'fail' } },
    });
    expect(report.tabs).toEqual(['build-a-highlighter/node', 'load-the-collection/node', 'describe-the-highlighter/node']);
    // Binary search: far fewer runs than the 16 releases, the ends included, each release once.
    const versions = report.steps.map((s) => s.version);
    expect(versions.slice(0, 2)).toEqual(['2.6.0', '2.6.17']);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.length).toBeLessThanOrEqual(7);
    expect(report.steps.find((s) => s.version === '2.6.12')).toMatchObject({ changed: true });
    expect(stderr).toMatch(/step 1: 2\.6\.0 \(--from\): build-a-highlighter\/node fail/);
    expect(stderr).toMatch(/step \d: 2\.6\.12: CHANGED/);
  }, 300_000);

  it('says so (exit 1) when the last release answers as the first', async () => {
    const { exitCode, report } = await bisect(['--from', '2.6.12', '--to', '2.6.17']);
    expect(exitCode).toBe(1);
    expect(report.firstChanged).toBeNull();
    expect(report.lastUnchanged.version).toBe('2.6.17');
  }, 300_000);

  it('refuses a range that is not one, and a language without an SDK', async () => {
    expect((await bisect(['--from', '2.6.17', '--to', '2.6.0'])).exitCode).toBe(2);
    const curl = await execa('node', ['bin/docs-harness.mjs', 'bisect', PAGE, '--lang', 'curl', '--from', '1', '--to', '2'], { reject: false });
    expect(curl.exitCode).toBe(2);
    expect(curl.stderr).toMatch(/curl tabs run without an SDK/);
  }, 60_000);
});

describe('version resolution: the registries, before anything runs', () => {
  it('a line is its newest release on the registry (asked again once the cached list expires)', async () => {
    const npm = (await (await fetch(`https://registry.npmjs.org/${NODE.replace('/', '%2f')}`)).json()) as { versions: Record<string, unknown> };
    const newest = semver.maxSatisfying(Object.keys(npm.versions), '~2.6.0');
    const { report } = await runCli(['docs/load-and-release.md', '--lang', 'node', '--sdk', 'node=2.6', '--section', 'release-collection'], {
      DOCS_HARNESS_RELEASES_TTL: '0',
    });
    expect(report.sdks['node']).toBe(`${NODE} ${newest}`);
  }, 300_000);

  it('a version that does not exist is exit 2 naming the nearest real releases; --sdk for curl is exit 2', async () => {
    const missing = await runCli(['docs/load-and-release.md', '--sdk', 'node=2.9']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/@zilliz\/milvus2-sdk-node has no release 2\.9 on npm: the nearest are 2\.6\.\d+ \(below\) and 3\.0\.\d+ \(above\)/);
    expect(missing.stderr).not.toMatch(/running|installing/);
    const curl = await runCli(['docs/load-and-release.md', '--sdk', 'curl=8']);
    expect(curl.exitCode).toBe(2);
    expect(curl.stderr).toMatch(/`--sdk curl=…`: curl tabs run without an SDK/);
  }, 120_000);

  it('offline, the cached release list is used and the run says so; with no cached list a line is exit 2 naming the fix', async () => {
    await runCli(['docs/load-and-release.md', '--lang', 'node', '--section', 'release-collection']);
    const offline = await runCli(['docs/load-and-release.md', '--lang', 'node', '--section', 'release-collection'], {
      npm_config_registry: DEAD,
      DOCS_HARNESS_RELEASES_TTL: '0',
    });
    expect(offline.stderr).toMatch(/warning: npm could not be read \(.*127\.0\.0\.1:9.*\); using the release list of @zilliz\/milvus2-sdk-node cached on/);
    expect(tab(offline.report, 'release-collection/node').status).toBe('pass');
    const empty = await mkdtemp(path.join(tmpdir(), 'dh-empty-cache-'));
    try {
      const none = await runCli(['docs/load-and-release.md', '--lang', 'node'], { npm_config_registry: DEAD, DOCS_HARNESS_CACHE: empty });
      expect(none.exitCode).toBe(2);
      expect(none.stderr).toMatch(/could not be read from npm: .*none is cached: connect to npm, or name exact versions/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('an SDK that will not install', () => {
  it('skips its language with the reason while the other languages run and report', async () => {
    // GOPROXY=off: the Go module of that release cannot be downloaded (as with a registry that is down).
    const { exitCode, report } = await runCli(['docs/load-and-release.md', '--lang', 'python,go', '--sdk', 'go=2.5.1'], { GOPROXY: 'off' });
    expect(exitCode).toBe(1); // the page's own Python syntax error, not the install
    const go = report.results.filter((r) => r.lang === 'go');
    expect(go).toHaveLength(3);
    for (const result of go) {
      expect(result.status).toBe('skip');
      expect(result.skipReason).toMatch(
        /github\.com\/milvus-io\/milvus\/client\/v2 v2\.5\.1 could not be installed, so the go tabs were not tested: .*GOPROXY=off/,
      );
      expect(result.findings[0]).toMatchObject({ kind: 'unsupported', severity: 'warning' });
    }
    expect(tab(report, 'load-collection/python').status).toBe('pass');
    expect(report.summary.unsupported).toBe(3);
  }, 300_000);
});
