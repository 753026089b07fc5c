// The warnings a runner gives where the harness supplies a name the page never makes (a client, Go's ctx): each at
// the snippet and line of its first use.
import type { Finding, Snippet } from '../types.ts';
import { pageLine } from './process-runner.ts';

/** One warning about a supplied name: the snippet (index in the page's program) and its snippet-relative line. */
export interface SupplyNote {
  readonly snippet: number;
  readonly line: number;
  readonly message: string;
}

/** The lint findings of `notes` that belong to `snippet` (one of `snippets`), at page lines. */
export function supplyFindings(notes: readonly SupplyNote[], snippets: readonly Snippet[], snippet: Snippet): Finding[] {
  return notes
    .filter((n) => snippets[n.snippet] === snippet)
    .map((n) => ({ kind: 'lint', severity: 'warning', line: pageLine(snippet, n.line), message: n.message }));
}
