// Bench part `tree`: a whole run's time against the number of pages (copies of the clean seed page, one server).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Lang } from '../../harness/types.ts';
import type { PreparedAdapters } from '../../harness/languages/prepared.ts';
import { languageNames } from '../../harness/languages/registry.ts';
import { runPage, type RunOptions } from '../../harness/pipeline.ts';
import { ServerSession } from '../../harness/server/session.ts';
import { check, checkTested, line, type Mode, type Part, seconds, timed } from './common.ts';
import { defaultSdks } from './runners.ts';
import { checkExit, cli } from './cli.ts';

const CLEAN = 'fixtures/pages/defects/clean.md';

/** Tree sizes and languages: 1, 5, 20 pages in every language; in a smoke run 1 and 2 pages of Python only. */
function plan(mode: Mode): { sizes: number[]; langs?: Lang[] } {
  return mode.smoke ? { sizes: [1, 2], langs: ['python'] } : { sizes: [1, 5, 20] };
}

/** Growth should be linear: the per-page cost is the slope, the fixed cost (server start, SDK preparation) the rest. */
export const treePart: Part = {
  name: 'tree',
  title: 'whole runs of 1, 5, 20 copies of the clean seed page: per-page and fixed cost',
  async run(mode: Mode) {
    const { sizes, langs } = plan(mode);
    const options: RunOptions = { langs, timeoutMs: 60_000, strict: false, sdks: await defaultSdks(langs ?? languageNames()), noCache: true }; // copies of one page: run each
    const clean = await readFile(CLEAN, 'utf8');
    const tree = await mkdtemp(path.join(tmpdir(), 'docs-harness-bench-tree-'));
    try {
      const pages: string[] = [];
      for (let i = 0; i < Math.max(...sizes); i += 1) {
        const file = path.join(tree, `page-${String(i).padStart(2, '0')}.md`);
        await writeFile(file, clean);
        pages.push(file);
      }
      const times: number[] = [];
      for (const count of sizes) {
        const { ms } = await timed(async () => {
          const session = await ServerSession.open({});
          const prepared: PreparedAdapters = new Map();
          try {
            for (const file of pages.slice(0, count)) {
              const report = await runPage(file, options, session, prepared);
              checkTested(report);
              check(report.summary.errors === 0, `${CLEAN} (copied) to pass: ${report.findings.find((f) => f.severity === 'error')?.message}`);
            }
          } finally {
            await session.close();
          }
        });
        times.push(ms);
        line(`tree of ${count} page(s), whole run (warm cache${langs ? `, ${langs.join(', ')} only` : ''})`, seconds(ms, 1));
      }
      // The slope between the two largest trees, and what one page costs beyond it.
      const [a, b] = [sizes.length - 2, sizes.length - 1];
      const perPage = (times[b]! - times[a]!) / (sizes[b]! - sizes[a]!);
      line(`per-page cost (slope between ${sizes[a]} and ${sizes[b]} pages)`, seconds(perPage));
      line('fixed cost (server start, SDK preparation)', seconds(times[0]! - perPage * sizes[0]!, 1));
      if (sizes.length === 3) {
        const expected = (sizes[2]! - sizes[1]!) / (sizes[1]! - sizes[0]!);
        const measured = (times[2]! - times[1]!) / (times[1]! - times[0]!);
        line(`linearity: (t${sizes[2]} - t${sizes[1]}) / (t${sizes[1]} - t${sizes[0]}) vs ${expected.toFixed(2)}`, measured.toFixed(2));
      }
      await pagesTree(mode.smoke ? SHAPED.slice(0, 2) : SHAPED, langs);
    } finally {
      await rm(tree, { recursive: true, force: true });
    }
  },
};

/** A dozen fixture pages shaped like real ones (several languages, fixtures, planted defects, another format). */
const SHAPED = [
  'fixtures/pages/defects/clean.md',
  'fixtures/pages/load-and-release.source.md',
  'fixtures/pages/server-calls.md',
  'fixtures/pages/lite-outputs.md',
  'fixtures/pages/databases.md',
  'fixtures/pages/node-masks.md',
  'fixtures/pages/compiled-masks.md',
  'fixtures/pages/judging-cases.md',
  'fixtures/pages/gaps-and-dependents.md',
  'fixtures/pages/page-rows.md',
  'fixtures/pages/state-after-trouble.md',
  'fixtures/pages/formats/load-and-release.docusaurus.md',
];

/**
 * A tree run whole (CLI) as a docs team's CI runs it, every tab run (`--no-cache`): the design before (one server, a
 * process per page and language), two servers, then two servers with warm runtimes (today's default); then again
 * with nothing changed (results reused: no server started, no runtime); the ratios are the goals' (at least 2× with
 * every tab run, at most 1/25 unchanged).
 */
async function pagesTree(pages: readonly string[], langs: readonly Lang[] | undefined): Promise<void> {
  const args = [...pages, '--json', '--quiet', ...(langs ? ['--lang', langs.join(',')] : [])];
  const cached = { DOCS_HARNESS_NO_CACHE: '0' };
  const before = await cli(['run', ...args, '--no-cache'], { env: { ...cached, DOCS_HARNESS_LANES: '1', DOCS_HARNESS_WARM: '0' } });
  checkExit(before);
  const lanes = await cli(['run', ...args, '--no-cache'], { env: { ...cached, DOCS_HARNESS_WARM: '0' } });
  checkExit(lanes);
  const cold = await cli(['run', ...args, '--no-cache'], { env: cached });
  checkExit(cold);
  check(verdicts(cold.stdout) === verdicts(before.stdout), 'the same verdicts, tab for tab, whatever the design');
  await cli(['run', ...args], { env: cached }); // fills the cache
  const warm = await cli(['run', ...args], { env: cached });
  checkExit(warm);
  const reports = JSON.parse(warm.stdout) as { results: { cached?: boolean; exitStatus: string }[]; server: string }[];
  const ran = reports.flatMap((r) => r.results).filter((r) => !r.cached && r.exitStatus !== 'skipped');
  check(ran.length === 0, `an unchanged tree to reuse every result, but ${ran.length} ran again`);
  check(
    reports.every((r) => /not started/.test(r.server)),
    'an unchanged tree to start no server',
  );
  const faster = (ms: number) => `${seconds(ms, 1)} (×${(before.ms / ms).toFixed(2)} faster)`;
  line(`${pages.length} fixture pages, whole CLI run, every tab run, one server, a process per page (the design before)`, seconds(before.ms, 1));
  line(`the same, two servers (a page's languages side by side)`, faster(lanes.ms));
  line('the same, two servers and warm runtimes (one Python, one JVM for the run)', faster(cold.ms));
  line('the same tree, nothing changed (results reused, no server started)', `${seconds(warm.ms)} (1/${Math.round(cold.ms / warm.ms)} of the run above)`);
}

/** Every tab's verdict and error lines, in one string (two runs must give the same). */
function verdicts(json: string): string {
  const reports = JSON.parse(json) as { results: { id: string; exitStatus: string; findings: { severity: string; kind: string; line: number }[] }[] }[];
  return JSON.stringify(
    reports.flatMap((r) => r.results.map((t) => [t.id, t.exitStatus, t.findings.filter((f) => f.severity === 'error').map((f) => `${f.kind}:${f.line}`)])),
  );
}
