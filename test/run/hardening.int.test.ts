// Hostile snippets: the sandbox (environment, files, network), detached children, output floods and late errors.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { processesMatching } from '../helpers.ts';
import { runCli, tab } from './run-cli.ts';

const PLANTED = { DH_PLANTED_TOKEN: 'ghp_plantedSecret0123456789', DH_PLANTED_AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const PROBES = ['/var/tmp/dh-sandbox-probe.txt', path.join(process.env['HOME'] ?? '/root', 'dh-sandbox-probe.txt')];

const leftChildren = () => processesMatching('sleep 301.5');

describe('hostile snippets in the sandbox', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dh-hardening-'));
  const page = path.join(dir, 'hardening.md');
  let other: net.Server;
  let report: PageReport;
  let raw: string;
  let seconds: number;

  beforeAll(async () => {
    // A port on this machine that is not the Milvus server's: the sandbox must not reach it.
    other = net.createServer((socket) => socket.end('hello')).listen(0, '127.0.0.1');
    await new Promise((resolve) => other.once('listening', resolve));
    const port = (other.address() as net.AddressInfo).port;
    writeFileSync(page, readFileSync('fixtures/pages/hardening.md', 'utf8').replace('PROBE_PORT', String(port)));
    for (const probe of PROBES) rmSync(probe, { force: true });
    const started = Date.now();
    const run = await runCli([page, '--timeout', '60', '--output-dir', dir, '--reporter', 'junit'], PLANTED);
    seconds = (Date.now() - started) / 1000;
    raw = run.stdout + run.stderr + readFileSync(path.join(dir, 'junit.xml'), 'utf8') + readFileSync(path.join(dir, 'report.json'), 'utf8');
    report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as PageReport;
  }, 300_000);

  afterAll(() => {
    other?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says in the report that it ran in the sandbox', () => {
    expect(report.sandbox).toMatch(/^bubblewrap: own PID, network and mount namespaces/);
  });

  it("cannot read the harness's (or any other process's) environment; no planted secret reaches a report", () => {
    expect(tab(report, 'secrets/python').stdout).toBe('planted seen: []');
    for (const secret of Object.values(PLANTED)) expect(raw).not.toContain(secret);
  });

  it('cannot write outside its own folder (tool cache, home, shared folders)', () => {
    expect(tab(report, 'writes/python').stdout).toBe('denied: OSError\ndenied: OSError\ndenied: OSError\nown folder: 2');
    for (const probe of PROBES) expect(existsSync(probe)).toBe(false);
  });

  it('reaches the Milvus server and nothing else', () => {
    expect(tab(report, 'network/python').stdout).toBe('server answers: False\nother port: ConnectionRefusedError');
  });

  it('ends a detached child with the run, without waiting on the pipe it holds', async () => {
    expect(tab(report, 'detached/python').status).toBe('pass');
    expect(seconds).toBeLessThan(45);
    expect(await leftChildren()).toBe('');
  });

  it('keeps each snippet its own output past the pipe size, in every language', () => {
    for (const lang of ['python', 'node']) {
      const flood = tab(report, `flood/${lang}`).stdout;
      expect(flood.length).toBe(300_000 + '\nend of flood'.length);
      expect(flood.endsWith('\nend of flood')).toBe(true);
      expect(tab(report, `next/${lang}`).stdout).toBe('next');
    }
  });

  it('caps a torrent of output and reports the cut; the report stays small', () => {
    const torrent = tab(report, 'torrent/python');
    expect(torrent.findings).toEqual([
      expect.objectContaining({ kind: 'output-cut', severity: 'warning', message: expect.stringContaining('printed 60000006 characters on stdout') }),
    ]);
    expect(torrent.stdout.length).toBeLessThan(1_100_000);
    expect(statSync(path.join(dir, 'junit.xml')).size).toBeLessThan(3_000_000);
  });

  it('blames a rejected promise nobody awaited on the snippet that made it, in the middle and at the end', () => {
    expect(tab(report, 'unawaited/node').findings).toEqual([
      expect.objectContaining({ kind: 'runtime', severity: 'error', message: expect.stringContaining('nobody awaited me') }),
    ]);
    expect(tab(report, 'innocent/node').status).toBe('pass');
    expect(tab(report, 'last/node').findings).toEqual([expect.objectContaining({ kind: 'runtime', message: expect.stringContaining('late and last') })]);
  });
});

describe('secrets without the sandbox', () => {
  it('a snippet that reads them gets them, but no report shows them, in any encoding', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dh-secrets-'));
    try {
      const run = await runCli(['fixtures/pages/hardening.md', '--section', 'secrets', '--no-sandbox', '--output-dir', dir, '--reporter', 'junit'], PLANTED);
      const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as PageReport;
      expect(tab(report, 'secrets/python').stdout).toContain("planted seen: ['DH_PLANTED_AWS_SECRET_ACCESS_KEY=***', 'DH_PLANTED_TOKEN=***']");
      expect(tab(report, 'secrets/python').stdout).toMatch(/^encoded: \*\*\* \*\*\*$/m);
      const everything = run.stdout + run.stderr + readFileSync(path.join(dir, 'junit.xml'), 'utf8') + readFileSync(path.join(dir, 'report.json'), 'utf8');
      for (const secret of Object.values(PLANTED)) {
        for (const form of [secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)]) expect(everything).not.toContain(form);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('where no sandbox can be made', () => {
  it('warns on stderr, says so in the report, and still runs', async () => {
    const run = await runCli(['fixtures/pages/hardening.md', '--section', 'next', '--lang', 'python'], { DOCS_HARNESS_BWRAP: '/bin/false' });
    expect(run.stderr).toMatch(/warning: snippets run WITHOUT a sandbox \(\/bin\/false cannot create namespaces here/);
    expect(run.report.sandbox).toMatch(/^none \(/);
    expect(tab(run.report, 'next/python').status).toBe('pass');
  }, 120_000);
});

describe('detached children without the sandbox', () => {
  it('are still ended with the run, and the run does not wait for them', async () => {
    const started = Date.now();
    const { report } = await runCli(['fixtures/pages/hardening.md', '--section', 'detached', '--no-sandbox', '--timeout', '60']);
    expect(tab(report, 'detached/python').status).toBe('pass');
    expect((Date.now() - started) / 1000).toBeLessThan(45);
    expect(await leftChildren()).toBe('');
  }, 120_000);
});
