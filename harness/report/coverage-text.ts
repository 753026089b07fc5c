// Coverage in words, shared by every reporter and the --min-coverage gate: reasons named, the coverage line, figures.
import type { Coverage, Lang, NotJudgedReason } from '../types.ts';
import { judgedPercent, reasonsBySize } from '../judge/coverage.ts';

/** Each reason code in words, after a count of one and of several (`1 server gap`, `115 server gaps`). */
const REASON_WORDS: Readonly<Record<NotJudgedReason, readonly [string, string]>> = {
  'no-rest-server': ['no REST server', 'no REST server'],
  'server-gap': ['server gap', 'server gaps'],
  'no-fixture': ['no fixture', 'no fixture'],
  'depends-on-failed': ['after a failed tab', 'after a failed tab'],
  'reader-value': ['reader value', 'reader values'],
  'package-not-installed': ['package not installed', 'packages not installed'],
  'sdk-not-installed': ['SDK not installed', 'SDK not installed'],
  'no-runner': ['no runner', 'no runner'],
  'no-sdk-package': ['no installable SDK', 'no installable SDK'],
  unknown: ['skipped without a reason code', 'skipped without a reason code'],
};

/** A number as a reader reads it: `1,617`. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The reason as a column heading (`server gaps`). */
export function reasonLabel(reason: NotJudgedReason): string {
  return REASON_WORDS[reason][1];
}

/** A count of tabs not judged for a reason, in words (`115 server gaps`). */
export function reasonText(reason: NotJudgedReason, n: number): string {
  return `${count(n)} ${REASON_WORDS[reason][n === 1 ? 0 : 1]}`;
}

/** The share judged, rounded down so that a run with one tab untested never reads 100 % (`76 %`, `—` without programs). */
export function percentText(coverage: Coverage): string {
  return coverage.programs === 0 ? '—' : `${Math.floor(judgedPercent(coverage))} %`;
}

/** The reasons, largest first, in words (`125 no REST server, 115 server gaps`); `limit` keeps the largest few. */
export function reasonsText(coverage: Coverage, limit = Number.POSITIVE_INFINITY): string {
  const reasons = reasonsBySize(coverage);
  const shown = reasons.slice(0, limit).map(([reason, n]) => reasonText(reason, n));
  return [...shown, ...(reasons.length > limit ? ['…'] : [])].join(', ');
}

/** The languages with tab groups that lack them, as `2 go, 1 curl` (largest first), or '' when none. */
export function missingText(coverage: Coverage): string {
  return (Object.entries(coverage.missing) as [Lang, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([lang, n]) => `${count(n)} ${lang}`)
    .join(', ');
}

/**
 * The coverage line: `judged 1,235 of 1,617 program tabs (76 %); not judged: 125 no REST server, 115 server gaps;
 * 12 placeholders; tab groups missing a language: 2 go, 1 curl` (the last parts only when there are any).
 */
export function coverageLine(coverage: Coverage): string {
  const parts = [
    coverage.programs === 0
      ? 'no program tab to judge'
      : `judged ${count(coverage.judged)} of ${count(coverage.programs)} program tab${coverage.programs === 1 ? '' : 's'} (${percentText(coverage)})`,
  ];
  const reasons = reasonsText(coverage);
  if (reasons) parts.push(`not judged: ${reasons}`);
  if (coverage.placeholders > 0) parts.push(`${count(coverage.placeholders)} placeholder${coverage.placeholders === 1 ? '' : 's'}`);
  const missing = missingText(coverage);
  if (missing) parts.push(`tab groups missing a language: ${missing}`);
  return parts.join('; ');
}
