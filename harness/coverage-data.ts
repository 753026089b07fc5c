// The shape of coverage: what a run tested of a page (or of a run, added up), as counts (judge/coverage.ts counts it).
import type { Skip } from './skips.ts';

/** Why a program tab was not judged: a skip code (placeholders are counted apart), or `unknown` for a skip without one. */
export type NotJudgedReason = Exclude<Skip['code'], 'placeholder'> | 'unknown';

/**
 * What a run tested of a page (or of a run, added up): its program tabs (every reported tab but placeholders; in a
 * drift matrix one per tab per release, as the summary counts), how many were judged (pass or fail), the rest by
 * reason code, the placeholders, and tab parity: per language, the page's tab groups (of two tabs or more) without it.
 * `L` is the languages (types.ts gives `Coverage` with its `Lang`; this file imports nothing of types.ts).
 */
export interface CoverageOf<L extends string> {
  readonly programs: number;
  readonly judged: number;
  readonly notJudged: Readonly<Partial<Record<NotJudgedReason, number>>>;
  readonly placeholders: number;
  readonly missing: Readonly<Partial<Record<L, number>>>;
}
