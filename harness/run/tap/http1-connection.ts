// Follows the REST calls of one HTTP/1.1 connection (curl tabs on a server with the REST API) from a copy of its
// bytes: each request's method, path and body, and the status and body the server answered.

/** A REST call as the wire carried it. */
export interface RestExchange {
  readonly method: string;
  readonly path: string;
  readonly requestBody: string;
  /** The HTTP status and body; undefined when the server never answered. */
  readonly status?: number;
  readonly responseBody?: string;
}

interface Message {
  readonly head: string;
  readonly body: Buffer;
}

/** One complete HTTP/1.1 message at the start of `bytes` (head, body by Content-Length or chunks), if there is one. */
function nextMessage(bytes: Buffer, untilClose: boolean): { message: Message; rest: Buffer } | undefined {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const head = bytes.subarray(0, end).toString('latin1');
  const rest = bytes.subarray(end + 4);
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1];
  if (length !== undefined) {
    if (rest.length < Number(length)) return undefined;
    return { message: { head, body: rest.subarray(0, Number(length)) }, rest: rest.subarray(Number(length)) };
  }
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    const chunks: Buffer[] = [];
    let at = 0;
    for (;;) {
      const line = rest.indexOf('\r\n', at);
      if (line < 0) return undefined;
      const size = Number.parseInt(rest.subarray(at, line).toString('latin1'), 16);
      if (Number.isNaN(size)) return undefined;
      if (rest.length < line + 2 + size + 2) return undefined;
      if (size === 0) return { message: { head, body: Buffer.concat(chunks) }, rest: rest.subarray(line + 4) };
      chunks.push(rest.subarray(line + 2, line + 2 + size));
      at = line + 2 + size + 2;
    }
  }
  // No length: a request has no body; a response's body runs to the connection's close.
  if (!untilClose) return { message: { head, body: Buffer.alloc(0) }, rest };
  return undefined;
}

/** One connection's reader: feed it both directions' chunks; it reports each exchange once answered (or the connection closed). */
export class Http1Connection {
  private requests: Buffer = Buffer.alloc(0);
  private responses: Buffer = Buffer.alloc(0);
  private readonly waiting: { method: string; path: string; requestBody: string }[] = [];

  constructor(private readonly onExchange: (exchange: RestExchange) => void) {}

  /** How many requests wait for their answer. */
  get open(): number {
    return this.waiting.length;
  }

  /** Bytes the client sent. */
  fromClient(chunk: Buffer): void {
    this.requests = Buffer.concat([this.requests, chunk]);
    for (let next = nextMessage(this.requests, false); next; next = nextMessage(this.requests, false)) {
      this.requests = next.rest;
      const [method = '', path = ''] = next.message.head.split('\r\n')[0]!.split(' ');
      this.waiting.push({ method, path, requestBody: next.message.body.toString('utf8') });
    }
  }

  /** Bytes the server sent. */
  fromServer(chunk: Buffer): void {
    this.responses = Buffer.concat([this.responses, chunk]);
    for (let next = nextMessage(this.responses, true); next; next = nextMessage(this.responses, true)) {
      this.responses = next.rest;
      this.answer(next.message);
    }
  }

  /** The connection closed: a response that ran to the close is complete; requests left are unanswered. */
  close(): void {
    if (this.responses.length > 0) {
      const end = this.responses.indexOf('\r\n\r\n');
      if (end >= 0) this.answer({ head: this.responses.subarray(0, end).toString('latin1'), body: this.responses.subarray(end + 4) });
      this.responses = Buffer.alloc(0);
    }
    for (const request of this.waiting.splice(0)) this.onExchange(request);
  }

  private answer(message: Message): void {
    const request = this.waiting.shift();
    if (!request) return;
    const status = Number(/^HTTP\/\d(?:\.\d)? (\d{3})/.exec(message.head)?.[1]);
    if (status === 100) {
      this.waiting.unshift(request); // `100 Continue`: the real answer follows
      return;
    }
    this.onExchange({ ...request, status, responseBody: message.body.toString('utf8') });
  }
}
