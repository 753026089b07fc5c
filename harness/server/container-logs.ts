// Follows a container's log stream: keeps its last lines, and notices when the stream ends (the container stopped).
import type { Readable } from 'node:stream';

/** How many log lines are kept for errors and death reasons. */
export const LOG_TAIL_LINES = 12;

/** The last lines a container wrote, and whether its log stream has ended. */
export class ContainerLogTail {
  private tail: string[] = [];
  private partial = '';
  private endedAt: number | undefined;
  private readonly waiters: (() => void)[] = [];

  /** Reads `stream` (the runtime's followed, demultiplexed log stream) until it ends. */
  follow(stream: Readable): void {
    stream.on('data', (chunk: Buffer | string) => this.add(chunk.toString()));
    const end = () => {
      if (this.endedAt !== undefined) return;
      if (this.partial.trim()) this.tail = [...this.tail, this.partial.trim()].slice(-LOG_TAIL_LINES);
      this.partial = '';
      this.endedAt = Date.now();
      for (const wake of this.waiters.splice(0)) wake();
    };
    stream.on('end', end);
    stream.on('close', end);
    stream.on('error', end);
  }

  /** Adds written text (several lines, or part of one). */
  add(text: string): void {
    const lines = (this.partial + text).split(/\r?\n/);
    this.partial = lines.pop() ?? '';
    const kept = lines.map((line) => line.trimEnd()).filter(Boolean);
    if (kept.length > 0) this.tail = [...this.tail, ...kept].slice(-LOG_TAIL_LINES);
  }

  /** The last lines written, oldest first. */
  lines(): readonly string[] {
    return this.tail;
  }

  /** True once the log stream ended: the container stopped (or the runtime went away). */
  get ended(): boolean {
    return this.endedAt !== undefined;
  }

  /** Calls `then` once the stream has ended (at once if it has); holds no timer, so it never keeps the process up. */
  onEnd(then: () => void): void {
    if (this.ended) then();
    else this.waiters.push(then);
  }

  /** Resolves when the stream has ended, or after `timeoutMs`. */
  waitEnded(timeoutMs: number): Promise<boolean> {
    if (this.ended) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(this.ended), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

/** The lines as an indented block for an error message, or '' when there are none. */
export function formatLogLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `\n  last log lines:\n${lines.map((line) => `    ${line.slice(0, 300)}`).join('\n')}`;
}
