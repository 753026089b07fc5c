// Bench part `loop`: the contributor loop as whole CLI commands (warm cache), each against the design before the loop work.
import path from 'node:path';
import { check, line, type Mode, type Part, median, repeats, seconds } from './common.ts';
import { type CliRun, checkExit, cli, jsonReport } from './cli.ts';
import { type Previous, PREVIOUS, unpackPrevious } from './previous.ts';
import { watchSaves } from './watch.ts';

/** Times `now` (here) and `before` (the previous design) alternately, medians; ratios paired run by run. Returns the last run here. */
async function pair(mode: Mode, previous: Previous | undefined, label: string, now: string[], before?: string[]): Promise<CliRun> {
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  let last: CliRun | undefined;
  for (let i = 0; i < repeats(mode, 3); i += 1) {
    last = await cli(now);
    checkExit(last);
    a.push(last.ms);
    if (previous && before) {
      const y = await cli(before, { cwd: previous.dir, env: previous.env });
      checkExit(y);
      b.push(y.ms);
      ratios.push(last.ms / y.ms);
    }
  }
  line(label, `${seconds(median(a))}${b.length ? ` (before: ${seconds(median(b))}, ratio ${median(ratios).toFixed(2)})` : ''}`);
  return last!;
}

/** `--help`, `list`, full / one-language / unchanged re-runs of the seed page, and watch's save-to-verdict time. */
export const loopPart: Part = {
  name: 'loop',
  title: `the contributor loop as whole commands (full runs: against commit ${PREVIOUS})`,
  async run(mode: Mode) {
    const seed = path.resolve('docs/load-and-release.md');
    // No "before" in a smoke run: it would install the previous design's SDKs into its own cache.
    const previous = mode.smoke ? undefined : await unpackPrevious();
    if (!mode.smoke && !previous) line(`(no commit ${PREVIOUS} here: no "before" column)`, '');
    try {
      const help = await pair(mode, previous, '--help (commands load only when used)', ['--help'], ['--help']);
      check(help.stdout.includes('run'), `--help to list the \`run\` command: ${help.stdout.slice(0, 200)}`);
      const listed = await pair(mode, previous, 'list of the seed page', ['list', seed], ['list', seed]);
      check(listed.stdout.includes('load-collection'), `list to print the \`load-collection\` rows: ${listed.stdout.slice(0, 200)}`);
      // A smoke run keeps to Python (no full run) and checks what ran through JSON reports.
      const only = mode.smoke ? ['--lang', 'python'] : [];
      const json = mode.smoke ? ['--json'] : [];
      checkExit(await cli(['run', seed, '--quiet', ...only])); // warm: SDKs, builds, the result cache for the seed page
      if (previous) checkExit(await cli(['run', seed, '--quiet'], { cwd: previous.dir, env: previous.env }));
      if (!mode.smoke) {
        await pair(
          mode,
          previous,
          'warm full run of the seed page, every tab run (--no-cache)',
          ['run', seed, '--quiet', '--no-cache'],
          ['run', seed, '--quiet'],
        );
      }
      const one = await pair(
        mode,
        previous,
        'warm one-language run (--lang python --no-cache)',
        ['run', seed, '--quiet', '--lang', 'python', '--no-cache', ...json],
        ['run', seed, '--quiet', '--lang', 'python'],
      );
      const again = await pair(
        mode,
        previous,
        `warm re-run, nothing changed (results reused)${mode.smoke ? ', Python' : ''}`,
        ['run', seed, '--quiet', ...only, ...json],
        ['run', seed, '--quiet'],
      );
      if (mode.smoke) {
        const reused = jsonReport(again).results.filter((r) => r.exitStatus !== 'skipped');
        check(
          reused.length > 0 && reused.every((r) => r.cached),
          `the re-run to reuse every result; ran again: ${reused.filter((r) => !r.cached).map((r) => r.id)}`,
        );
      }
      const report = jsonReport(mode.smoke ? one : await cli(['run', seed, '--quiet', '--no-cache', '--json']));
      line(
        `  phases of the ${mode.smoke ? 'one-language' : 'full'} run (ms)`,
        Object.entries(report.timings ?? {})
          .filter(([, ms]) => ms >= 20)
          .map(([k, ms]) => `${k} ${ms}`)
          .join(', '),
      );
      const saves = await watchSaves(repeats(mode, 3), only);
      line('watch: save a one-line Python edit -> its verdict', `${seconds(median(saves))} (no watch mode before)`);
    } finally {
      await previous?.remove();
    }
  },
};
