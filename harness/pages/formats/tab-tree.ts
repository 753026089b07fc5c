// The tab tree the Docusaurus and MkDocs readers build (fences and tab sets, nested), and how it becomes groups and
// lone blocks: a tab set is a language group only when its tabs name languages.
import type { Lang, Section, Tab } from '../../types.ts';
import type { GroupCollector } from '../group-collector.ts';
import { buildTab } from '../tab-builder.ts';
import { canonicalLang } from '../language-names.ts';

/** A code fence as found, with its page lines. */
export interface FenceNode {
  readonly kind: 'fence';
  readonly fence: string;
  readonly text: string;
  readonly firstTextLine: number;
  readonly line: number;
  readonly endLine: number;
  readonly section: Section | undefined;
}

/** One tab of a tab set: the value it is keyed by, the label shown, and what it holds. */
export interface TabItemNode {
  readonly value: string;
  readonly label: string;
  readonly line: number;
  readonly children: TabNode[];
}

/** A tab set (`<Tabs>`, a run of `=== "X"`), with its group id when the format has one. */
export interface TabSetNode {
  readonly kind: 'tabs';
  readonly line: number;
  readonly section: Section | undefined;
  readonly groupId: string | undefined;
  readonly items: TabItemNode[];
}

export type TabNode = FenceNode | TabSetNode;

/** A format's label table: tab labels and values (lower case) it writes for a language, besides the registry's aliases. */
export type LabelTable = Readonly<Record<string, Lang>>;

/** Languages no registry entry knows that pages still show as their own tab (kept as `other`, named by their label). */
const UNKNOWN_LANGUAGES = /^(c#|csharp|c sharp|\.net|dotnet|rust|ruby|php|kotlin|scala|swift|dart|elixir|zig|r)$/i;
const OUTPUT_TAB = /\b(output|result|response)s?\b/i;
const CODE_GROUP_ID = /code|lang/i;

/** The language a tab value or label names, through the format's label table, then the registry's aliases. */
export function labelLang(word: string, labels: LabelTable): Lang {
  const key = word.trim().toLowerCase();
  return labels[key] ?? canonicalLang(key);
}

/** True when a tab's value or label names a programming language (a registry one, or one the harness does not know). */
function namesLanguage(word: string, labels: LabelTable): boolean {
  return labelLang(word, labels) !== 'other' || UNKNOWN_LANGUAGES.test(word.trim());
}

/** A tab set is a language group when its group id (if any) is about code and two or more of its tabs name languages. */
export function isLanguageSet(set: TabSetNode, labels: LabelTable = {}): boolean {
  if (set.groupId !== undefined && !CODE_GROUP_ID.test(set.groupId)) return false;
  return set.items.filter((item) => namesLanguage(item.value, labels) || namesLanguage(item.label, labels)).length >= 2;
}

/** Every fence under some nodes, in page order. */
function fencesOf(nodes: readonly TabNode[]): FenceNode[] {
  return nodes.flatMap((node) => (node.kind === 'fence' ? [node] : node.items.flatMap((item) => fencesOf(item.children))));
}

/**
 * The fence word a tab's code is written in: the fence's own; for a bare ``` the language the tab's value or label
 * names (label table, aliases), else the value or label as written (kept and named, never dropped).
 */
function fenceWord(fence: FenceNode, item: TabItemNode, labels: LabelTable): string {
  if (fence.fence) return fence.fence;
  const named = [item.value, item.label].map((word) => labelLang(word, labels)).find((lang) => lang !== 'other');
  return named ?? (item.value || item.label);
}

/** One tab from several fences of its language (a tab holding setup, prose, then more code): lines and outputs joined. */
function joinTabs(tabs: readonly Tab[]): Tab {
  if (tabs.length === 1) return tabs[0]!;
  const lines = tabs.flatMap((tab) => tab.codeLines);
  let offset = 0;
  const expected = tabs.flatMap((tab) => {
    const shifted = tab.expected.map((e) => Object.freeze({ ...e, afterCodeLine: e.afterCodeLine + offset }));
    offset += tab.codeLines.length;
    return shifted;
  });
  return Object.freeze({
    ...tabs[0]!,
    code: tabs.map((tab) => tab.code).join('\n'),
    codeLines: Object.freeze(lines),
    endLine: tabs.at(-1)!.endLine,
    expected: Object.freeze(expected),
    placeholder: tabs.every((tab) => tab.placeholder),
  });
}

/**
 * Feeds a tab tree to the collector: language sets as groups, other sets flattened (an Output tab's fences as output).
 * `labels` is the format's label table.
 */
export function emitNodes(nodes: readonly TabNode[], collector: GroupCollector, labels: LabelTable, asOutput = false): void {
  for (const node of nodes) {
    if (node.kind === 'fence') {
      collector.add(buildTab({ ...node, label: '' }), node.section, asOutput);
      continue;
    }
    if (!isLanguageSet(node, labels)) {
      for (const item of node.items) emitNodes(item.children, collector, labels, asOutput || OUTPUT_TAB.test(`${item.value} ${item.label}`));
      continue;
    }
    // A language tab: its first fence and the later ones in the same language make the tab; any other fence is output.
    const rest: FenceNode[] = [];
    collector.startGroup(node.line, node.section);
    for (const item of node.items) {
      const fences = fencesOf(item.children);
      if (fences.length === 0) continue;
      const word = fenceWord(fences[0]!, item, labels);
      const same = fences.filter((f, i) => i === 0 || (f.fence.toLowerCase() === word.toLowerCase() && canonicalLang(word) !== 'other'));
      rest.push(...fences.filter((f) => !same.includes(f)));
      collector.add(joinTabs(same.map((f) => buildTab({ ...f, fence: word, label: item.label }))), node.section);
    }
    collector.closeGroup();
    for (const fence of rest) collector.add(buildTab({ ...fence, label: '' }), fence.section, true);
  }
}
