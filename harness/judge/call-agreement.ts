// Across the tabs of one group, what the server saw: the same operations, on the same names, with the same
// meaning-carrying fields. A tab that leaves out an operation the others make (a request built and never sent), or
// sends another filter, limit, field list, collection or schema than the tabs that agree, is a cross-language error.
import type { Finding, ServerCall, Snippet, SnippetRun } from '../types.ts';
import { callsMethod } from '../run/tap/api-names.ts';
import { describeCall } from './server-calls.ts';

/**
 * Fields whose difference changes what a call does (filters, limits, field lists, schemas, index kinds). Fields SDKs
 * fill in on their own (offset 0, the vector field, an empty metric) are not compared: their difference is no page's.
 */
const COMPARED = ['expr', 'dsl', 'topk', 'limit', 'output_fields', 'schema', 'index_type', 'partition_names'];
/** Calls that only read (a tab may leave out showing a state; the state itself is compared by the oracle). */
const READ_ONLY = /^(Get|Describe|Has|List|Show|Select|Query|Search|HybridSearch|Check|Connect|AllocTimestamp)/;

/** Values an SDK sends for "not set" (the Node SDK asks for every field, `["*"]`, when none is given). */
const UNSET = new Set(['', '[]', '{}', '["*"]']);
/** Fields no SDK sends on its own: a tab that sends none where another sends one dropped it, even with only two tabs. */
const NEVER_ADDED = ['expr', 'dsl', 'partition_names'];

interface Tab {
  readonly snippet: Snippet;
  readonly own: readonly ServerCall[];
}

/** The tabs whose calls can be compared: ran to the end, or stopped only because the server lacks the API. */
function comparable(group: readonly Snippet[], runs: ReadonlyMap<string, SnippetRun>): Tab[] {
  return group.flatMap((snippet) => {
    const run = runs.get(snippet.id);
    // REST calls (curl tabs) name routes, not API methods: they are judged alone, not against the SDK tabs.
    if (!run?.calls || run.calls.some((call) => call.method.includes(' /'))) return [];
    const gap = run.skip?.code === 'server-gap';
    if (run.outcome !== 'ok' && !gap) return [];
    return [{ snippet, own: run.calls.filter((call) => callsMethod(snippet.code, call.method)) }];
  });
}

/** A value as it compares: filters with one kind of quote and single spaces; lists as sorted sets. */
function comparableValue(key: string, value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify([...value].map(String).sort());
  const text = String(value);
  return key === 'expr' || key === 'dsl' ? text.replace(/'/g, '"').replace(/\s+/g, ' ').trim() : text;
}

/** What a call says about a key: a field or a name (the database only when it is not the default). */
function sentValue(call: ServerCall, key: string): string | undefined {
  const value = key in call.fields ? call.fields[key] : call.names[key];
  if (value === undefined || (key === 'db_name' && value === 'default')) return undefined;
  const text = comparableValue(key, value);
  return UNSET.has(text) ? undefined : text;
}

/** Each tab's value, the majority value and the odd tabs; undefined when the tabs agree or no majority of 2 exists. */
function oddOnes(tabs: readonly Tab[], value: (tab: Tab) => string | undefined): { majority: string | undefined; agree: Tab[]; odd: Tab[] } | undefined {
  const counts = new Map<string | undefined, Tab[]>();
  for (const tab of tabs) counts.set(value(tab), [...(counts.get(value(tab)) ?? []), tab]);
  if (counts.size < 2) return undefined;
  const ranked = [...counts.entries()].sort((a, b) => b[1].length - a[1].length);
  if (ranked[0]![1].length < 2 || ranked[0]![1].length === ranked[1]![1].length) return undefined;
  return { majority: ranked[0]![0], agree: ranked[0]![1], odd: tabs.filter((tab) => !ranked[0]![1].includes(tab)) };
}

/** With no majority: for a field no SDK adds by itself, the tabs that send none where all the others send one value. */
function dropped(tabs: readonly Tab[], value: (tab: Tab) => string | undefined, key: string): ReturnType<typeof oddOnes> {
  if (!NEVER_ADDED.includes(key)) return undefined;
  const sent = tabs.filter((tab) => value(tab) !== undefined);
  const values = new Set(sent.map(value));
  if (sent.length === 0 || sent.length === tabs.length || values.size !== 1) return undefined;
  return { majority: [...values][0], agree: sent, odd: tabs.filter((tab) => !sent.includes(tab)) };
}

const langs = (tabs: readonly Tab[]) => tabs.map((t) => t.snippet.lang).join(' and ');

/** The request field as a reader calls it (`dsl` is the search filter, `topk` its limit). */
const READABLE: Readonly<Record<string, string>> = {
  dsl: 'filter',
  expr: 'filter',
  topk: 'limit',
  output_fields: 'output fields',
  partition_names: 'partitions',
};

/** Cross-language findings from the calls of one tab group, by snippet id. */
export function callAgreement(group: readonly Snippet[], runs: ReadonlyMap<string, SnippetRun>): Map<string, Finding[]> {
  const findings = new Map<string, Finding[]>();
  const add = (tab: Tab, message: string) =>
    findings.set(tab.snippet.id, [...(findings.get(tab.snippet.id) ?? []), { kind: 'cross-language', severity: 'error', line: tab.snippet.line, message }]);
  const tabs = comparable(group, runs);
  if (tabs.length < 2) return findings;
  const methods = new Set(tabs.flatMap((tab) => tab.own.map((call) => call.method)));
  for (const method of methods) {
    const makes = (tab: Tab) => tab.own.some((call) => call.method === method);
    // Left out: the others make it and this tab's code never calls it (a request built and never sent, a step missing).
    // Only an operation that changes the server: a tab that does not read back what it did shows less, it does no other.
    const split = tabs.length < 3 || READ_ONLY.test(method) ? undefined : oddOnes(tabs, (tab) => String(makes(tab)));
    if (split?.majority === 'true') {
      for (const tab of split.odd.filter((t) => !callsMethod(t.snippet.code, method))) {
        const example = split.agree[0]!.own.find((call) => call.method === method)!;
        add(
          tab,
          `the server saw no ${method} call from this ${tab.snippet.lang} tab; ${langs(split.agree)} make it (${describeCall(example)})${tab.own.length === 0 ? ': this tab made no call of its own at all' : ''}`,
        );
      }
    }
    const making = tabs.filter(makes);
    const first = (tab: Tab) => tab.own.find((call) => call.method === method)!;
    for (const key of COMPARED.concat(['collection_name', 'oldName', 'newName', 'alias', 'db_name'])) {
      const differ = oddOnes(making, (tab) => sentValue(first(tab), key)) ?? dropped(making, (tab) => sentValue(first(tab), key), key);
      for (const tab of differ?.odd ?? []) {
        const was = sentValue(first(tab), key);
        const field = READABLE[key] ?? key;
        add(
          tab,
          `this ${tab.snippet.lang} tab's ${method} call sends ${was === undefined ? `no ${field}` : `${field} ${was}`}; ${langs(differ!.agree)} ${differ!.agree.length === 1 ? 'sends' : 'send'} ${differ!.majority === undefined ? 'none' : differ!.majority}`,
        );
      }
    }
  }
  return findings;
}
