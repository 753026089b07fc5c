// Heading anchors as the Milvus site renders them, and the stable slugs snippet ids use.

/** The anchor the Milvus site gives a heading: punctuation dropped, spaces to dashes ("Load & Release" → "Load--Release"). */
export function headingAnchor(title: string): string {
  return title
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** A lower-case slug for ids ("Load--Release" → "load-release"). */
export function slug(anchor: string): string {
  return (
    anchor
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'page'
  );
}

/** Splits an explicit `{#anchor}` (MDX escapes it `\{#anchor}`) off a Markdown heading. */
export function explicitAnchor(title: string): { title: string; anchor: string | undefined } {
  const match = /^(.*?)\s*\\?\{#([^}]+)\}\s*$/.exec(title);
  return match ? { title: match[1]!, anchor: match[2]! } : { title, anchor: undefined };
}
