// Flag values that `run` and `bisect` read alike: repeatable comma-separated lists and the per-snippet timeout.
import { HarnessError } from '../errors.ts';

/** The values of a repeatable, comma-separated flag; an empty value (`--section ''`, `--lang python,`) is a usage error. */
export function listFlag(values: readonly string[] | undefined, flag: string): string[] {
  const all = (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim());
  if (all.includes(''))
    throw new HarnessError('USAGE', `Empty value in \`--${flag}\`; give one or more values (comma-separated or repeated), or leave the flag out.`);
  return all;
}

/** The longest `--timeout` taken: a day (timers cannot wait longer than ~24.8 days, and a snippet never should). */
const MAX_TIMEOUT_S = 86_400;

/** `--timeout` (seconds, as typed) in milliseconds; anything but a number of seconds up to a day is a usage error. */
export function timeoutMs(flag: string): number {
  const timeout = Number(flag);
  if (!(timeout > 0 && timeout <= MAX_TIMEOUT_S)) {
    throw new HarnessError('USAGE', `Bad \`--timeout ${flag}\`; expected a number of seconds, more than 0 and at most ${MAX_TIMEOUT_S} (a day).`);
  }
  return timeout * 1000;
}
