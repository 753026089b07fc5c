// Collects tabs and lone blocks in page order into groups; shared by both page readers.
import type { LoneBlock, Section, Tab, TabGroup } from '../types.ts';
import { looksLikeBareOutput } from './tab-builder.ts';

/** Gathers tab groups and lone blocks while a reader walks the page top to bottom. */
export class GroupCollector {
  readonly groups: TabGroup[] = [];
  readonly blocks: LoneBlock[] = [];
  private open: { line: number; section: Section | undefined; tabs: Tab[] } | undefined;

  /** Starts a tab group at `line` (a multipleCode div). */
  startGroup(line: number, section: Section | undefined): void {
    this.closeGroup();
    this.open = { line, section, tabs: [] };
  }

  /** True while a tab group is open and can take more tabs. */
  get inGroup(): boolean {
    return this.open !== undefined;
  }

  /**
   * Adds a block: a tab of the open group, or a lone block when no group is open or it holds bare output. A lone
   * block the prose introduces as output ("Expected output:") holds output, whatever its fence says.
   */
  add(tab: Tab, section: Section | undefined, introducedAsOutput = false): void {
    const bareOutput = tab.lang === 'other' && looksLikeBareOutput(tab);
    if (this.open && !bareOutput) {
      this.open.tabs.push(tab);
      return;
    }
    this.closeGroup();
    const kind = bareOutput || introducedAsOutput || looksLikeBareOutput(tab) ? 'output' : 'code';
    this.blocks.push(Object.freeze({ kind, section, tab }));
  }

  /** Ends the open group, if any (something other than a code block came next). */
  closeGroup(): void {
    if (this.open && this.open.tabs.length > 0) {
      this.groups.push(Object.freeze({ ...this.open, tabs: Object.freeze([...this.open.tabs]) }));
    }
    this.open = undefined;
  }
}
