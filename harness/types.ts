// Plain data shapes that flow between the harness stages (page model first).

/** Languages the harness knows; anything else is kept as `other`. */
export type Lang = 'python' | 'java' | 'node' | 'go' | 'curl' | 'other';

/** Which of the two page forms a file is written in. */
export type PageFormat = 'rendered' | 'markdown';

/** One documented output block found inside a snippet's comments. */
export interface ExpectedOutput {
  /** 1-based page line of the block's first line (its `# Output` header when it has one). */
  readonly line: number;
  readonly text: string;
  /** Index in the snippet's code lines after which the block stands (0 = before any code). */
  readonly afterCodeLine: number;
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
