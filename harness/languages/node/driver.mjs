// docs-harness Node driver: imports each snippet module in page order; events on fd 3, markers on stdout/stderr.
import { createHook, AsyncLocalStorage } from 'node:async_hooks';
import { once } from 'node:events';
import { readFileSync, readSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { watchMembers, watchStatuses } from './sdk-watch.mjs';

const snippets = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const emit = (event) => writeSync(3, `${JSON.stringify(event)}\n`);
const mark = (id) => `\u001eDH:${id}\u001e\n`;
// Every promise a snippet creates is tagged with the snippet, so a rejection nobody handled is blamed on the snippet
// that made it, even when it surfaces while a later snippet runs (or after the last one).
const owner = new AsyncLocalStorage();
const OWNER = Symbol('docs-harness snippet');
const pendingPromises = new Map();
createHook({
  init(asyncId, type, _trigger, resource) {
    const id = type === 'PROMISE' ? owner.getStore() : undefined;
    if (id === undefined) return;
    resource[OWNER] = id;
    pendingPromises.set(asyncId, id);
  },
  promiseResolve(asyncId) {
    pendingPromises.delete(asyncId);
  },
}).enable();
const lateErrors = new Map(); // snippet id → [error]
const ended = new Set();
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
process.on('unhandledRejection', (error, promise) => {
  const id = promise?.[OWNER] ?? current?.id;
  if (id === undefined) return;
  if (ended.has(id)) {
    const snippet = snippets.find((s) => s.id === id);
    emit({ event: 'late', id, error: { kind: 'runtime', line: lineOf(error, snippet.file), message: describe(error) } });
  } else lateErrors.set(id, [...(lateErrors.get(id) ?? []), error]);
});

/** Waits until what the process wrote to stdout and stderr has left it (a pipe that was full holds writes back). */
async function flushed() {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.writableLength > 0) await Promise.race([once(stream, 'drain'), once(stream, 'close'), once(stream, 'error')]);
  }
}

// The SDK returns a status (`{error_code, reason}`, or `{status: {...}}`) instead of throwing for many calls; a failed
// status returned to a snippet's own call is a failure of the tab, whether or not the snippet looks at it. A member an
// SDK export lacks (`DataType.Boolean`) reads as undefined and the snippet goes on: that read is a failure of the tab too.
let current;
let failures = [];
const requireSdk = () => createRequire(path.join(process.cwd(), 'snippets.json'))('@zilliz/milvus2-sdk-node');
function watchSdk() {
  let sdk;
  try {
    sdk = requireSdk();
  } catch {
    return;
  }
  const siteOf = (error) => current && callerLine(error, current.file);
  watchStatuses(sdk, siteOf, (line, name, status) =>
    failures.push({
      kind: 'runtime',
      line,
      message: `${name}() failed on the server: ${status.reason || status.detail || 'no reason given'} (${status.error_code ?? `code ${status.code}`}); the SDK returned it as a status, and the snippet went on`,
    }),
  );
  watchMembers(sdk, siteOf, (line, owner, member) => {
    const message = owner
      ? `\`${owner}.${member}\` is undefined: the SDK's \`${owner}\` has no \`${member}\`, and the snippet went on with undefined`
      : `\`${member}\` is undefined: the SDK exports no \`${member}\`, and the snippet went on with undefined`;
    if (!failures.some((f) => f.line === line && f.message === message)) failures.push({ kind: 'runtime', line, message, member });
  });
}
watchSdk();

// The client a page assumes was made elsewhere (the names in DH_CLIENT: the adapter lists them only for a page whose
// Node tabs make no client of their own): a MilvusClient on the harness's server, made on first use.
function provideClient() {
  const names = (process.env.DH_CLIENT ?? '').split(',').filter(Boolean);
  if (!process.env.DH_ADDRESS || names.length === 0) return;
  let real;
  const client = new Proxy(
    {},
    {
      get(_target, property) {
        real ??= new (requireSdk().MilvusClient)({ address: process.env.DH_ADDRESS, token: process.env.DH_TOKEN || undefined });
        const value = real[property];
        return typeof value === 'function' ? value.bind(real) : value;
      },
    },
  );
  for (const name of names) globalThis[name] = client;
}
provideClient();

