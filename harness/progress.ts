// Progress lines for long steps, on stderr so JSON on stdout stays clean.
import { redactSecrets } from './secrets.ts';

let quiet = false;

/** Silences progress lines (tests, `--quiet`). */
export function setQuiet(value: boolean): void {
  quiet = value;
}

/** Prints one progress line. */
export function progress(message: string): void {
  if (!quiet) process.stderr.write(`• ${redactSecrets(message)}\n`);
}

/** Runs `work`, printing a line before and the elapsed time after. */
export async function step<T>(message: string, work: () => Promise<T>): Promise<T> {
  const start = Date.now();
  progress(`${message} …`);
  const result = await work();
  progress(`${message}: done in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return result;
}
