#!/usr/bin/env zx
// Speed measurements: ratios are taken in one run, absolute times given for context. Run with `npm run bench`.
import { performance } from 'node:perf_hooks';

const { installSignalHandlers } = await import('../harness/process/lifecycle.ts');
// Servers and drivers started here are killed if the bench fails or is interrupted.
installSignalHandlers();

const { readPage } = await import('../harness/pages/read-page.ts');
const { EmbeddedServer } = await import('../harness/server/embedded.ts');
const { AdminClient } = await import('../harness/server/admin.ts');
const { serverVenv } = await import('../harness/server/server-venv.ts');
const { readFixture } = await import('../harness/setup/fixture.ts');
const { resetNamespace } = await import('../harness/setup/apply.ts');
const { takeBaseline } = await import('../harness/server/baseline.ts');

const line = (label, value) => console.log(`${label.padEnd(52)} ${value}`);

async function mean(fn, repeat) {
  const start = performance.now();
  for (let i = 0; i < repeat; i += 1) await fn();
  return (performance.now() - start) / repeat;
}

// BENCH_ONLY=loop (or drift) runs the contributor-loop (or SDK drift) section alone.
const loopOnly = process.env.BENCH_ONLY === 'loop' || process.env.BENCH_ONLY === 'drift';
if (!loopOnly) {
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
  const baseline = await takeBaseline(admin, new Set(fixture?.collections.map((c) => c.name)));
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

  // Run engine: the seed page's Python and Node tabs, one process per language per page vs one process per snippet.
  {
    const { ServerSession } = await import('../harness/server/session.ts');
    const { runPage } = await import('../harness/pipeline.ts');
    const { pageSnippets } = await import('../harness/pages/snippets.ts');
    const { createAdapter } = await import('../harness/languages/load-adapter.ts');
    const { endpointOf, mapEndpoint } = await import('../harness/run/endpoint.ts');
    const { setQuiet } = await import('../harness/support/progress.ts');
    setQuiet(true);
    const session = await ServerSession.open({});
    const options = { langs: ['python', 'node'], timeoutMs: 60_000, strict: false, sdks: {}, noCache: true };
    const prepared = new Map();
    await runPage('docs/load-and-release.md', options, session, prepared); // warm-up: installs SDKs if needed
    const full = await mean(() => runPage('docs/load-and-release.md', options, session, prepared), 2);
    const page = await readPage('docs/load-and-release.md');
    const context = { endpoint: endpointOf(session.server), timeoutMs: 60_000, hasRest: false, hasFixture: true };
    const adapters = {};
    for (const lang of ['python', 'node']) adapters[lang] = await (await createAdapter(lang)).prepare(undefined);
    const runnable = (lang) =>
      pageSnippets(page)
        .filter((s) => s.lang === lang && !s.placeholder)
        .map((s) => ({ ...s, code: mapEndpoint(s.code, context.endpoint).code }));
    const batched = await mean(async () => {
      for (const lang of ['python', 'node']) await adapters[lang].run(runnable(lang), context);
    }, 2);
    const perSnippet = await mean(async () => {
      for (const lang of ['python', 'node']) for (const snippet of runnable(lang)) await adapters[lang].run([snippet], context);
    }, 2);
    await session.close();
    line('seed page Python + Node, whole run incl. fixture resets (warm)', `${(full / 1000).toFixed(2)} s`);
    line('  snippets only, one process per language per page', `${(batched / 1000).toFixed(2)} s`);
    line('  snippets only, one fresh process per snippet (*)', `${(perSnippet / 1000).toFixed(2)} s`);
    line('ratio one-process-per-snippet / one-per-language', (perSnippet / batched).toFixed(2));
  }
  console.log('(*) alone in a fresh process, a snippet that uses the client an earlier block made fails at once, so this understates the per-process cost.');

  // Java and Go: one compile per page vs one compile-and-run per snippet (warm), then a cold first run (empty cache).
  {
    const { ServerSession } = await import('../harness/server/session.ts');
    const { pageSnippets } = await import('../harness/pages/snippets.ts');
    const { createAdapter } = await import('../harness/languages/load-adapter.ts');
    const { endpointOf, mapEndpoint } = await import('../harness/run/endpoint.ts');
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const session = await ServerSession.open({});
    const page = await readPage('docs/load-and-release.md');
    const context = { endpoint: endpointOf(session.server), timeoutMs: 120_000, hasRest: false, hasFixture: true };
    for (const lang of ['java', 'go']) {
      const snippets = pageSnippets(page)
        .filter((s) => s.lang === lang && !s.placeholder)
        .map((s) => ({ ...s, code: mapEndpoint(s.code, context.endpoint).code }));
      const adapter = await (await createAdapter(lang)).prepare(undefined);
      await adapter.run(snippets, context);
      const warm = await mean(() => adapter.run(snippets, context), 2);
      const perSnippet = await mean(async () => {
        for (const snippet of snippets) await adapter.run([snippet], context);
      }, 1);
      // Go programs are kept in the cache by source: a warm page program is not built again (a fresh build is ~2 s).
      line(`${lang}: seed page, one program per page (warm${lang === 'go' ? ', build kept' : ''})`, `${(warm / 1000).toFixed(2)} s`);
      line(`${lang}: one ${lang === 'java' ? 'JShell' : 'build-and-run'} per snippet (warm)`, `${(perSnippet / 1000).toFixed(2)} s`);
      line(`${lang}: ratio per-snippet / per-page`, (perSnippet / warm).toFixed(2));
    }
    const cold = await mkdtemp(path.join(tmpdir(), 'docs-harness-cold-cache-'));
    const saved = process.env.DOCS_HARNESS_CACHE;
    process.env.DOCS_HARNESS_CACHE = cold;
    const start = performance.now();
    for (const lang of ['java', 'go']) {
      const adapter = await (await createAdapter(lang)).prepare(undefined);
      await adapter.run(
        pageSnippets(page).filter((s) => s.lang === lang && !s.placeholder),
        context,
      );
    }
    const coldMs = performance.now() - start;
    if (saved === undefined) delete process.env.DOCS_HARNESS_CACHE;
    else process.env.DOCS_HARNESS_CACHE = saved;
    await rm(cold, { recursive: true, force: true });
    await session.close();
    line('java + go cold first run (empty cache: Maven, Go modules, Go build)', `${(coldMs / 1000).toFixed(1)} s`);
  }

  // Whole trees: time against the number of pages (1, 5, 20 copies of the clean seed page, every language, one server).
  // Growth should be linear; the per-page cost is the slope, the fixed cost (server start, SDK preparation) the rest.
  if (process.env.BENCH_SKIP_TREE !== '1') {
    const { ServerSession } = await import('../harness/server/session.ts');
    const { runPage } = await import('../harness/pipeline.ts');
    const { setQuiet } = await import('../harness/support/progress.ts');
    const { mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    setQuiet(true);
    const clean = await readFile('fixtures/pages/defects/clean.md', 'utf8');
    const tree = await mkdtemp(path.join(tmpdir(), 'docs-harness-bench-tree-'));
    const pages = [];
    for (let i = 0; i < 20; i += 1) {
      const file = path.join(tree, `page-${String(i).padStart(2, '0')}.md`);
      await writeFile(file, clean);
      pages.push(file);
    }
    const options = { timeoutMs: 60_000, strict: false, sdks: {}, noCache: true }; // copies of one page: run each
    const times = {};
    for (const count of [1, 5, 20]) {
      const started = performance.now();
      const session = await ServerSession.open({});
      const prepared = new Map();
      for (const file of pages.slice(0, count)) await runPage(file, options, session, prepared);
      await session.close();
      times[count] = performance.now() - started;
      line(`tree of ${count} page(s), whole run (warm cache)`, `${(times[count] / 1000).toFixed(1)} s`);
    }
    const perPage = (times[20] - times[5]) / 15;
    line('per-page cost (slope between 5 and 20 pages)', `${(perPage / 1000).toFixed(2)} s`);
    line('fixed cost (server start, SDK preparation)', `${((times[1] - perPage) / 1000).toFixed(1)} s`);
    line('linearity: (t20 - t5) / (t5 - t1) vs 15/4 = 3.75', ((times[20] - times[5]) / (times[5] - times[1])).toFixed(2));
    await rm(tree, { recursive: true, force: true });
  }
}

// The contributor loop, as a contributor runs it (whole CLI commands, warm cache): the full seed page, one language,
// a re-run where nothing changed, and watch mode's save-to-verdict time; each against the design before the loop work
// (commit b4d1f9a, checked out beside this one) where that design could do it. Medians of 3; ratios pair by pair.
if (process.env.BENCH_SKIP_LOOP !== '1' && process.env.BENCH_ONLY !== 'drift') {
  const { mkdtemp, readFile, rm, symlink, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const PREVIOUS = 'b4d1f9a';
  const cli = (cwd, args) => $({ cwd, nothrow: true, quiet: true })`node bin/docs-harness.mjs ${args}`;
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const timed = async (cwd, args) => {
    const start = performance.now();
    const result = await cli(cwd, args);
    return { ms: performance.now() - start, result };
  };
  const previous = await mkdtemp(path.join(tmpdir(), 'docs-harness-previous-'));
  const haveHistory = (await $({ nothrow: true, quiet: true })`git worktree add --detach ${previous} ${PREVIOUS}`).exitCode === 0;
  if (haveHistory) await symlink(path.resolve('node_modules'), path.join(previous, 'node_modules'));
  const seed = path.resolve('docs/load-and-release.md');
  const pair = async (label, now, before) => {
    const a = [];
    const b = [];
    const ratios = [];
    for (let i = 0; i < 3; i += 1) {
      const x = (await timed('.', now)).ms;
      a.push(x);
      if (haveHistory && before) {
        const y = (await timed(previous, before)).ms;
        b.push(y);
        ratios.push(x / y);
      }
    }
    line(label, `${(median(a) / 1000).toFixed(2)} s${b.length ? ` (before: ${(median(b) / 1000).toFixed(2)} s, ratio ${median(ratios).toFixed(2)})` : ''}`);
  };
  await pair('--help (commands load only when used)', ['--help'], ['--help']);
  await pair('list of the seed page', ['list', seed], ['list', seed]);
  await cli('.', ['run', seed, '--quiet']); // warm: SDKs, builds, the result cache for the seed page
  await pair('warm full run of the seed page, every tab run (--no-cache)', ['run', seed, '--quiet', '--no-cache'], ['run', seed, '--quiet']);
  await pair(
    'warm one-language run (--lang python --no-cache)',
    ['run', seed, '--quiet', '--lang', 'python', '--no-cache'],
    ['run', seed, '--quiet', '--lang', 'python'],
  );
  await pair('warm re-run, nothing changed (results reused)', ['run', seed, '--quiet'], ['run', seed, '--quiet']);
  const report = JSON.parse((await cli('.', ['run', seed, '--quiet', '--no-cache', '--json'])).stdout);
  line(
    '  phases of the full run (ms)',
    Object.entries(report.timings)
      .filter(([, ms]) => ms >= 20)
      .map(([k, ms]) => `${k} ${ms}`)
      .join(', '),
  );
  // Watch: save a one-line change in a Python tab, time until the new verdict is printed.
  const dir = await mkdtemp(path.join(tmpdir(), 'docs-harness-watch-'));
  const page = path.join(dir, 'page.md');
  await writeFile(page, await readFile('fixtures/pages/load-and-release.source.md', 'utf8'));
  const watcher = $({ nothrow: true, quiet: true })`node bin/docs-harness.mjs run ${page} --watch`;
  let err = '';
  watcher.stderr.on('data', (chunk) => {
    err += chunk.toString();
  });
  const until = async (text, count) => {
    while ((err.match(new RegExp(text, 'g')) ?? []).length < count) await sleep(20);
  };
  await until('save to re-run', 1);
  const saves = [];
  const stamp = Date.now(); // edits no earlier run made (the result cache would answer at once)
  for (let i = 1; i <= 3; i += 1) {
    const text = await readFile(page, 'utf8');
    const start = performance.now();
    await writeFile(
      page,
      text.replace(/^client\.release_collection\(.*$/m, (line) => `${line.replace(/ *#.*$/, '')}  # edit ${stamp}-${i}`),
    );
    await until('re-run in [\\d.]+ s \\([1-9]', i); // a re-run in which the edited tabs ran (not an echo of the save)
    saves.push(performance.now() - start);
  }
  watcher.kill('SIGINT');
  await watcher;
  line('watch: save a one-line Python edit -> its verdict', `${(median(saves) / 1000).toFixed(2)} s (no watch mode before)`);
  await rm(dir, { recursive: true, force: true });
  if (haveHistory) await $({ nothrow: true, quiet: true })`git worktree remove --force ${previous}`;
  await rm(previous, { recursive: true, force: true });
}

// SDK drift: a 3-release matrix of the seed page against a single-release run (its own file: scripts/bench-drift.mjs).
if (process.env.BENCH_SKIP_DRIFT !== '1') await import('./bench-drift.mjs');
