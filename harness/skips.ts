// Why a tab was not judged: the codes code acts on, with their facts, and the sentence each is rendered as (the one
// place that words them).

/**
 * Why a tab was not run or not judged: a code that code acts on (bisect, gap borrowing, coverage, the result cache),
 * with the facts its sentence needs. The sentence is rendered from it (skips.ts), never parsed back.
 */
export type Skip =
  /** The tab holds no program, only a "missing" note. */
  | { readonly code: 'placeholder' }
  /** No runner for the tab's fence language (`label`: the tab label as written, when it has one). */
  | { readonly code: 'no-runner'; readonly fence: string; readonly label?: string }
  /** A language the harness knows but cannot run: no SDK for it can be installed from a package registry (C++). */
  | { readonly code: 'no-sdk-package'; readonly lang: string; readonly sdk: string }
  /** A curl tab on a server without the REST API. */
  | { readonly code: 'no-rest-server' }
  /** The server lacks a feature (a known gap: `gap` is its id); `borrowed` when another language's tab showed it. */
  | {
      readonly code: 'server-gap';
      readonly server: string;
      readonly gap: string;
      readonly feature: string;
      readonly borrowed?: boolean;
      /** The tab failed only because an earlier one that the gap stopped did not create `collection`. */
      readonly after?: { readonly id: string; readonly line: number; readonly collection: string };
    }
  /** The page assumes a collection (or a database) it never creates and no fixture declares. */
  | { readonly code: 'no-fixture'; readonly collection: string }
  | { readonly code: 'no-fixture'; readonly database: string }
  /** An earlier snippet this one needs failed or was not run (`name` it declares, or without a name: it stopped the program). */
  | { readonly code: 'depends-on-failed'; readonly from?: { readonly id: string; readonly line: number }; readonly name?: string; readonly notRun?: boolean }
  /** A value the page leaves to the reader (`your_token`, a query vector). */
  | { readonly code: 'reader-value'; readonly name: string }
  /** A package the harness does not install (an embedding provider, a separate SDK artifact). */
  | { readonly code: 'package-not-installed'; readonly package: string; readonly note?: string }
  /** The language's SDK release could not be installed. */
  | { readonly code: 'sdk-not-installed'; readonly sdk: string; readonly lang: string; readonly why: string };

/** What a reader is told about a skip: the reason, the fix where there is one. */
export function skipText(skip: Skip): string {
  switch (skip.code) {
    case 'placeholder':
      return 'placeholder';
    case 'no-runner':
      return `no runner for \`${skip.fence || 'unlabelled'}\` tabs${skip.label && skip.label.toLowerCase() !== skip.fence.toLowerCase() ? ` (tab "${skip.label}")` : ''}`;
    case 'no-sdk-package':
      return `no Milvus ${skip.lang} SDK can be installed from a package registry (${skip.sdk} is built from source), so ${skip.lang} tabs are not run: build ${skip.sdk} and compile this tab yourself to test it`;
    case 'no-rest-server':
      return 'the server has no REST API (milvus-lite, or a stand-in image serving it); run with `--backend container` on the milvusdb/milvus image, or `--uri`, to execute curl tabs';
    case 'server-gap':
      return `${skip.server} has no ${skip.feature}: run with --backend container or --uri to test this tab${
        skip.borrowed ? " (this SDK could not read the server's error; the same step in another language shows the gap)" : ''
      }${skip.after ? ` (it uses \`${skip.after.collection}\`, which line ${skip.after.line} (${skip.after.id}) was to create, and could not here)` : ''}`;
    case 'no-fixture':
      return 'database' in skip
        ? `the page assumes database \`${skip.database}\`, which it never creates and no fixture declares: list it in the page's sidecar <page>.fixture.json (\`"databases": ["${skip.database}"]\`) or give a fixture library collection \`"database": "${skip.database}"\` to test this tab`
        : `the page assumes collection \`${skip.collection}\`, which it never creates and no fixture declares: add ${skip.collection}.json to the fixture library to test this tab`;
    case 'depends-on-failed': {
      const where = skip.from ? `line ${skip.from.line} (${skip.from.id})` : 'an earlier snippet';
      const how = skip.notRun ? 'which was not run' : 'which failed';
      return skip.name ? `not run: it uses \`${skip.name}\`, declared at ${where}, ${how}` : `not run: the program stopped at ${where}, ${how}`;
    }
    case 'reader-value':
      return `the snippet needs \`${skip.name}\`, a value the page leaves to the reader (it is never defined on the page)`;
    case 'package-not-installed':
      return `the snippet needs ${skip.package}, which the harness does not install${skip.note ?? ''}`;
    case 'sdk-not-installed':
      return `${skip.sdk} could not be installed, so the ${skip.lang} tabs were not tested: ${skip.why.split('\n')[0]}`;
  }
}
