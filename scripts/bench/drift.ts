// Bench part `drift`: a 3-release matrix of the seed page against a single-release run, as whole CLI commands with warm
// SDK environments and every tab run (--no-cache); medians of 3, ratios paired run by run.
import type { Lang } from '../../harness/types.ts';
import { check, line, type Mode, type Part, median, repeats, seconds } from './common.ts';
import { type CliRun, cli, jsonReport } from './cli.ts';

const SEED = 'docs/load-and-release.md';

/** One command the part times: the SDK releases it asks for per language, and its environment. */
interface Variant {
  readonly key: string;
  readonly label: string;
  readonly sdks: Partial<Record<Lang, string>>;
  readonly env?: Readonly<Record<string, string>>;
  /** Only the languages asked for run (a smoke run keeps to Python). */
  readonly langs?: readonly Lang[];
}

/** The variants: a full run's 4, or a smoke run's 2 (Python only, two releases). The first is the single-release run. */
function variants(mode: Mode): Variant[] {
  if (mode.smoke) {
    return [
      { key: 'single', label: 'single-release run of the seed page, Python only', sdks: {}, langs: ['python'] },
      { key: 'python', label: '2 pymilvus releases (python=2.5,2.6), Python only', sdks: { python: '2.5,2.6' }, langs: ['python'] },
    ];
  }
  const every = { python: '2.5,2.6,3.0', node: '2.5,2.6,3.0', java: '2.5,2.6.17,2.6', go: '2.5,2.6.2,2.6' };
  return [
    { key: 'single', label: 'single-release run of the seed page (warm, --no-cache)', sdks: {} },
    { key: 'python', label: '3 pymilvus releases (python=2.5,2.6,3.0)', sdks: { python: every.python } },
    { key: 'every', label: '3 releases of every SDK (4 × 3, two servers)', sdks: every },
    { key: 'oneServer', label: '  the same on one server (DOCS_HARNESS_LANES=1)', sdks: every, env: { DOCS_HARNESS_LANES: '1' } },
  ];
}

/** The command line of a variant (a JSON report, so that what ran can be checked). */
function argsOf(variant: Variant): string[] {
  const sdks = Object.entries(variant.sdks).flatMap(([lang, versions]) => ['--sdk', `${lang}=${versions}`]);
  return ['run', SEED, '--quiet', '--no-cache', '--json', ...(variant.langs ? ['--lang', variant.langs.join(',')] : []), ...sdks];
}

/** Checks a variant's report: tabs tested, and a drift table with every release asked for, per matrix language. */
function checkMatrix(variant: Variant, run: CliRun): void {
  const report = jsonReport(run);
  for (const [lang, versions] of Object.entries(variant.sdks)) {
    const table = report.drift?.find((t) => t.lang === lang);
    const asked = versions.split(',').length;
    check(table?.versions.length === asked, `${variant.key}: a ${lang} drift table of ${asked} releases, got ${table?.versions.join(', ') ?? 'none'}`);
  }
}

/** Each variant warmed once (every release installed and built), then timed in rounds; ratios to the single run. */
export const driftPart: Part = {
  name: 'drift',
  title: 'SDK drift: a 3-release matrix of the seed page against a single-release run',
  async run(mode: Mode) {
    const all = variants(mode);
    if (!mode.smoke) for (const variant of all.slice(0, 3)) await cli(argsOf(variant)); // warm: every release installed and built once
    const runs = new Map<string, number[]>(all.map((v) => [v.key, []]));
    for (let i = 0; i < repeats(mode, 3); i += 1) {
      for (const variant of all) {
        const run = await cli(argsOf(variant), { env: variant.env });
        checkMatrix(variant, run);
        runs.get(variant.key)!.push(run.ms);
      }
    }
    const single = runs.get('single')!;
    for (const [i, variant] of all.entries()) {
      const times = runs.get(variant.key)!;
      if (i === 0) {
        line(variant.label, seconds(median(times)));
        continue;
      }
      const paired = median(times.map((ms, k) => ms / single[k]!)).toFixed(2);
      line(variant.label, `${seconds(median(times))}, ratio ${paired}${variant.env ? '' : ' (bar: 2)'}`);
    }
  },
};
