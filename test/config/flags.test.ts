// The flags run and bisect share: declared once, the same on both commands, read alike (the result cache included).
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addSharedFlags, SHARED_FLAGS, sharedSettings } from '../../harness/config/flags.ts';
import { runOptions } from '../../harness/commands/run.ts';

/** The shared flags a command parsed from `args`. */
function parse(args: string[]) {
  const command = addSharedFlags(new Command('x').exitOverride());
  command.parse(args, { from: 'user' });
  return command.opts();
}

describe('shared flags', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('puts each declared flag on a command once, with its default', () => {
    const command = addSharedFlags(new Command('x'));
    expect(command.options.map((o) => o.flags)).toEqual(SHARED_FLAGS.map((f) => f.flags));
    expect(parse([])).toEqual({ timeout: '60', maxOutput: '1MB', cache: true, sandbox: true });
    expect(parse(['--section', 'a', '--section', 'b,c', '--no-cache']).section).toEqual(['a', 'b,c']);
  });

  it('reads defaults and values into settings, and refuses bad ones with the same messages', () => {
    vi.stubEnv('DOCS_HARNESS_NO_CACHE', undefined);
    expect(sharedSettings(parse([]))).toEqual({ timeoutMs: 60_000, maxOutputChars: 1024 * 1024, sections: [], noCache: false, fixture: undefined });
    expect(sharedSettings(parse(['--timeout', '2.5', '--max-output', '200kb', '--section', 'a,b']))).toMatchObject({
      timeoutMs: 2500,
      maxOutputChars: 200 * 1024,
      sections: ['a', 'b'],
    });
    expect(() => sharedSettings(parse(['--timeout', '0']))).toThrow(/Bad `--timeout 0`; expected a number of seconds, more than 0 and at most 86400/);
    expect(() => sharedSettings(parse(['--max-output', '12']))).toThrow(/Bad `--max-output 12`/);
    expect(() => sharedSettings(parse(['--section', '']))).toThrow(/Empty value in `--section`/);
  });

  it('one caching rule: --no-cache, or DOCS_HARNESS_NO_CACHE=1 except under run --watch', () => {
    vi.stubEnv('DOCS_HARNESS_NO_CACHE', undefined);
    expect(sharedSettings(parse([])).noCache).toBe(false);
    expect(sharedSettings(parse(['--no-cache'])).noCache).toBe(true);
    expect(sharedSettings({ ...parse(['--no-cache']), watch: true }).noCache).toBe(true);
    vi.stubEnv('DOCS_HARNESS_NO_CACHE', '1');
    expect(sharedSettings(parse([])).noCache).toBe(true);
    expect(sharedSettings({ ...parse([]), watch: true }).noCache).toBe(false);
    vi.stubEnv('DOCS_HARNESS_NO_CACHE', '0');
    expect(sharedSettings(parse([])).noCache).toBe(false);
  });

  it("run's options carry what bisect's do for the same flags (so both key the result cache alike)", () => {
    const flags = parse(['--timeout', '30', '--section', 's']);
    const shared = sharedSettings(flags);
    expect(runOptions(flags)).toMatchObject({
      timeoutMs: shared.timeoutMs,
      maxOutputChars: shared.maxOutputChars,
      sections: shared.sections,
      noCache: shared.noCache,
    });
  });
});