/** A readable message for anything thrown (SDK errors may carry an object as their message). */
function describe(error) {
  if (error instanceof Error) {
    const message =
      typeof error.message === 'string' && error.message !== '[object Object]' ? error.message : JSON.stringify(error.cause ?? error.details ?? error.message);
    // Node's advice for a missing CommonJS export quotes the harness's rewritten import: only its first sentence is kept.
    if (missingExport(error)) return `${error.name}: ${message.split(/(?<=\.) /)[0]} ${/The requested module '[^']+'/.exec(message)?.[0] ?? ''}`.trim();
    return `${error.name ?? 'Error'}: ${message}`;
  }
  if (error && typeof error === 'object') return `Error: ${error.reason ?? error.message ?? JSON.stringify(error)}`;
  return `Error: ${String(error)}`;
}

/** The snippet line of a call made directly by the snippet (frame 2: after `Error` and the wrapper), else undefined. */
function callerLine(error, file) {
  const caller = String(error.stack ?? '').split('\n')[2] ?? '';
  return caller.includes(pathToFileURL(file).href) ? lineOf({ stack: caller }, file) : undefined;
}

// A module that lacks a name the snippet imports fails at link time with a SyntaxError, but the code parses: the
// installed package does not export it (an SDK release without that API), a run-time fault, not the page's syntax.
function missingExport(error) {
  return /^(Named export '[^']+' not found\. The requested module '[^']+'|The requested module '[^']+' does not provide an export named)/.test(
    String(error?.message),
  );
}

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
  await flushed();
  writeSync(1, mark(snippet.id));
  writeSync(2, mark(snippet.id));
  emit({ event: 'start', id: snippet.id });
  const started = performance.now();
  const end = { event: 'end', id: snippet.id, status: 'ok' };
  current = snippet;
  failures = [];
  try {
    if (snippet.syntaxError) {
      end.status = 'error';
      end.error = { kind: 'syntax', ...snippet.syntaxError };
      console.error(snippet.syntaxError.message);
    } else {
      await owner.run(snippet.id, () => import(pathToFileURL(snippet.file).href));
    }
    await new Promise((resolve) => setImmediate(resolve));
    const late = lateErrors.get(snippet.id);
    if (late) throw late[0];
  } catch (error) {
    console.error(error);
    end.status = 'error';
    end.error = {
      kind: error instanceof SyntaxError && !missingExport(error) ? 'syntax' : 'runtime',
      line: lineOf(error, snippet.file),
      message: describe(error),
    };
  }
  current = undefined;
  // A missing member the snippet then called (`X.y is not a function` at that line) is one defect: the thrown error says it.
  failures = failures
    .filter((f) => !(f.member && end.error?.line === f.line && end.error.message.includes(f.member)))
    .map(({ member: _member, ...failure }) => failure);
  if (failures.length > 0) {
    for (const failure of failures) console.error(failure.message);
    end.status = 'error';
    end.errors = failures;
  }
  end.durationMs = Math.round(performance.now() - started);
  await flushed();
  ended.add(snippet.id);
  emit(end);
  waitForHarness();
}
// Promises the snippets left running may still reject: wait (a bounded time) for them to settle, as the reader's
// script would run until its event loop was empty.
const settleBy = performance.now() + Number(process.env.DH_SETTLE_MS ?? 2000);
const stdio = new Set(['PipeWrap', 'TTYWrap']);
const busy = () => process.getActiveResourcesInfo().some((resource) => !stdio.has(resource));
while (pendingPromises.size > 0 && busy() && performance.now() < settleBy) await new Promise((resolve) => setTimeout(resolve, 20));
await new Promise((resolve) => setImmediate(resolve));
await flushed();
process.exit(0);
