// The browser the HTML report is tested in: Debian's chromium, installed by this setup when missing (apt-get, as root),
// driven by playwright-core. Where none can be had, the reason, for a test that skips saying so.
import { existsSync } from 'node:fs';
import { execa } from 'execa';

/** A chromium to launch, or why there is none. */
export type Chromium = { ok: true; path: string } | { ok: false; reason: string };

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function found(): string | undefined {
  const own = process.env['DOCS_HARNESS_CHROMIUM'];
  return [own, ...CANDIDATES].find((p): p is string => Boolean(p) && existsSync(p!));
}

/** apt-get with its output shown as progress lines. */
async function aptGet(args: string[]): Promise<boolean> {
  const run = execa('apt-get', args, { reject: false, all: true, env: { DEBIAN_FRONTEND: 'noninteractive' } });
  run.all?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) process.stderr.write(`• apt-get: ${line.slice(0, 120)}\n`);
  });
  return (await run).exitCode === 0;
}

/** The chromium to test in: one on the machine, else Debian's package installed now (root only). */
export async function chromium(): Promise<Chromium> {
  const have = found();
  if (have) return { ok: true, path: have };
  if (process.getuid?.() !== 0)
    return { ok: false, reason: "no chromium, and installing Debian's needs root: run `sudo apt-get install chromium` (or set DOCS_HARNESS_CHROMIUM)" };
  process.stderr.write("• installing Debian's chromium for the HTML report's browser test (first run only, ~15 s) …\n");
  const install = ['install', '-y', '--no-install-recommends', 'chromium'];
  if (!(await aptGet(install)) && !((await aptGet(['update'])) && (await aptGet(install)))) {
    return { ok: false, reason: '`apt-get install chromium` failed (see the lines above): no browser to test the HTML report in' };
  }
  const now = found();
  return now ? { ok: true, path: now } : { ok: false, reason: 'apt-get installed chromium, but no chromium binary was found' };
}
