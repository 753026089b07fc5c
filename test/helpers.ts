// Shared test helpers: process liveness by PID, child PIDs, waiting for output.
import { readFileSync } from 'node:fs';
import { execa } from 'execa';
import type { Lang, Snippet } from '../harness/types.ts';

/** True when a process with this PID exists and is not a zombie. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** PIDs of the direct children of `pid`, with their command lines. */
export async function childProcesses(pid: number): Promise<{ pid: number; command: string }[]> {
  const result = await execa('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { reject: false });
  return result.stdout
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [, p, command] = /^\s*(\d+)\s+(.*)$/.exec(line)!;
      return { pid: Number(p), command: command! };
    });
}

/** The processes whose command line contains `pattern` ('' when none), found with pgrep. */
export async function processesMatching(pattern: string): Promise<string> {
  return (await execa('pgrep', ['-fa', pattern], { reject: false })).stdout.trim();
}

/** All descendants of `pid`, with their command lines. */
export async function descendants(pid: number): Promise<{ pid: number; command: string }[]> {
  const direct = await childProcesses(pid);
  const nested = await Promise.all(direct.map((c) => descendants(c.pid)));
  return [...direct, ...nested.flat()];
}

/** Waits until `check` is true, polling; throws after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A snippet for unit tests: `code` whose first line is page line `firstCodeLine`, in a tab at page line `line`. */
export function makeSnippet(code: string, options: { id?: string; lang?: Lang; line?: number; firstCodeLine?: number } = {}): Snippet {
  const line = options.line ?? 99;
  const first = options.firstCodeLine ?? line + 1;
  const lang = options.lang ?? 'curl';
  return {
    id: options.id ?? `s/${lang}`,
    section: 's',
    sectionTitle: 'S',
    group: 0,
    lang,
    fence: lang === 'curl' ? 'bash' : lang,
    label: '',
    code,
    codeLines: code.split('\n').map((_, i) => first + i),
    line,
    endLine: first + code.split('\n').length,
    expected: [],
    placeholder: false,
  };
}
