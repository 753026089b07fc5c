// Plain data shapes that flow between the harness stages (page model first).
import type { Skip } from './skips.ts';
import type { CoverageOf, NotJudgedReason } from './coverage-data.ts';

/** Why a tab was not run or not judged (a code and its facts; see skips.ts), and why a program tab was not judged. */
export type { NotJudgedReason, Skip };

/** The languages the harness knows (one registry entry each, checked by the compiler; `cpp` is never run); `other`: any other fence. */
export type Lang = 'python' | 'java' | 'node' | 'go' | 'curl' | 'cpp' | 'other';

/** Which page format a file is written in (one folder each under harness/pages/formats/). */
export type PageFormat = 'rendered' | 'markdown' | 'docusaurus' | 'mkdocs';

/** One documented output block found inside a snippet's comments. */
export interface ExpectedOutput {
  /** 1-based page line of the block's first line (its `# Output` header when it has one). */
  readonly line: number;
  readonly text: string;
  /** Index in the snippet's code lines after which the block stands (0 = before any code). */
  readonly afterCodeLine: number;
  /** Page lines of the block's comment lines after any header (first and last), when it has such lines. */
  readonly body?: { readonly first: number; readonly last: number };
}

/** One tab (or lone block) of code, ready to run. */
export interface Tab {
  readonly lang: Lang;
  /** Fence language or `language-X` class as written. */
  readonly fence: string;
  /** The tab label as written in the page (empty for Markdown fences without a label). */
  readonly label: string;
  /** Runnable code: entities decoded, decorations and output comments removed. */
  readonly code: string;
  /** Page line (1-based) of each line of `code`. */
  readonly codeLines: readonly number[];
  readonly line: number;
  readonly endLine: number;
  readonly expected: readonly ExpectedOutput[];
  readonly placeholder: boolean;
}

/** A heading that starts a section. */
export interface Section {
  readonly anchor: string;
  readonly title: string;
  readonly line: number;
  readonly level: number;
}

/** A `multipleCode` group of tabs showing one operation in several languages. */
export interface TabGroup {
  readonly line: number;
  readonly section: Section | undefined;
  readonly tabs: readonly Tab[];
}

/** What a code block outside any tab group holds. */
export type LoneBlockKind = 'code' | 'output';

/** A code block outside any tab group. */
export interface LoneBlock {
  readonly kind: LoneBlockKind;
  readonly section: Section | undefined;
  readonly tab: Tab;
}

/** A docs page read into one model, whatever its format. */
export interface Page {
  readonly path: string;
  readonly id: string;
  readonly title: string;
  readonly format: PageFormat;
  readonly sections: readonly Section[];
  readonly groups: readonly TabGroup[];
  readonly blocks: readonly LoneBlock[];
}

/** A runnable unit: one tab of one group (or one lone code block), with a stable id. */
export interface Snippet extends Tab {
  /** Stable id such as `load-collection/python`. */
  readonly id: string;
  readonly section: string;
  readonly sectionTitle: string;
  /** Index of the tab group in the page (lone code blocks get their own index). */
  readonly group: number;
}

/** What kind of problem a finding reports. */
export type FindingKind =
  | 'syntax'
  | 'compile'
  | 'runtime'
  | 'timeout'
  | 'output-mismatch'
  | 'cross-language'
  | 'state'
  | 'missing-tab'
  | 'unsupported'
  | 'output-cut'
  | 'lint';

/** How bad a finding is; `--strict` turns warnings into errors. */
export type Severity = 'error' | 'warning';

/** One problem found in a page, tied to a page line. */
export interface Finding {
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** 1-based page line. */
  readonly line: number;
  readonly message: string;
  /** A unified diff (documented vs actual), when there is one. */
  readonly diff?: string;
}

/** A tab's verdict. */
export type TabStatus = 'pass' | 'fail' | 'skip';

/** What running one snippet gave, before judging. */
export interface SnippetRun {
  readonly id: string;
  /** `ok` ran to the end; `error` raised or failed to compile; `timeout` was killed; `skipped` did not run. */
  readonly outcome: 'ok' | 'error' | 'timeout' | 'skipped';
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
  /** Findings the runner made (syntax, runtime, timeout, lint, unsupported…). */
  readonly findings: readonly Finding[];
  /** Why it was skipped, when it was (the message is rendered from it: see skips.ts). */
  readonly skip?: Skip;
  /** The calls the server saw from this snippet (the recording tap), in order. */
  readonly calls?: readonly ServerCall[];
  /** True when the result was reused from the result cache (nothing it depends on changed). */
  readonly cached?: boolean;
}

