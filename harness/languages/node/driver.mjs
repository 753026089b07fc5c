// docs-harness Node driver: imports each snippet module in page order; events on fd 3, markers on stdout/stderr.
import { readFileSync, readSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const snippets = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const emit = (event) => writeSync(3, `${JSON.stringify(event)}\n`);
const mark = (id) => `\u001eDH:${id}\u001e\n`;
let late;
// With DH_BARRIER=1 the driver waits after each snippet (for a newline on stdin) while the harness reads server state.
const waitForHarness = () => {
  if (process.env.DH_BARRIER !== '1') return;
  const byte = Buffer.alloc(1);
  for (;;) {
    try {
      if (readSync(0, byte, 0, 1, null) === 0 || byte[0] === 10) return;
    } catch (error) {
      if (error.code !== 'EAGAIN') return;
    }
  }
};
process.on('unhandledRejection', (error) => {
  late ??= error;
});

function lineOf(error, file) {
  const url = pathToFileURL(file).href;
  for (const line of String(error?.stack ?? '').split('\n')) {
    const at = line.indexOf(url);
    if (at >= 0) {
      const match = /:(\d+):\d+/.exec(line.slice(at + url.length));
      if (match) return Number(match[1]);
    }
  }
  return undefined;
}

for (const snippet of snippets) {
  writeSync(1, mark(snippet.id));
  writeSync(2, mark(snippet.id));
  emit({ event: 'start', id: snippet.id });
  const started = performance.now();
  const end = { event: 'end', id: snippet.id, status: 'ok' };
  late = undefined;
  try {
    if (snippet.syntaxError) {
      end.status = 'error';
      end.error = { kind: 'syntax', ...snippet.syntaxError };
      console.error(snippet.syntaxError.message);
    } else {
      await import(pathToFileURL(snippet.file).href);
    }
    await new Promise((resolve) => setImmediate(resolve));
    if (late) throw late;
  } catch (error) {
    console.error(error);
    const message = `${error?.name ?? 'Error'}: ${error?.message ?? String(error)}`;
    end.status = 'error';
    end.error = { kind: error instanceof SyntaxError ? 'syntax' : 'runtime', line: lineOf(error, snippet.file), message };
  }
  end.durationMs = Math.round(performance.now() - started);
  emit(end);
  waitForHarness();
}
process.exit(0);
