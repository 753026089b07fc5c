// The sentinel a driver prints before each snippet (harness/output-capture.ts cuts the output at it).

/** Marker line written to stdout and stderr before a snippet runs. */
export function marker(id: string): string {
  return `\u001eDH:${id}\u001e\n`;
}
