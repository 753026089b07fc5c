// Consistency across the languages of one tab group: server state after each snippet, and printed facts
// (canonical values), with the odd language out named; documented outputs of tabs that could not run are checked
// against what the other languages really produced.
import type { Finding, Lang, Snippet, SnippetRun } from '../types.ts';
import { factsIn, finalFacts, isUnknownValue, spellingsOf } from './canonical.ts';
import type { CollectionState, StateSnapshot } from '../types.ts';
import { lostServerReason } from './language-facts.ts';

/** What one tab gave, for comparison. */
interface Evidence {
  readonly snippet: Snippet;
  readonly values: ReadonlyMap<string, string>;
}

/** Splits languages into the majority value and the dissenters; undefined when all agree. */
function dissent(evidence: readonly Evidence[], key: string): { majority: string; langs: Lang[]; odd: Evidence[] } | undefined {
  const withKey = evidence.filter((e) => e.values.has(key));
  if (withKey.length < 2) return undefined;
  const counts = new Map<string, number>();
  for (const e of withKey) counts.set(e.values.get(key)!, (counts.get(e.values.get(key)!) ?? 0) + 1);
  if (counts.size < 2) return undefined;
  const [majority] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const tie = [...counts.values()].filter((c) => c === counts.get(majority)).length > 1;
  const odd = tie ? withKey : withKey.filter((e) => e.values.get(key) !== majority);
  return { majority, langs: withKey.filter((e) => e.values.get(key) === majority).map((e) => e.snippet.lang), odd };
}

function others(evidence: readonly Evidence[], self: Evidence, key: string): string {
  return evidence
    .filter((e) => e !== self && e.values.has(key))
    .map((e) => `${e.snippet.lang}: ${e.values.get(key)}`)
    .join(', ');
}

/**
 * Runs whose error lost the server's reason get the reason the other languages of the same tab group report, so the
 * message says why (e.g. Java's "unknown enum value" next to Python's "partition not found").
 */
export function withReadableReasons(snippets: readonly Snippet[], runs: ReadonlyMap<string, SnippetRun>): ReadonlyMap<string, SnippetRun> {
  const out = new Map(runs);
  for (const snippet of snippets) {
    const run = runs.get(snippet.id);
    if (!run?.findings.some((f) => lostServerReason(f.message))) continue;
    const others = snippets
      .filter((s) => s.group === snippet.group && s.id !== snippet.id)
      .flatMap((s) =>
        (runs.get(s.id)?.findings ?? [])
          .filter((f) => f.kind === 'runtime' && f.severity === 'error' && !lostServerReason(f.message))
          .map((f) => `${s.lang}: ${f.message.split('\n')[0]}`),
      );
    const note =
      others.length > 0
        ? ` (the SDK could not read the server's error code; the same step in ${others.join('; ')})`
        : " (the SDK could not read the server's error code, so the server's reason is lost)";
    out.set(snippet.id, {
      ...run,
      findings: run.findings.map((f) => (lostServerReason(f.message) ? { ...f, message: `${f.message.split('\n')[0]}${note}` } : f)),
    });
  }
  return out;
}

