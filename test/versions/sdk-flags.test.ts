import { describe, expect, it } from 'vitest';
import { parseSdkFlags } from '../../harness/versions/sdk-flags.ts';

const LANGS = ['python', 'java', 'node', 'go', 'curl'];

describe('--sdk flags', () => {
  it('takes a list per language, and a repeated flag adds to it', () => {
    expect(parseSdkFlags(['python=2.5,2.6,3.0'], LANGS)).toEqual({ python: ['2.5', '2.6', '3.0'] });
    expect(parseSdkFlags(['python=2.5', 'python=3.0', 'node=2.6', 'python=2.5'], LANGS)).toEqual({ python: ['2.5', '3.0'], node: ['2.6'] });
    expect(parseSdkFlags(['python=2.6,node=3'], LANGS)).toEqual({ python: ['2.6'], node: ['3'] });
  });

  it('refuses what is not a language, an empty version and a version that is not a folder name', () => {
    expect(() => parseSdkFlags(['ruby=1'], LANGS)).toThrow(/`ruby` is not a language/);
    expect(() => parseSdkFlags(['2.6'], LANGS)).toThrow(/expected <lang>=<version>/);
    expect(() => parseSdkFlags(['python='], LANGS)).toThrow(/Empty version/);
    expect(() => parseSdkFlags(['python=2.6,'], LANGS)).toThrow(/Empty version/);
    expect(() => parseSdkFlags(['python=../../x'], LANGS)).toThrow(/Bad version/);
  });
});
