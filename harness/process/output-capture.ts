// Cuts one driver's output stream into per-snippet parts at the markers, as it arrives, keeping at most a cap of
// each part (a flood cannot exhaust memory or move output to another snippet); event lines are handed on.
import { StringDecoder } from 'node:string_decoder';

const MARK = '\u001eDH:';
/** Prefix of an event line on stdout, for drivers without fd 3 (the JVM). */
export const EVENT_PREFIX = '\u001eDHEV:';

/** The marker line a driver writes to stdout and stderr before a snippet runs. */
export function marker(id: string): string {
  return `${MARK}${id}\u001e\n`;
}
/** The id of the marker a warm runtime writes on stdout and stderr once a page is over (after all its output). */
export const PAGE_END_ID = '\u001fpage-end';
/** How long an unfinished marker may be before the \u001e is taken as plain text. */
const LONGEST_MARKER = 4096;

/** One snippet's captured output: the text kept and how many characters were left out past the cap. */
export interface CapturedPart {
  readonly text: string;
  readonly dropped: number;
}

/** Splits a stream at `\u001eDH:<id>\u001e\n` markers; `\u001eDHEV:<json>\n` lines go to `onEvent` (drivers without fd 3). */
export class OutputCapture {
  private readonly decoder = new StringDecoder('utf8');
  private readonly parts = new Map<string, { text: string; dropped: number }>();
  private current = '';
  private pending = '';

  constructor(
    private readonly capChars: number,
    private readonly onEvent: (json: string) => void = () => undefined,
    private readonly onMark: (id: string) => void = () => undefined,
  ) {}

  /** Takes the next chunk of the stream. */
  push(chunk: Buffer | string): void {
    this.pending += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    this.drain(false);
  }

  /** Ends the stream: whatever is pending is text of the current part (its final newline dropped, as at a marker). */
  end(): void {
    this.pending += this.decoder.end();
    this.drain(true);
    this.endPart();
  }

  /** Drops the newline that ends the current part (the line break before the next marker, or the stream's end). */
  private endPart(): void {
    const part = this.parts.get(this.current);
    if (part?.text.endsWith('\n') && part.dropped === 0) part.text = part.text.slice(0, -1);
  }

  /** Output per snippet id (text before the first marker is under the empty id). */
  result(): Map<string, CapturedPart> {
    return new Map(this.parts);
  }

  private append(text: string): void {
    if (!text) return;
    const part = this.parts.get(this.current) ?? { text: '', dropped: 0 };
    const room = Math.max(0, this.capChars - part.text.length);
    part.text += text.slice(0, room);
    part.dropped += Math.max(0, text.length - room);
    this.parts.set(this.current, part);
  }

  private drain(final: boolean): void {
    for (;;) {
      const at = this.pending.indexOf('\u001e');
      if (at < 0) {
        this.append(this.pending);
        this.pending = '';
        return;
      }
      this.append(this.pending.slice(0, at));
      this.pending = this.pending.slice(at);
      const consumed = this.takeMarker();
      if (consumed > 0) {
        this.pending = this.pending.slice(consumed);
        continue;
      }
      if (consumed === 0 && !final && this.pending.length < LONGEST_MARKER) return; // wait for the rest of it
      this.append('\u001e'); // not a marker: plain text
      this.pending = this.pending.slice(1);
    }
  }

  /** Length of the complete marker or event line at the start of `pending`, 0 when incomplete, -1 when none. */
  private takeMarker(): number {
    const text = this.pending;
    if (text.startsWith(EVENT_PREFIX)) {
      const end = text.indexOf('\n');
      if (end < 0) return 0;
      this.onEvent(text.slice(EVENT_PREFIX.length, end));
      return end + 1;
    }
    if (text.startsWith(MARK)) {
      const close = text.indexOf('\u001e\n', MARK.length);
      if (close < 0) {
        const inner = text.indexOf('\u001e', MARK.length);
        return inner < 0 || inner === text.length - 1 ? 0 : -1;
      }
      this.endPart();
      this.current = text.slice(MARK.length, close);
      this.onMark(this.current);
      return close + 2;
    }
    return EVENT_PREFIX.startsWith(text) || MARK.startsWith(text) ? 0 : -1;
  }
}
