// The warm runtime's protocol with a small driver of its own (no SDK): a page ends at the page-end markers and the
// page-done event, output written after it is no page's, and a page that hangs has the runtime killed and retired.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WarmRuntime } from '../../harness/process/warm-runtime.ts';

// Serves lines "<id> <text>" or "<id> hang": markers, events on fd 3, then the page end, then a late line of output.
const DRIVER = String.raw`
import json, os, sys, time
events = os.fdopen(3, "w", buffering=1)
for line in sys.stdin:
    sid, text = line.split(" ", 1)
    for fd in (1, 2):
        os.write(fd, ("\x1eDH:%s\x1e\n" % sid).encode())
    events.write(json.dumps({"event": "start", "id": sid}) + "\n")
    if text.strip() == "hang":
        time.sleep(60)
    print(text.strip() + " from " + str(os.getpid()), flush=True)
    events.write(json.dumps({"event": "end", "id": sid, "status": "ok"}) + "\n")
    for fd in (1, 2):
        os.write(fd, "\x1eDH:\x1fpage-end\x1e\n".encode())
    events.write(json.dumps({"event": "page-done", "id": "", "exitCode": 0}) + "\n")
    print("after the page", flush=True)
`;

describe('a warm runtime', () => {
  let home: string;
  beforeAll(async () => {
    home = await mkdtemp(path.join(tmpdir(), 'warm-runtime-test-'));
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  const start = () =>
    WarmRuntime.start({ command: 'python3', args: ['-u', '-c', DRIVER], cwd: home, env: { PATH: process.env['PATH'] ?? '' } }, { barrier: false });

  it('runs page after page in one process; what it writes after a page ends belongs to no page', async () => {
    const runtime = await start();
    const first = await runtime.runPage('a hello', 'tag-a', { timeoutMs: 10_000 });
    const second = await runtime.runPage('b again', 'tag-b', { timeoutMs: 10_000 });
    expect(first.stdout.get('a')?.text).toMatch(/^hello from (\d+)$/);
    const pid = /(\d+)$/.exec(first.stdout.get('a')!.text)![1];
    expect(second.stdout.get('b')?.text).toBe(`again from ${pid}`);
    expect(second.stdout.get('a')).toBeUndefined();
    expect(second.events.map((e) => e.event)).toEqual(['start', 'end']);
    expect(runtime.reusable).toBe(true);
    await runtime.close();
    expect(runtime.reusable).toBe(false);
  });

  it('a page that hangs: the timeout kills the runtime, names the snippet, and the runtime is not used again', async () => {
    const runtime = await start();
    const hung = await runtime.runPage('c hang', 'tag-c', { timeoutMs: 500 });
    expect(hung.timedOut).toBe('c');
    expect(hung.signal).toBe('SIGKILL');
    expect(runtime.reusable).toBe(false);
    await runtime.close();
  });
});
