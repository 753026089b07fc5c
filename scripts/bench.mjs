#!/usr/bin/env zx
// Speed measurements: ratios are taken in one run, absolute times given for context.
import { performance } from 'node:perf_hooks';

const { readPage } = await import('../harness/pages/read-page.ts');

async function time(label, fn, repeat = 20) {
  const start = performance.now();
  for (let i = 0; i < repeat; i += 1) await fn();
  const ms = (performance.now() - start) / repeat;
  console.log(`${label.padEnd(40)} ${ms.toFixed(1)} ms`);
  return ms;
}

const rendered = await time('read rendered seed page', () => readPage('docs/load-and-release.md'));
const markdown = await time('read Markdown source seed page', () => readPage('fixtures/pages/load-and-release.source.md'));
console.log(`${'ratio rendered / markdown'.padEnd(40)} ${(rendered / markdown).toFixed(2)}`);
