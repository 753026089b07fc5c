// Reads an ATX heading line (`## Title {#anchor}`) for the line-based readers: the title or a section.
import type { Section } from '../../types.ts';
import { explicitAnchor, headingAnchor } from '../anchors.ts';
import type { PageLine } from './fences.ts';

/** What a heading line is: the page title (level 1), a section (levels 2–4), or a deeper heading (undefined section). */
export function readHeading(line: PageLine): { level: number; title: string; section: Section | undefined } | undefined {
  const match = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line.text);
  if (!match) return undefined;
  const level = match[1]!.length;
  const heading = explicitAnchor(match[2]!.replace(/<[^>]+>/g, '').trim());
  const section =
    level >= 2 && level <= 4
      ? Object.freeze({ anchor: heading.anchor ?? headingAnchor(heading.title), title: heading.title, line: line.line, level })
      : undefined;
  return { level, title: heading.title, section };
}