/** One call a snippet made, as the server saw it (the recording tap between the snippets and the server). */
export interface ServerCall {
  /** The API method (`LoadCollection`). */
  readonly method: string;
  /** What the call is about: database, collection, partitions, alias, index, field, role, user, privilege names. */
  readonly names: Readonly<Record<string, string | readonly string[]>>;
  /** Request fields that change what it does: filter, output fields, limit, schema fields, index parameters, rows sent. */
  readonly fields: Readonly<Record<string, string | number | boolean | readonly string[]>>;
  /** What the server answered: ok, or its code (`UNIMPLEMENTED`, `CollectionNotExists`, a number) and reason. */
  readonly status: { readonly ok: boolean; readonly code: string; readonly reason?: string };
}

/** The verdict for one tab. */
export interface TabResult {
  readonly id: string;
  readonly section: string;
  /** The section heading as written (the console and summary show it). */
  readonly sectionTitle?: string;
  readonly lang: Lang;
  /** For a tab in a language the harness does not know (`other`): its label as written (`Rust`), so reports name it. */
  readonly label?: string;
  readonly line: number;
  readonly endLine: number;
  readonly status: TabStatus;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitStatus: 'ok' | 'error' | 'timeout' | 'skipped';
  readonly durationMs: number;
  readonly findings: readonly Finding[];
  /** Why the tab was not judged, as data (a code and its facts), and as the sentence reports show. */
  readonly skip?: Skip;
  readonly skipReason?: string;
  /** The calls the server saw from this tab, in order (method, names, meaning-carrying fields, status). */
  readonly calls?: readonly ServerCall[];
  /** True when reused from the result cache instead of run again. */
  readonly cached?: boolean;
  /** The SDK and exact release the tab ran with (`pymilvus 2.6.17`); one result per tab per release in a drift matrix. */
  readonly sdk?: string;
  /** The tab's code as it ran (documented outputs taken out), and the page line of each of its lines (the HTML report). */
  readonly code?: string;
  readonly codeLines?: readonly number[];
}

/** What a run tested of a page, or of a run added up (see coverage-data.ts). */
export type Coverage = CoverageOf<Lang>;

/** What a page run reports. */
export interface PageReport {
  readonly page: string;
  readonly format: PageFormat;
  readonly backend: string;
  readonly server: string;
  readonly sdks: Readonly<Record<string, string>>;
  readonly fixture: string | null;
  /** Each fixture collection and where it came from: `declared` (sidecar, --fixture), `config`, `inferred` (library). */
  readonly fixtures: readonly { name: string; how: 'declared' | 'config' | 'inferred'; file: string; rowsFromLine?: number }[];
  readonly substitutions: readonly string[];
  /** Milliseconds per phase (`python.reset`, `java.run`, `judge`; the first page also `server.start` …). */
  readonly timings?: Readonly<Record<string, number>>;
  /** How snippets were confined (absent in reports from before the sandbox). */
  readonly sandbox?: string;
  readonly results: readonly TabResult[];
  readonly findings: readonly (Finding & { id?: string; lang?: Lang; sdk?: string })[];
  /** `unsupported`: skipped tabs that could not be tested here (no REST, a server gap, no runner, an SDK that would not install): untested, not passed. */
  readonly summary: { pass: number; fail: number; skip: number; unsupported: number; errors: number; warnings: number };
  /** What the run tested of the page, counted (see Coverage); absent only in reports from before it was counted. */
  readonly coverage?: Coverage;
  /** Tabs × SDK releases, per language run with several releases (`--sdk python=2.5,2.6`). */
  readonly drift?: readonly DriftTable[];
  /** Why the run stopped in this page (the server stopped answering): the tabs after it are errors, the run exits 2. */
  readonly aborted?: string;
}

/** One cell of a drift table: a tab's verdict at one SDK release. */
export interface DriftCell {
  readonly sdk: string;
  readonly status: TabStatus | 'none';
  /** The first error finding, as `kind: message` (first line). */
  readonly finding?: string;
  /** True when the status or the first error differs from the release before. */
  readonly changed: boolean;
}

/** A language's tabs × the SDK releases it ran with (oldest first). */
export interface DriftTable {
  readonly lang: Lang;
  readonly versions: readonly string[];
  readonly rows: readonly {
    readonly id: string;
    readonly line: number;
    /** True when no release could test it (a placeholder, a syntax error): its verdict says nothing about the SDK. */
    readonly untested: boolean;
    readonly cells: readonly DriftCell[];
  }[];
}

/** A collection's state as the oracle and the fixture checks read it. */
export interface CollectionState {
  readonly name: string;
  readonly exists: boolean;
  readonly load?: 'loaded' | 'released' | 'loading' | 'missing' | string;
  readonly rowCount?: number;
}

/** A snapshot of the named collections after one snippet (the state oracle's answer). */
export type StateSnapshot = ReadonlyMap<string, CollectionState>;

/** The real server as snippets should reach it. */
export interface Endpoint {
  readonly uri: string;
  /** host:port, for SDKs that take an address without a scheme. */
  readonly address: string;
  readonly token: string | undefined;
}
