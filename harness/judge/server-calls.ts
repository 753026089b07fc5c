// Judges a tab by what the server saw (the call tap), in every language alike: a call of its own that the server
// answered "not implemented" makes it untestable here; a call of its own the server refused, that the snippet went
// past without an error a reader would see, is a runtime error at that call.
import type { Finding, ServerCall, Skip, Snippet, SnippetRun } from '../types.ts';
import { callLine, callsMethod } from '../run/tap/api-names.ts';
import { MILVUS_LITE, serverGap } from '../server/milvus-lite-gaps.ts';
import { skipText } from '../skips.ts';
import { gapReason } from './server-gaps.ts';
import { pageLine } from '../languages/process-runner.ts';

/** True when the snippet's code makes the call itself: names its method, or (REST) writes its route. */
export function ownCall(code: string, call: ServerCall): boolean {
  const route = /^[A-Z]+ (\/\S+)$/.exec(call.method)?.[1];
  return route ? code.includes(route.replace(/^\/v2\/vectordb/, '')) : callsMethod(code, call.method);
}

/** How a call reads in a message: `LoadCollection(customized_setup_1)`. */
export function describeCall(call: ServerCall): string {
  const names = Object.values(call.names).flatMap((v) => (Array.isArray(v) ? v : [v]));
  return `${call.method}(${names.join(', ')})`;
}

/** True when the server answered that it lacks the method (gRPC UNIMPLEMENTED, or milvus-lite's own "does not support"). */
function unimplemented(call: ServerCall, isMilvusLite: boolean): boolean {
  return call.status.code === 'UNIMPLEMENTED' || (isMilvusLite && !call.status.ok && serverGap(call.status.reason ?? '') !== undefined);
}

/** The page line of the snippet's line that makes `call`, or the snippet's first code line. */
function lineOf(snippet: Snippet, call: ServerCall): number {
  return pageLine(snippet, callLine(snippet.code, call.method));
}

/** True when what the snippet showed (its output, its error findings) carries the server's reason or code. */
function surfaced(run: SnippetRun, call: ServerCall): boolean {
  const shown = `${run.stdout}\n${run.stderr}\n${run.findings.map((f) => f.message).join('\n')}`;
  return [call.status.reason, call.status.code].some((text) => text && text !== 'Success' && shown.includes(text));
}

/** The run judged by its own calls: a missing API makes it `skip` (unsupported); an ignored refusal is an error. */
export function judgeServerCalls(snippet: Snippet, run: SnippetRun, context: { isMilvusLite: boolean; server: string }): SnippetRun {
  if (run.outcome === 'skipped' || !run.calls?.length) return run;
  const own = run.calls.filter((call) => ownCall(snippet.code, call));
  const missing = own.find((call) => unimplemented(call, context.isMilvusLite));
  if (missing) {
    // The gap table's own words, unless they cannot name the API (a bare "Method not implemented!"): the call can.
    const gap = context.isMilvusLite ? serverGap(missing.status.reason ?? '') : undefined;
    const known = gap?.id === 'unregistered-method' ? undefined : gap;
    const skip: Skip = known
      ? gapReason(known, missing.status.reason ?? '')
      : {
          code: 'server-gap',
          server: context.isMilvusLite ? MILVUS_LITE : context.server,
          gap: 'unimplemented',
          feature: `${missing.method} (it answered ${missing.status.code}${missing.status.reason ? `: ${missing.status.reason}` : ''}, whatever the SDK made of it)`,
        };
    const line = lineOf(snippet, missing);
    const unsupported: Finding = { kind: 'unsupported', severity: 'warning', line, message: skipText(skip) };
    const own = run.findings.filter((f) => f.severity === 'error' && (f.kind === 'syntax' || f.kind === 'compile' || f.line < line));
    const kept = run.findings.filter((f) => f.severity !== 'error' || own.includes(f));
    if (own.length > 0) return { ...run, findings: [...kept, unsupported] };
    return { ...run, outcome: 'skipped', findings: [...kept, unsupported], skip };
  }
  if (run.findings.some((f) => f.severity === 'error')) return run;
  const refused = own.find((call) => !call.status.ok && call.status.code !== 'NO_ANSWER' && !surfaced(run, call));
  if (!refused) return run;
  const finding: Finding = {
    kind: 'runtime',
    severity: 'error',
    line: lineOf(snippet, refused),
    message: `the server refused ${describeCall(refused)}: ${refused.status.reason ?? 'no reason given'} (${refused.status.code}); the snippet went on without an error a reader would see`,
  };
  return { ...run, outcome: 'error', findings: [...run.findings, finding] };
}
