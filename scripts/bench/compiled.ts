// Bench part `compiled`: the clean seed page's Java and Go tabs, one program per page vs one per snippet, then a cold first run.
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Lang, Page } from '../../harness/types.ts';
import type { RunContext } from '../../harness/languages/adapter.ts';
import { readPage } from '../../harness/pages/read-page.ts';
import { ServerSession } from '../../harness/server/session.ts';
import { endpointOf } from '../../harness/run/endpoint.ts';
import { line, type Mode, type Part, ratio, repeats, seconds, timed } from './common.ts';
import { checkRuns, defaultSdks, type FixtureReset, fixtureReset, runnable, runnerFor, type SdkVersions } from './runners.ts';

/** The seed with its defects fixed: the seed's own Go tabs do not compile (wrong import path), so nothing would be built. */
const CLEAN = 'fixtures/pages/defects/clean.md';
const LANGS: readonly Lang[] = ['java', 'go'];

/** Prepares each language's runner into the cache `$DOCS_HARNESS_CACHE` names now and runs the page's tabs once, each
 * from the fixture's state; the milliseconds taken, resets left out. */
async function prepareAndRun(page: Page, sdks: SdkVersions, context: RunContext, reset: FixtureReset): Promise<number> {
  let ms = 0;
  for (const lang of LANGS) {
    const snippets = runnable(page, lang, context.endpoint);
    await reset(snippets);
    ms += (await timed(async () => checkRuns(lang, snippets, await (await runnerFor(lang, sdks)).run(snippets, context)))).ms;
  }
  return ms;
}

/** The same as prepareAndRun, in an empty cache folder (Maven resolution, Go modules, the first Go build). */
async function coldRun(page: Page, sdks: SdkVersions, context: RunContext, reset: FixtureReset): Promise<number> {
  const cold = await mkdtemp(path.join(tmpdir(), 'docs-harness-cold-cache-'));
  const saved = process.env['DOCS_HARNESS_CACHE'];
  process.env['DOCS_HARNESS_CACHE'] = cold;
  try {
    return await prepareAndRun(page, sdks, context, reset);
  } finally {
    if (saved === undefined) delete process.env['DOCS_HARNESS_CACHE'];
    else process.env['DOCS_HARNESS_CACHE'] = saved;
    await makeWritable(cold); // Go keeps its module cache read-only
    await rm(cold, { recursive: true, force: true });
  }
}

/** Makes a folder tree writable by its owner, so that it can be removed. */
async function makeWritable(dir: string): Promise<void> {
  await chmod(dir, 0o755).catch(() => undefined);
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isDirectory()) await makeWritable(path.join(dir, entry.name));
  }
}

/** Warm per-page vs per-snippet runs of Java and Go, then (full runs only) the cold first run of both. */
export const compiledPart: Part = {
  name: 'compiled',
  title: 'Java and Go tabs of the clean seed: one program per page vs one per snippet; cold first run',
  async run(mode: Mode) {
    const sdks = await defaultSdks(LANGS);
    const session = await ServerSession.open({});
    try {
      const page = await readPage(CLEAN);
      const context: RunContext = { endpoint: endpointOf(session.server), timeoutMs: 120_000, hasRest: false, hasFixture: true };
      const reset = await fixtureReset(page, session);
      for (const lang of LANGS) {
        const snippets = runnable(page, lang, context.endpoint);
        const runner = await runnerFor(lang, sdks);
        if (!mode.smoke) await runner.run(snippets, context); // warm-up
        // Each program starts from the fixture's state (the reset is not timed).
        let warm = 0;
        for (let i = 0; i < repeats(mode, 2); i += 1) {
          await reset(snippets);
          warm += (await timed(async () => checkRuns(lang, snippets, await runner.run(snippets, context)))).ms;
        }
        warm /= repeats(mode, 2);
        await reset(snippets);
        let perSnippet = 0;
        for (const snippet of snippets) perSnippet += (await timed(async () => checkRuns(lang, [snippet], await runner.run([snippet], context), false))).ms;
        // Go programs are kept in the cache by source: a warm page program is not built again (a fresh build is ~2 s).
        line(`${lang}: clean seed page, one program per page (warm${lang === 'go' ? ', build kept' : ''})`, seconds(warm));
        line(`${lang}: one ${lang === 'java' ? 'JShell' : 'build-and-run'} per snippet (warm)`, seconds(perSnippet));
        line(`${lang}: ratio per-snippet / per-page`, ratio(perSnippet, warm));
      }
      // The cold run needs the network and ~90 s: full runs only (it prepares and runs exactly as the warm runs above).
      if (mode.smoke) line('java + go cold first run (empty cache)', 'not in --smoke (network, ~90 s)');
      else line('java + go cold first run (empty cache: Maven, Go modules, Go build)', seconds(await coldRun(page, sdks, context, reset), 1));
    } finally {
      await session.close();
    }
  },
};