/** Cross-language findings for one tab group, by snippet id. */
export function crossLanguage(
  group: readonly Snippet[],
  runs: ReadonlyMap<string, SnippetRun>,
  states: ReadonlyMap<string, StateSnapshot>,
  afterTrouble: ReadonlySet<string> = new Set(),
): Map<string, Finding[]> {
  const findings = new Map<string, Finding[]>();
  const add = (id: string, finding: Finding) => findings.set(id, [...(findings.get(id) ?? []), finding]);
  const ran = group.filter((s) => runs.get(s.id)?.outcome === 'ok');

  // A language whose earlier snippet failed or was skipped starts from another state: its state and prints are left out.
  const comparable = ran.filter((s) => !afterTrouble.has(s.id));

  // (a) server-state oracle
  const stateEvidence: Evidence[] = comparable
    .filter((s) => states.has(s.id))
    .map((s) => ({ snippet: s, values: new Map([...states.get(s.id)!].map(([name, st]) => [name, describeState(st)])) }));
  const names = new Set(stateEvidence.flatMap((e) => [...e.values.keys()]));
  for (const name of names) {
    const split = dissent(stateEvidence, name);
    for (const e of split?.odd ?? []) {
      add(e.snippet.id, {
        kind: 'state',
        severity: 'error',
        line: e.snippet.line,
        message: `after this ${e.snippet.lang} snippet, collection ${name} is ${e.values.get(name)}; after the same step in ${others(stateEvidence, e, name)}`,
      });
    }
  }

  // (b) printed facts, canonical
  const printed: Evidence[] = comparable.map((s) => ({ snippet: s, values: finalFacts(factsIn(runs.get(s.id)!.stdout, s.lang, s.code)) }));
  const kinds = new Set(printed.flatMap((e) => [...e.values.keys()]));
  for (const kind of kinds) {
    const split = dissent(printed, kind);
    for (const e of split?.odd ?? []) {
      add(e.snippet.id, {
        kind: 'cross-language',
        severity: 'error',
        line: e.snippet.line,
        message: `${e.snippet.lang} prints ${kind} ${e.values.get(kind)}, but ${others(printed, e, kind)}`,
      });
    }
  }

  // Documented outputs of tabs that could not run, against what the others really printed.
  for (const snippet of group.filter((s) => runs.get(s.id)?.outcome === 'skipped' && !s.placeholder)) {
    for (const block of snippet.expected) {
      for (const [kind, value] of finalFacts(factsIn(block.text, snippet.lang, snippet.code))) {
        const real = printed.filter((e) => e.values.has(kind));
        const disagree = real.filter((e) => e.values.get(kind) !== value);
        const gave = real.map((e) => `${e.snippet.lang}: ${e.values.get(kind)}`).join(', ');
        if (isUnknownValue(value)) {
          const name = value.slice('unknown:'.length);
          const exact = spellingsOf(kind, snippet.lang);
          const hint = exact.length
            ? `; ${snippet.lang} prints ${exact.map((e) => `\`${e}\``).join(', ')}${real.length ? ` (the languages that ran give ${gave})` : ''}`
            : '';
          add(snippet.id, {
            kind: 'cross-language',
            severity: 'error',
            line: block.line,
            message: `the ${snippet.lang} tab documents ${kind} \`${name}\`, a value no SDK or API prints${hint}`,
          });
        } else if (real.length > 0 && disagree.length === real.length) {
          add(snippet.id, {
            kind: 'cross-language',
            severity: 'error',
            line: block.line,
            message: `the ${snippet.lang} tab documents ${kind} ${value}, but the languages that ran give ${gave}`,
          });
        }
      }
    }
  }
  return findings;
}

/**
 * Snippets that follow, in their language, a snippet that did not run through (failed or skipped): the server state
 * they leave says nothing about their own step, so the state oracle leaves them out.
 */
export function afterTroubleIn(snippets: readonly Snippet[], runs: ReadonlyMap<string, SnippetRun>): Set<string> {
  const troubled = new Set<Lang>();
  const out = new Set<string>();
  for (const snippet of [...snippets].sort((a, b) => a.line - b.line)) {
    if (troubled.has(snippet.lang)) out.add(snippet.id);
    if (!snippet.placeholder && ranAstray(runs.get(snippet.id))) troubled.add(snippet.lang);
  }
  return out;
}

/** Skips of tabs that never reach a server: the state after them is the state before them. */
const NOTHING_RAN = new Set(['placeholder', 'no-runner', 'no-rest-server', 'no-sdk-package']);

/** True when a run did not go through and may have left the server otherwise than its siblings (not a mere syntax error). */
function ranAstray(run: SnippetRun | undefined): boolean {
  if (!run || run.outcome === 'ok') return false;
  if (run.outcome === 'skipped') return !(run.skip && NOTHING_RAN.has(run.skip.code));
  return !run.findings.filter((f) => f.severity === 'error').every((f) => f.kind === 'syntax');
}

/** Compact text for a collection state, for messages. */
export function describeState(state: CollectionState | undefined): string {
  if (!state?.exists) return 'absent';
  return `${state.load ?? 'unknown'}, ${state.rowCount ?? '?'} rows`;
}
