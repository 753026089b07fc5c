// What the judge reads in code, output and errors, asked of every registered language (judge/ names none itself).
import type { FactSpelling, JudgingFacts } from '../languages/language.ts';
import { languageFacts } from '../languages/registry.ts';

/** Every language's judging facts of one kind (in run order; absent ones left out). */
function every<K extends keyof JudgingFacts>(key: K): NonNullable<JudgingFacts[K]>[] {
  return languageFacts().flatMap((facts) => (facts.judging?.[key] === undefined ? [] : [facts.judging[key]!]));
}

/** True when some language's pattern of this kind matches the code. */
function someMatch(key: 'printCalls' | 'unorderedCalls' | 'searchCalls' | 'existenceCalls', code: string): boolean {
  return every(key).some((pattern) => pattern.test(code));
}

/** True when the code calls something that prints what a reader sees, in any language. */
export function printsOutput(code: string): boolean {
  return someMatch('printCalls', code);
}

/** True when the code lists what an API returns in no promised order. */
export function listsUnordered(code: string): boolean {
  return someMatch('unorderedCalls', code);
}

/** True when the code searches (its hits depend on data and an index the page may not give). */
export function searches(code: string): boolean {
  return someMatch('searchCalls', code);
}

/** True when the code asks whether a collection or partition exists. */
export function asksExistence(code: string): boolean {
  return someMatch('existenceCalls', code);
}

/** The name an undefined-name error is about, in any language, if it is one. */
export function undefinedNameIn(message: string): string | undefined {
  return every('undefinedName')
    .flat()
    .map((pattern) => pattern.exec(message)?.[1])
    .find(Boolean);
}

/** How the SDKs print facts, read in any language's output (each pattern once). */
export function printedFactSpellings(): FactSpelling[] {
  const seen = new Set<string>();
  return every('printedFacts')
    .flat()
    .filter((rule) => !seen.has(`${rule.kind} ${rule.pattern.source}`) && seen.add(`${rule.kind} ${rule.pattern.source}`));
}

/** The package an error says is missing, when it is one the harness does not install. */
export function missingPackageIn(message: string): { package: string; note?: string } | undefined {
  return every('missingPackage')
    .map((recognise) => recognise(message))
    .find(Boolean);
}

/** True when the error is an SDK's that lost the server's reason. */
export function lostServerReason(message: string): boolean {
  return every('lostServerReason').some((pattern) => pattern.test(message));
}
