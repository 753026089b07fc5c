// Splits one direction of an HTTP/2 connection into frames, as a copy of the bytes passes (never changing them).

/** One HTTP/2 frame: its type, flags, stream and payload (padding and priority still in it). */
export interface Frame {
  readonly type: number;
  readonly flags: number;
  readonly stream: number;
  readonly payload: Buffer;
}

/** The frame types the tap reads. */
export const FRAME = { data: 0, headers: 1, rstStream: 3, settings: 4, pushPromise: 5, goaway: 7, continuation: 9 } as const;

/** The frame flags the tap reads. */
export const FLAG = { endStream: 0x1, endHeaders: 0x4, padded: 0x8, priority: 0x20 } as const;

/** The client's connection preface (RFC 9113 §3.4), before its first frame. */
const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');

/** Reads frames out of chunks as they come; a stream that is not HTTP/2 makes it stop reading (and say so once). */
export class FrameReader {
  private pending: Buffer = Buffer.alloc(0);
  private prefaceLeft: number;
  private broken = false;

  constructor(
    private readonly onFrame: (frame: Frame) => void,
    clientSide: boolean,
    private readonly onNotHttp2: () => void = () => undefined,
  ) {
    this.prefaceLeft = clientSide ? PREFACE.length : 0;
  }

  /** Takes the next chunk of the byte stream. */
  push(chunk: Buffer): void {
    if (this.broken) return;
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    if (this.prefaceLeft > 0) {
      const take = Math.min(this.prefaceLeft, this.pending.length);
      const start = PREFACE.length - this.prefaceLeft;
      if (!this.pending.subarray(0, take).equals(PREFACE.subarray(start, start + take))) {
        this.stop();
        return;
      }
      this.prefaceLeft -= take;
      this.pending = this.pending.subarray(take);
    }
    while (this.pending.length >= 9) {
      const length = this.pending.readUIntBE(0, 3);
      if (this.pending.length < 9 + length) break;
      const frame = {
        type: this.pending[3]!,
        flags: this.pending[4]!,
        stream: this.pending.readUInt32BE(5) & 0x7fffffff,
        payload: this.pending.subarray(9, 9 + length),
      };
      this.pending = this.pending.subarray(9 + length);
      this.onFrame(frame);
    }
  }

  private stop(): void {
    this.broken = true;
    this.pending = Buffer.alloc(0);
    this.onNotHttp2();
  }
}

/** A HEADERS or DATA payload without its padding (and a HEADERS payload without its priority fields). */
export function framePayload(frame: Frame): Buffer {
  let body = frame.payload;
  let pad = 0;
  if (frame.flags & FLAG.padded) {
    pad = body[0] ?? 0;
    body = body.subarray(1);
  }
  if (frame.type === FRAME.headers && frame.flags & FLAG.priority) body = body.subarray(5);
  return body.subarray(0, Math.max(0, body.length - pad));
}
