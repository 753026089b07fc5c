// Reads the attributes of Docusaurus `<Tabs>` and `<TabItem>` tags (groupId, values={[…]}, value, label).

/** An attribute's value: `name="x"`, `name='x'` or `name={"x"}`; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["'\`]([^"'\`]*)["'\`]\\s*\\})`).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The value → label pairs of a `<Tabs values={[{"label":"Python","value":"python"}, …]}>` tag, in order. */
export function tabValues(tag: string): Map<string, string> {
  const values = new Map<string, string>();
  const list = /\bvalues\s*=\s*\{\s*\[([\s\S]*)\]\s*\}/.exec(tag)?.[1] ?? '';
  for (const object of list.match(/\{[^{}]*\}/g) ?? []) {
    const field = (key: string) => new RegExp(`["']?${key}["']?\\s*:\\s*(?:"([^"]*)"|'([^']*)')`).exec(object);
    const value = field('value');
    const label = field('label');
    if (value) values.set(value[1] ?? value[2]!, label ? (label[1] ?? label[2]!) : '');
  }
  return values;
}

/** Which tab tag: `<Tabs>`, `<TabItem>`, `</TabItem>`, `</Tabs>`. */
export type TabTagKind = 'tabs' | 'item' | '/item' | '/tabs';

/** The `<Tabs …>`, `<TabItem …>`, `</TabItem>` and `</Tabs>` tags of a text, in order (inline code spans left out). */
export function tabTags(text: string): { kind: TabTagKind; tag: string }[] {
  const tags: { kind: TabTagKind; tag: string }[] = [];
  for (const match of text.replace(/`[^`\n]*`/g, '').matchAll(/<(\/?)(Tabs|TabItem)\b((?:[^>{}]|\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})*)>/g)) {
    const closing = match[1] === '/';
    const kind = match[2] === 'Tabs' ? (closing ? '/tabs' : 'tabs') : closing ? '/item' : 'item';
    tags.push({ kind, tag: match[0] });
  }
  return tags;
}
