// Follows the gRPC calls of one HTTP/2 connection from a copy of its bytes: each stream's method, request and
// response messages, and the status the server answered (from its trailers, or its reset).
import { gunzipSync } from 'node:zlib';
import hpack from 'hpack.js';
import { FLAG, FRAME, type Frame, FrameReader, framePayload } from './frames.ts';

/** A call as the wire carried it, before its messages are read. */
export interface WireCall {
  /** `/package.Service/Method`. */
  readonly path: string;
  readonly requests: readonly Buffer[];
  readonly responses: readonly Buffer[];
  /** The gRPC status (0 ok, 12 UNIMPLEMENTED …) and message; undefined when the server never answered. */
  readonly grpcStatus?: number;
  readonly grpcMessage?: string;
}

interface StreamState {
  path?: string;
  headerBlock: { client: Buffer[]; server: Buffer[] };
  request: Buffer;
  response: Buffer;
  responseHeaders?: Map<string, string>;
  trailers?: Map<string, string>;
  gzip: { client: boolean; server: boolean };
}

/** The gRPC messages in a stream's DATA bytes (5-byte prefix: compressed flag, length). */
function messages(bytes: Buffer, gzip: boolean): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  while (at + 5 <= bytes.length) {
    const length = bytes.readUInt32BE(at + 1);
    if (at + 5 + length > bytes.length) break;
    const body = bytes.subarray(at + 5, at + 5 + length);
    out.push(bytes[at] === 1 && gzip ? gunzipSync(body) : body);
    at += 5 + length;
  }
  return out;
}

/** One connection's reader: feed it both directions' chunks; it reports each call once the server ends it. */
export class GrpcConnection {
  private readonly streams = new Map<number, StreamState>();
  private readonly decoders = {
    client: hpack.decompressor.create({ table: { maxSize: 4096 } }),
    server: hpack.decompressor.create({ table: { maxSize: 4096 } }),
  };
  private readonly readers: { client: FrameReader; server: FrameReader };

  constructor(
    private readonly onCall: (call: WireCall) => void,
    onNotHttp2: () => void,
  ) {
    this.readers = {
      client: new FrameReader((frame) => this.frame('client', frame), true, onNotHttp2),
      server: new FrameReader((frame) => this.frame('server', frame), false, onNotHttp2),
    };
  }

  /** How many calls are open (sent, not yet answered). */
  get open(): number {
    return this.streams.size;
  }

  /** Bytes the client sent. */
  fromClient(chunk: Buffer): void {
    this.readers.client.push(chunk);
  }

  /** Bytes the server sent. */
  fromServer(chunk: Buffer): void {
    this.readers.server.push(chunk);
  }

  /** The connection closed: calls still open are reported without an answer. */
  close(): void {
    for (const id of [...this.streams.keys()]) this.finish(id);
  }

  private stream(id: number): StreamState {
    let state = this.streams.get(id);
    if (!state) {
      state = { headerBlock: { client: [], server: [] }, request: Buffer.alloc(0), response: Buffer.alloc(0), gzip: { client: false, server: false } };
      this.streams.set(id, state);
    }
    return state;
  }

  private frame(side: 'client' | 'server', frame: Frame): void {
    if (frame.type === FRAME.settings && !(frame.flags & 0x1)) {
      // The receiving side's header table size bounds what the other side's encoder may use.
      for (let at = 0; at + 6 <= frame.payload.length; at += 6)
        if (frame.payload.readUInt16BE(at) === 0x1)
          this.decoders[side === 'client' ? 'server' : 'client']._table.protocolMaxSize = frame.payload.readUInt32BE(at + 2);
      return;
    }
    if (frame.stream === 0) return;
    if (frame.type === FRAME.headers || frame.type === FRAME.continuation) {
      const state = this.stream(frame.stream);
      state.headerBlock[side].push(frame.type === FRAME.headers ? framePayload(frame) : frame.payload);
      if (frame.flags & FLAG.endHeaders) this.headers(side, state);
      if (frame.type === FRAME.headers && frame.flags & FLAG.endStream && side === 'server') this.finish(frame.stream);
    } else if (frame.type === FRAME.data) {
      const state = this.streams.get(frame.stream);
      if (!state) return;
      const body = framePayload(frame);
      if (side === 'client') state.request = Buffer.concat([state.request, body]);
      else state.response = Buffer.concat([state.response, body]);
      if (side === 'server' && frame.flags & FLAG.endStream) this.finish(frame.stream);
    } else if (frame.type === FRAME.rstStream) {
      this.finish(frame.stream);
    }
  }

  private headers(side: 'client' | 'server', state: StreamState): void {
    const decoder = this.decoders[side];
    decoder.write(Buffer.concat(state.headerBlock[side]));
    state.headerBlock[side] = [];
    decoder.execute();
    const headers = new Map<string, string>();
    for (let header = decoder.read(); header; header = decoder.read()) headers.set(header.name, header.value);
    if (side === 'client') {
      state.path ??= headers.get(':path');
      state.gzip.client = headers.get('grpc-encoding') === 'gzip';
    } else if (!state.responseHeaders) {
      state.responseHeaders = headers;
      state.gzip.server = headers.get('grpc-encoding') === 'gzip';
      if (headers.has('grpc-status')) state.trailers = headers; // trailers-only answer
    } else {
      state.trailers = headers;
    }
  }

  private finish(id: number): void {
    const state = this.streams.get(id);
    this.streams.delete(id);
    if (!state?.path) return;
    const status = state.trailers?.get('grpc-status');
    const message = state.trailers?.get('grpc-message');
    this.onCall({
      path: state.path,
      requests: messages(state.request, state.gzip.client),
      responses: messages(state.response, state.gzip.server),
      ...(status === undefined ? {} : { grpcStatus: Number(status) }),
      ...(message ? { grpcMessage: decodeURIComponent(message) } : {}),
    });
  }
}
