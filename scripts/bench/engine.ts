// Bench part `engine`: the seed page's Python and Node tabs, one process per language per page vs one per snippet.
import type { Lang, PageReport } from '../../harness/types.ts';
import type { PreparedRunner, RunContext } from '../../harness/languages/adapter.ts';
import type { PreparedAdapters } from '../../harness/languages/prepared.ts';
import { runPage, type RunOptions } from '../../harness/pipeline.ts';
import { readPage } from '../../harness/pages/read-page.ts';
import { ServerSession } from '../../harness/server/session.ts';
import { endpointOf } from '../../harness/run/endpoint.ts';
import { checkTested, line, mean, type Mode, type Part, ratio, repeats, seconds, timed } from './common.ts';
import { checkRuns, defaultSdks, fixtureReset, runnable, runnerFor } from './runners.ts';

const SEED = 'docs/load-and-release.md';
const LANGS: readonly Lang[] = ['python', 'node'];

/** The whole page run (fixture resets included), then the snippets alone: batched per language vs one process each. */
export const enginePart: Part = {
  name: 'engine',
  title: 'Python + Node tabs of the seed: one process per language per page vs one per snippet',
  async run(mode: Mode) {
    const sdks = await defaultSdks(LANGS);
    const session = await ServerSession.open({});
    try {
      const options: RunOptions = { langs: LANGS, timeoutMs: 60_000, strict: false, sdks, noCache: true };
      const prepared: PreparedAdapters = new Map();
      if (!mode.smoke) await runPage(SEED, options, session, prepared); // warm-up (the SDKs are prepared here)
      const reports: PageReport[] = [];
      const full = await mean(async () => reports.push(await runPage(SEED, options, session, prepared)), repeats(mode, 2));
      for (const report of reports) checkTested(report, 'python + node');

      // The snippets alone, each language's from the fixture's state (resets are not timed), as the pipeline runs them.
      const page = await readPage(SEED);
      const reset = await fixtureReset(page, session);
      const context: RunContext = { endpoint: endpointOf(session.server), timeoutMs: 60_000, hasRest: false, hasFixture: true };
      const runners = new Map<Lang, PreparedRunner>();
      for (const lang of LANGS) runners.set(lang, await runnerFor(lang, sdks, prepared));
      const snippets = new Map(LANGS.map((lang) => [lang, runnable(page, lang, context.endpoint)]));
      let batched = 0;
      let perSnippet = 0;
      for (let i = 0; i < repeats(mode, 2); i += 1) {
        for (const lang of LANGS) {
          const mine = snippets.get(lang)!;
          await reset(mine);
          batched += (await timed(async () => checkRuns(lang, mine, await runners.get(lang)!.run(mine, context)))).ms;
        }
      }
      for (let i = 0; i < repeats(mode, 2); i += 1) {
        for (const lang of LANGS) {
          await reset(snippets.get(lang)!);
          // Alone, a snippet that uses an earlier block's client fails at once: only the count is checked.
          for (const snippet of snippets.get(lang)!) {
            perSnippet += (await timed(async () => checkRuns(lang, [snippet], await runners.get(lang)!.run([snippet], context), false))).ms;
          }
        }
      }
      batched /= repeats(mode, 2);
      perSnippet /= repeats(mode, 2);
      line('seed page Python + Node, whole run incl. fixture resets (warm)', seconds(full));
      line('  snippets only, one process per language per page', seconds(batched));
      line('  snippets only, one fresh process per snippet (*)', seconds(perSnippet));
      line('ratio one-process-per-snippet / one-per-language', ratio(perSnippet, batched));
      console.log(
        '(*) alone in a fresh process, a snippet that uses the client an earlier block made fails at once, so this understates the per-process cost.',
      );
    } finally {
      await session.close();
    }
  },
};
