// What cannot be tested here, recognised from a tab's errors: a server gap (server/milvus-lite-gaps.ts), a package the
// harness does not install, a value the page leaves to the reader, a collection or database nobody declares. Such a tab says
// nothing about the page, so it is `skip` (kind `unsupported`), never a verdict.
import type { Finding, Skip, SnippetRun } from '../types.ts';
import { skipText } from '../skips.ts';
import { MILVUS_LITE, missingCollectionIn, serverGap, type ServerGap } from '../server/milvus-lite-gaps.ts';
import { lostServerReason, missingPackageIn, undefinedNameIn } from './language-facts.ts';

/**
 * Names of values a page leaves to the reader: `your_…`, query vectors and embeddings in any case (`query_vector`,
 * `queryVector`, `image_embedding`), and the reader's own configuration constants (`COLLECTION_NAME`, `MINIO_ENDPOINT`).
 */
const READER_VALUE = /^your_?\w+$|^\w*(query|target|search|image|text|doc|sparse|dense)_?\w*(vector|vectors|embedding|embeddings|sig|signature)s?$/i;
const CONSTANT = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

/** The reason a snippet is untestable because it needs a value the page leaves to the reader, if that is why it failed. */
export function readerValueGap(message: string): Skip | undefined {
  const name = undefinedNameIn(message);
  if (name && (READER_VALUE.test(name) || CONSTANT.test(name))) return { code: 'reader-value', name };
  return undefined;
}

/**
 * A run whose error lost the server's reason, where another language's run of the same step was skipped for a
 * server gap, is skipped for that gap too (the same server refused the same step).
 */
export function borrowGap(run: SnippetRun, siblings: readonly SnippetRun[]): SnippetRun {
  const unreadable = run.findings.filter((f) => f.severity === 'error' && lostServerReason(f.message));
  if (unreadable.length === 0) return run;
  const gap = siblings.find((s) => s.outcome === 'skipped' && s.skip?.code === 'server-gap')?.skip;
  if (gap?.code !== 'server-gap') return run;
  const skip: Skip = { ...gap, borrowed: true };
  const reason = skipText(skip);
  const rest = run.findings.filter((f) => !unreadable.includes(f));
  const findings: Finding[] = [...rest, { kind: 'unsupported', severity: 'warning', line: unreadable[0]!.line, message: reason }];
  // A compile or syntax error of the page's own still fails the tab; only the gap is not counted against it.
  if (rest.some((f) => f.severity === 'error')) return { ...run, findings };
  return { ...run, outcome: 'skipped', findings, skip };
}

/** A collection-not-found error for a collection the page assumes and no fixture declares: untested, with the fix. */
function undeclaredCollection(message: string, undeclared: ReadonlySet<string>): Skip | undefined {
  const collection = missingCollectionIn(message);
  if (!collection || !undeclared.has(collection)) return undefined;
  return { code: 'no-fixture', collection };
}

/** The database a "database not found" error names (milvus-lite's and a real Milvus's words, the Java SDK's connect check). */
export function missingDatabaseIn(message: string): string | undefined {
  const name = /database '?(\w+)'? (?:does )?not exist|database not found\[database=(\w+)\]/i.exec(message);
  return name?.[1] ?? name?.[2];
}

/** A database-not-found error for a database the page assumes and no fixture declares: untested, with the fix. */
function undeclaredDatabase(message: string, undeclared: ReadonlySet<string>): Skip | undefined {
  const database = missingDatabaseIn(message);
  return database && undeclared.has(database) ? { code: 'no-fixture', database } : undefined;
}

/** The environment gap an error shows (a package the harness does not install), if any, on any server. */
export function environmentGap(message: string): Skip | undefined {
  const missing = missingPackageIn(message);
  return missing ? { code: 'package-not-installed', ...missing } : undefined;
}

/** The skip for a gap: which gap, and what the server lacks in this error's words. */
export function gapReason(gap: ServerGap, message: string): Skip {
  const match = gap.pattern.exec(message);
  const api = gap.id === 'unimplemented' ? (match?.[1] ?? 'this API') : gap.feature.replace(/\$(\d)/g, (_, n: string) => match?.[Number(n)] ?? '');
  return { code: 'server-gap', server: MILVUS_LITE, gap: gap.id, feature: api };
}

/**
 * On milvus-lite, a run whose errors include a known gap becomes `skip` (an `unsupported` warning at that line).
 * Runtime errors after the gap's line are its consequences (the snippet went on without what the server refused);
 * compile and syntax errors, and runtime errors before it, stay errors (the tab still fails on them).
 */
export function applyServerGaps(
  run: SnippetRun,
  isMilvusLite: boolean,
  undeclared: ReadonlySet<string> = new Set(),
  undeclaredDatabases: ReadonlySet<string> = new Set(),
): SnippetRun {
  if (run.outcome === 'skipped') return run;
  const why = (message: string) => {
    const gap = isMilvusLite ? serverGap(message) : undefined;
    if (gap) return gapReason(gap, message);
    return environmentGap(message) ?? readerValueGap(message) ?? undeclaredCollection(message, undeclared) ?? undeclaredDatabase(message, undeclaredDatabases);
  };
  const matched = run.findings.filter((f) => f.severity === 'error' && (f.kind === 'runtime' || f.kind === 'compile') && why(f.message));
  if (matched.length === 0) return run;
  const first = matched.reduce((a, b) => (b.line < a.line ? b : a));
  // What follows a gap is its consequence: later runtime errors (the snippet went on without what was refused), and,
  // when the gap is a compile error (a package not installed), the snippet's other compile errors.
  const missingPackage = first.kind === 'compile' && environmentGap(first.message) !== undefined;
  // A missing package explains the errors about its classes, never an undefined variable (that is the page's own).
  const follows = (f: Finding) =>
    f.severity === 'error' &&
    ((f.kind === 'runtime' && f.line >= first.line) || (missingPackage && f.kind === 'compile' && undefinedNameIn(f.message) === undefined));
  const gaps = run.findings.filter((f) => matched.includes(f) || follows(f));
  const skip = why(first.message)!;
  const unsupported: Finding = { kind: 'unsupported', severity: 'warning', line: first.line, message: skipText(skip) };
  const rest = run.findings.filter((f) => !gaps.includes(f));
  if (rest.some((f) => f.severity === 'error')) return { ...run, findings: [...rest, unsupported] };
  return { ...run, outcome: 'skipped', findings: [...rest, unsupported], skip };
}
