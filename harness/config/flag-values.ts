// Reading flag values as typed into settings: repeatable comma-separated lists, the per-snippet timeout, the output
// cap, whether results may be reused, and the coverage gate. `run` (with `--watch`) and `bisect` read them alike.
import bytes from 'bytes';
import { HarnessError } from '../errors.ts';
import { DEFAULTS } from './defaults.ts';
import { env } from './env.ts';

/** The values of a repeatable, comma-separated flag; an empty value (`--section ''`, `--lang python,`) is a usage error. */
export function listFlag(values: readonly string[] | undefined, flag: string): string[] {
  const all = (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim());
  if (all.includes(''))
    throw new HarnessError('USAGE', `Empty value in \`--${flag}\`; give one or more values (comma-separated or repeated), or leave the flag out.`);
  return all;
}

/** `--timeout` (seconds, as typed) in milliseconds; anything but a number of seconds up to a day is a usage error. */
export function timeoutMs(flag: string = String(DEFAULTS.timeoutSeconds)): number {
  const timeout = Number(flag);
  const max = DEFAULTS.maxTimeoutSeconds;
  if (!(timeout > 0 && timeout <= max)) {
    throw new HarnessError('USAGE', `Bad \`--timeout ${flag}\`; expected a number of seconds, more than 0 and at most ${max} (a day).`);
  }
  return timeout * 1000;
}

/** `--max-output` (a size as typed: 1MB, 200kb) in bytes; less than 1kb or not a size is a usage error. */
export function maxOutputBytes(flag: string = DEFAULTS.maxOutput): number {
  const size = bytes.parse(flag);
  if (size === null || !(size >= DEFAULTS.minOutputBytes) || !Number.isFinite(size)) {
    throw new HarnessError('USAGE', `Bad \`--max-output ${flag}\`; expected a size of at least 1kb, e.g. 1MB or 200kb.`);
  }
  return size;
}

/**
 * True when no result may be reused: `--no-cache`, or `DOCS_HARNESS_NO_CACHE=1` except under `--watch` (watching
 * needs the cache: it is how a save re-runs only the changed languages). The same rule for `run` and `bisect`.
 */
export function noCache(flags: { readonly cache?: boolean; readonly watch?: boolean }): boolean {
  return flags.cache === false || (!flags.watch && env.noCache());
}

/** `--min-coverage` (a percentage as typed: `80`, `72.5`, `80%`), or undefined without the flag; outside 0–100 is a usage error. */
export function minCoverage(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const percent = /^\s*\d+(\.\d+)?\s*%?\s*$/.test(flag) ? Number.parseFloat(flag) : Number.NaN;
  if (!(percent >= 0 && percent <= 100)) {
    throw new HarnessError('USAGE', `Bad \`--min-coverage ${flag}\`; expected a percentage of program tabs judged, from 0 to 100 (e.g. 80).`);
  }
  return percent;
}
