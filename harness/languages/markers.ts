// The sentinel a driver prints before each snippet, and the splitter that cuts one process's output per snippet.

/** Marker line written to stdout and stderr before a snippet runs. */
export function marker(id: string): string {
  return `\u001eDH:${id}\u001e\n`;
}

const MARKER = /\n?\u001eDH:([^\u001e]*)\u001e\n/g;

/** Output per snippet id; text before the first marker goes under the empty id. */
export function splitByMarkers(text: string): Map<string, string> {
  const parts = new Map<string, string>();
  let id = '';
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    parts.set(id, (parts.get(id) ?? '') + text.slice(last, match.index));
    id = match[1]!;
    last = match.index + match[0].length;
  }
  parts.set(id, (parts.get(id) ?? '') + text.slice(last));
  return parts;
}
