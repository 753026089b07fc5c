// The REPORTERS map: the one place that knows which reports exist.
import { consoleReporter } from './console.ts';
import { githubReporter } from './github.ts';
import { htmlReporter } from './html/render.ts';
import { jsonReporter } from './json.ts';
import { junitReporter } from './junit.ts';
import type { Reporter } from './reporter.ts';
import { summaryReporter } from './summary.ts';

/** Reporters by name. */
export const REPORTERS: Readonly<Record<string, Reporter>> = {
  console: consoleReporter,
  json: jsonReporter,
  junit: junitReporter,
  github: githubReporter,
  summary: summaryReporter,
  html: htmlReporter,
};
