// `npm run bench`: speed measurements, part by part (ratios taken in one run, absolute times for context);
// `npm run bench -- --smoke` runs each part once on small inputs and exits 1 if any part fails or gives a wrong result.
import { performance } from 'node:perf_hooks';
import { installSignalHandlers, runCleanups } from '../harness/process/lifecycle.ts';
import { setQuiet } from '../harness/support/progress.ts';
import { PACKAGE_ROOT } from '../harness/toolchain/cache.ts';
import { BenchCheckError, type Mode, type Part } from './bench/common.ts';
import { compiledPart } from './bench/compiled.ts';
import { driftPart } from './bench/drift.ts';
import { enginePart } from './bench/engine.ts';
import { loopPart } from './bench/loop.ts';
import { pagesPart } from './bench/pages.ts';
import { serverPart } from './bench/server.ts';
import { treePart } from './bench/tree.ts';

/** Every part, in the order they run. */
const PARTS: readonly Part[] = [pagesPart, serverPart, enginePart, compiledPart, treePart, loopPart, driftPart];

const USAGE = `usage: npm run bench [-- --smoke]
  --smoke   each part once (no repetitions, no medians) on small inputs; exit 1 if a part fails or gives a wrong result
environment:
  BENCH_ONLY=name[,name]   only these parts
  BENCH_SKIP_<NAME>=1      leave a part out (e.g. BENCH_SKIP_TREE=1)
parts:
${PARTS.map((p) => `  ${p.name.padEnd(9)} ${p.title}`).join('\n')}
`;

/** The parts `BENCH_ONLY` and `BENCH_SKIP_<NAME>` leave; an unknown name is a usage error. */
function selectedParts(): Part[] {
  const only = (process.env['BENCH_ONLY'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = only.filter((name) => !PARTS.some((p) => p.name === name));
  if (unknown.length > 0) throw new BenchCheckError(`BENCH_ONLY names no part ${unknown.join(', ')}; the parts: ${PARTS.map((p) => p.name).join(', ')}`);
  return PARTS.filter((p) => (only.length === 0 || only.includes(p.name)) && process.env[`BENCH_SKIP_${p.name.toUpperCase()}`] !== '1');
}

/** Runs the selected parts; a failing part is reported and the others still run. Returns the exit code. */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unknown = argv.filter((arg) => arg !== '--smoke');
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown argument ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }
  const mode: Mode = { smoke: argv.includes('--smoke') };
  let parts: Part[];
  try {
    parts = selectedParts();
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return 2;
  }
  process.chdir(PACKAGE_ROOT); // the parts read the seed page and fixtures, and run bin/docs-harness.mjs, from here
  installSignalHandlers(); // servers and drivers started here are stopped if the bench fails or is interrupted
  setQuiet(true);
  const started = performance.now();
  const failed: string[] = [];
  for (const part of parts) {
    const start = performance.now();
    try {
      await part.run(mode);
      process.stderr.write(`bench: ${part.name} done in ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
    } catch (error) {
      failed.push(part.name);
      const text = error instanceof BenchCheckError ? error.message : ((error as Error).stack ?? String(error));
      process.stderr.write(`bench: ${part.name} FAILED after ${((performance.now() - start) / 1000).toFixed(1)} s: ${text}\n`);
      await runCleanups(); // a server or driver the part left running
    }
  }
  const total = `${parts.length} part(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  if (failed.length > 0) {
    process.stderr.write(`bench${mode.smoke ? ' --smoke' : ''}: FAILED: ${failed.join(', ')} (${total})\n`);
    return 1;
  }
  process.stderr.write(`bench${mode.smoke ? ' --smoke' : ''}: ${total}, all as expected\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
await runCleanups();
process.exit();
