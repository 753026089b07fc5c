// The databases a page starts from besides `default`: those its fixture declares, those the library's collections live
// in, and a warning for each database the page uses that it never creates and nobody declares.
import path from 'node:path';
import { databaseOf } from '../server/collection-spec.ts';
import type { Finding, Page, Snippet } from '../types.ts';
import { databaseUsage } from './database-usage.ts';
import type { LibraryEntry } from './library.ts';

/** The databases of a page's fixture, and what the page uses that nobody declares. */
export interface ResolvedDatabases {
  /** Databases the library's collections live in that the page uses (created for it, empty unless it uses those too). */
  readonly inferred: readonly { readonly name: string; readonly file: string }[];
  /** Databases the page uses before creating them (or never creates) that no fixture declares. */
  readonly undeclared: ReadonlySet<string>;
  readonly findings: readonly Finding[];
}

/** The sidecar a page would declare its fixture in, by file name. */
export function sidecarName(page: Page): string {
  return `${path.basename(page.path).replace(/\.\w+$/, '')}.fixture.json`;
}

/**
 * Resolves the databases of `page`: `declared.all` are those its fixture creates so far (listed, or where its declared
 * and config-bound collections live), `declared.own` those of its own fixture file (sidecar or --fixture, `file`).
 */
export function resolveDatabases(
  page: Page,
  snippets: readonly Snippet[],
  declared: { readonly all: readonly string[]; readonly own: readonly string[]; readonly file?: string },
  library: ReadonlyMap<string, LibraryEntry>,
): ResolvedDatabases {
  const usage = databaseUsage(snippets);
  const inferred: { name: string; file: string }[] = [];
  const undeclared = new Set<string>();
  const findings: Finding[] = [];
  for (const assumed of usage.assumed) {
    if (declared.all.includes(assumed.name) || usage.created.has(assumed.name)) continue;
    const entry = [...library.values()].find((e) => databaseOf(e.spec) === assumed.name);
    if (entry) {
      inferred.push({ name: assumed.name, file: path.relative(process.cwd(), entry.file) || entry.file });
      continue;
    }
    undeclared.add(assumed.name);
    findings.push({
      kind: 'lint',
      severity: 'warning',
      line: assumed.line,
      message: `the page uses database \`${assumed.name}\`, which it never creates and no fixture declares: list it in a sidecar ${sidecarName(page)} beside the page (\`"databases": ["${assumed.name}"]\`), or give a fixture library collection \`"database": "${assumed.name}"\``,
    });
  }
  for (const name of declared.own.filter((d) => !usage.mentioned.has(d))) {
    findings.push({
      kind: 'lint',
      severity: 'warning',
      line: snippets[0]?.line ?? 1,
      message: `the fixture declares database \`${name}\` (${declared.file}), which the page never names: is it bound to the right page?`,
    });
  }
  return { inferred, undeclared, findings };
}
