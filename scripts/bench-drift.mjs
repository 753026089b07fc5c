#!/usr/bin/env zx
// npm run bench, its SDK drift part: a 3-release matrix of the seed page against a single-release run, whole CLI
// commands with warm SDK environments and every tab run (--no-cache); medians of 3, ratios paired run by run.
import { performance } from 'node:perf_hooks';

const line = (label, value) => console.log(`${label.padEnd(52)} ${value}`);
const seed = 'docs/load-and-release.md';
const cli = (args, env = {}) => $({ nothrow: true, quiet: true, env: { ...process.env, ...env } })`node bin/docs-harness.mjs ${args}`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const single = ['run', seed, '--quiet', '--no-cache'];
const pythonOnly = [...single, '--sdk', 'python=2.5,2.6,3.0'];
const every = [...single, '--sdk', 'python=2.5,2.6,3.0', '--sdk', 'node=2.5,2.6,3.0', '--sdk', 'java=2.5,2.6.17,2.6', '--sdk', 'go=2.5,2.6.2,2.6'];
for (const args of [single, pythonOnly, every]) await cli(args); // warm: every release installed and built once
const timed = async (args, env) => {
  const start = performance.now();
  await cli(args, env);
  return performance.now() - start;
};
const runs = { single: [], python: [], every: [], oneServer: [] };
for (let i = 0; i < 3; i += 1) {
  runs.single.push(await timed(single));
  runs.python.push(await timed(pythonOnly));
  runs.every.push(await timed(every));
  runs.oneServer.push(await timed(every, { DOCS_HARNESS_LANES: '1' }));
}
const ratio = (key) => median(runs[key].map((ms, i) => ms / runs.single[i])).toFixed(2);
line('single-release run of the seed page (warm, --no-cache)', `${(median(runs.single) / 1000).toFixed(2)} s`);
line('3 pymilvus releases (python=2.5,2.6,3.0)', `${(median(runs.python) / 1000).toFixed(2)} s, ratio ${ratio('python')} (bar: 2)`);
line('3 releases of every SDK (4 × 3, two servers)', `${(median(runs.every) / 1000).toFixed(2)} s, ratio ${ratio('every')} (bar: 2)`);
line('  the same on one server (DOCS_HARNESS_LANES=1)', `${(median(runs.oneServer) / 1000).toFixed(2)} s, ratio ${ratio('oneServer')}`);
