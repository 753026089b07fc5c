// Runs a language's snippets in one driver process per page (or a warm runtime's fresh page scope); on a timeout or
// crash, goes on in a fresh process.
import type { Finding, Skip, Snippet, SnippetRun } from '../types.ts';
import { runDriver, type DriverError, type DriverEvent, type DriverLaunch, type DriverOutcome } from '../process/exec.ts';
import type { CapturedPart } from '../process/output-capture.ts';
import type { RunContext } from './adapter.ts';
import { prestart, runWarm, type WarmSpec } from '../process/warm-pool.ts';
import { env } from '../config/env.ts';

/** Starts `spec`'s runtime ahead of a run in `sandbox` (nothing with DOCS_HARNESS_WARM=0); returns at once. */
export function prewarm(spec: Pick<WarmSpec, 'key' | 'start'>, sandbox: RunContext['sandbox']): void {
  if (!env.warmRuntimes()) return;
  prestart(spec, { timeoutMs: 0, afterSnippet: async () => undefined, sandbox: sandbox && { mode: sandbox.mode, endpoint: sandbox.server } });
}

/** How to run what is left of a page: a process of its own, or a page request to a warm runtime. */
export type PageLaunch = DriverLaunch | { readonly warm: WarmSpec };

/** The page line of a snippet-relative line (1-based), or the snippet's own line. */
export function pageLine(snippet: Snippet, line: number | undefined): number {
  return (line !== undefined && snippet.codeLines[line - 1]) || snippet.codeLines[0] || snippet.line;
}

function errorFinding(snippet: Snippet, error: DriverError): Finding {
  return { kind: error.kind, severity: 'error', line: pageLine(snippet, error.line), message: error.message };
}

/** The findings an end event carries: what the harness changed (lint warnings), then every error. */
function eventFindings(snippet: Snippet, event: DriverEvent): Finding[] {
  const notes = (event.notes ?? []).map((n): Finding => ({ kind: 'lint', severity: 'warning', line: pageLine(snippet, n.line), message: n.message }));
  const errors = [...(event.error ? [event.error] : []), ...(event.errors ?? [])];
  return [...notes, ...errors.map((e) => errorFinding(snippet, e))];
}

/** Why a snippet did not run: it uses `name`, which `from` declares at its snippet `line`, and `from` failed or was not run (or, without a name, `from` stopped the program). */
export function notRunReason(from: Snippet | undefined, line: number, name?: string, notRun = false): Skip {
  return {
    code: 'depends-on-failed',
    ...(from ? { from: { id: from.id, line: pageLine(from, line) } } : {}),
    ...(name ? { name } : {}),
    ...(notRun ? { notRun } : {}),
  };
}

function dependencyReason(dependsOn: NonNullable<DriverEvent['dependsOn']>, snippets: readonly Snippet[]): Skip {
  return notRunReason(
    snippets.find((s) => s.id === dependsOn.id),
    dependsOn.line,
    dependsOn.name,
  );
}

/** A snippet's output text, with a note where the cap cut it. */
function textOf(parts: ReadonlyMap<string, CapturedPart>, id: string): string {
  const part = parts.get(id);
  return part ? part.text + (part.dropped > 0 ? `\n[docs-harness: ${part.dropped} more characters cut]` : '') : '';
}

/** All of a stream's output (for messages about the process as a whole). */
function allText(parts: ReadonlyMap<string, CapturedPart>): string {
  return [...parts.values()].map((p) => p.text).join('');
}

/** A warning for each stream of the snippet that passed the output cap. */
function cutFindings(snippet: Snippet, outcome: DriverOutcome): Finding[] {
  const cut: Finding[] = [];
  for (const [name, parts] of [
    ['stdout', outcome.stdout],
    ['stderr', outcome.stderr],
  ] as const) {
    const part = parts.get(snippet.id);
    if (part && part.dropped > 0) {
      cut.push({
        kind: 'output-cut',
        severity: 'warning',
        line: snippet.line,
        message: `the snippet printed ${part.text.length + part.dropped} characters on ${name}; only the first ${part.text.length} were kept (raise --max-output to keep more)`,
      });
    }
  }
  return cut;
}

/** Errors that surfaced after their snippet ended (un-awaited promises), by snippet id. */
function lateErrors(outcome: DriverOutcome, snippets: readonly Snippet[]): Map<string, Finding[]> {
  const late = new Map<string, Finding[]>();
  for (const event of outcome.events) {
    const snippet = snippets.find((s) => s.id === event.id);
    if (event.event !== 'late' || !snippet || !event.error) continue;
    const finding = errorFinding(snippet, { ...event.error, message: `${event.error.message} (after the snippet ended: a promise it did not await)` });
    late.set(snippet.id, [...(late.get(snippet.id) ?? []), finding]);
  }
  return late;
}

