#!/usr/bin/env zx
// Speed measurements: ratios are taken in one run, absolute times given for context. Run with `npm run bench`.
import { performance } from 'node:perf_hooks';

const { readPage } = await import('../harness/pages/read-page.ts');
const { EmbeddedServer } = await import('../harness/server/embedded.ts');
const { AdminClient } = await import('../harness/server/admin.ts');
const { serverVenv } = await import('../harness/server/server-venv.ts');
const { readFixture } = await import('../harness/fixtures/fixture.ts');
const { resetNamespace, takeBaseline } = await import('../harness/fixtures/apply.ts');

const line = (label, value) => console.log(`${label.padEnd(52)} ${value}`);

async function mean(fn, repeat) {
  const start = performance.now();
  for (let i = 0; i < repeat; i += 1) await fn();
  return (performance.now() - start) / repeat;
}

// Page reading.
const rendered = await mean(() => readPage('docs/load-and-release.md'), 20);
const markdown = await mean(() => readPage('fixtures/pages/load-and-release.source.md'), 20);
line('read rendered seed page', `${rendered.toFixed(1)} ms`);
line('read Markdown source seed page', `${markdown.toFixed(1)} ms`);
line('ratio rendered / markdown', (rendered / markdown).toFixed(2));

// Embedded server (warm cache: the venv is installed before timing).
const venv = await serverVenv();
let server;
const start = await mean(async () => {
  server = await EmbeddedServer.start();
  await server.stop();
}, 3);
line('embedded server start until a real RPC answers (warm)', `${(start / 1000).toFixed(2)} s`);

// Namespace isolation: resetting one server to the fixture state vs starting a fresh server per language.
server = await EmbeddedServer.start();
const admin = new AdminClient(venv, server.uri, undefined);
const fixture = await readFixture('fixtures/load-and-release.fixture.json');
const baseline = await takeBaseline(admin, fixture);
const reset = await mean(() => resetNamespace(admin, fixture, baseline), 3);
const fresh = await mean(async () => {
  const other = await EmbeddedServer.start();
  const otherAdmin = new AdminClient(venv, other.uri, undefined);
  await otherAdmin.apply(fixture.collections);
  await otherAdmin.close();
  await other.stop();
}, 3);
await admin.close();
await server.stop();
line('namespace by reset (drop + fixture) per language', `${(reset / 1000).toFixed(2)} s`);
line('namespace by fresh server + fixture per language', `${(fresh / 1000).toFixed(2)} s`);
line('ratio fresh server / reset', (fresh / reset).toFixed(2));