function tail(text: string, lines = 6): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/**
 * Runs `snippets` through drivers that `launch` starts (one per page, again for what is left after a hang or
 * crash, unless the driver is not `resumable`) and returns one SnippetRun per snippet, in input order.
 */
export async function runInProcesses(
  snippets: readonly Snippet[],
  context: RunContext,
  launch: (remaining: readonly Snippet[]) => Promise<PageLaunch>,
  extraFindings: (snippet: Snippet) => Finding[] = () => [],
  resumable = true,
): Promise<SnippetRun[]> {
  const runs = new Map<string, SnippetRun>();
  let remaining = [...snippets];
  let note = '';
  while (remaining.length > 0) {
    const how = await launch(remaining);
    const options = {
      timeoutMs: context.timeoutMs,
      afterSnippet: context.afterSnippet,
      maxOutputChars: context.maxOutputChars,
      sandbox: context.sandbox ? { mode: context.sandbox.mode, endpoint: context.sandbox.server } : undefined,
    };
    const outcome = 'warm' in how ? await runWarm(how.warm, options) : await runDriver(how, options);
    const { stdout, stderr } = outcome;
    const started = new Set<string>();
    const late = lateErrors(outcome, remaining);
    for (const event of outcome.events) {
      const snippet = remaining.find((s) => s.id === event.id);
      if (!snippet || event.event === 'late') continue;
      if (event.event === 'start') {
        started.add(event.id);
        continue;
      }
      const lateFindings = late.get(event.id) ?? [];
      const findings = [...extraFindings(snippet), ...cutFindings(snippet, outcome), ...eventFindings(snippet, event), ...lateFindings];
      const skipped = event.status === 'skipped' && !findings.some((f) => f.severity === 'error');
      runs.set(event.id, {
        id: event.id,
        outcome: skipped ? 'skipped' : event.status === 'ok' && lateFindings.length === 0 ? 'ok' : 'error',
        stdout: textOf(stdout, event.id),
        stderr: note + textOf(stderr, event.id),
        durationMs: event.durationMs ?? 0,
        findings,
        ...(skipped && event.dependsOn ? { skip: dependencyReason(event.dependsOn, snippets) } : {}),
      });
      note = '';
    }
    const stuck = remaining.find((s) => started.has(s.id) && !runs.has(s.id));
    if (!stuck) {
      const unstarted = remaining.filter((s) => !runs.has(s.id));
      if (unstarted.length > 0) {
        const why = outcome.timedOut
          ? `the ${unstarted[0]!.lang} driver did not start in time`
          : `the ${unstarted[0]!.lang} driver exited (${outcome.signal ?? `code ${outcome.exitCode}`}) before running it: ${tail(allText(outcome.stderr)) || 'no output'}`;
        for (const s of unstarted) {
          runs.set(s.id, {
            id: s.id,
            outcome: 'error',
            stdout: '',
            stderr: allText(outcome.stderr),
            durationMs: 0,
            findings: [{ kind: 'runtime', severity: 'error', line: s.line, message: why }],
          });
        }
      }
      break;
    }
    const timedOut = outcome.timedOut === stuck.id;
    const message = timedOut
      ? `timed out after ${context.timeoutMs / 1000} s; its process tree was killed`
      : `the process died while this snippet ran (${outcome.signal ?? `exit code ${outcome.exitCode}`}): ${tail(stderr.get(stuck.id)?.text ?? allText(outcome.stderr)) || 'no output'}`;
    runs.set(stuck.id, {
      id: stuck.id,
      outcome: timedOut ? 'timeout' : 'error',
      stdout: textOf(stdout, stuck.id),
      stderr: note + textOf(stderr, stuck.id),
      durationMs: timedOut ? context.timeoutMs : 0,
      findings: [
        ...extraFindings(stuck),
        ...cutFindings(stuck, outcome),
        { kind: timedOut ? 'timeout' : 'runtime', severity: 'error', line: stuck.line, message },
      ],
    });
    remaining = remaining.slice(remaining.indexOf(stuck) + 1).filter((s) => !runs.has(s.id));
    if (!resumable) {
      // One program holds every snippet's declarations: what comes after the snippet that stopped it cannot run alone.
      const skip: Skip = { code: 'depends-on-failed', from: { id: stuck.id, line: stuck.line } };
      for (const s of remaining) runs.set(s.id, { id: s.id, outcome: 'skipped', stdout: '', stderr: '', durationMs: 0, findings: extraFindings(s), skip });
      break;
    }
    note = `[docs-harness] ran in a fresh process after ${stuck.id} ${timedOut ? 'timed out' : 'crashed'}; state from earlier snippets is lost\n`;
  }
  return snippets.map((s) => runs.get(s.id)!);
}
