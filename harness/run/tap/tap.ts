// The recording tap: a TCP relay between the snippets and a Milvus server that passes every byte through unchanged,
// reads a copy of each gRPC call, and hands the calls to the snippet that made them.
import net from 'node:net';
import type protobuf from 'protobufjs';
import { HarnessError } from '../../errors.ts';
import type { ServerCall } from '../../types.ts';
import { summariseCall } from './call-summary.ts';
import { GrpcConnection } from './grpc-connection.ts';
import { Http1Connection } from './http1-connection.ts';
import { summariseRest } from './rest-summary.ts';

/** What reads one relayed connection's copy. */
interface Reader {
  readonly open: number;
  fromClient(chunk: Buffer): void;
  fromServer(chunk: Buffer): void;
  close(): void;
}

/** The reader for a connection whose client sent `first` first: gRPC over HTTP/2, REST over HTTP/1.1, or none. */
function readerFor(first: Buffer, record: (path: string, summarise: () => ServerCall) => void, definitions: protobuf.Root): Reader | undefined {
  const start = first.subarray(0, 16).toString('latin1');
  if (start.startsWith('PRI * HTTP/2'))
    return new GrpcConnection(
      (call) => record(call.path, () => summariseCall(call, definitions)),
      () => undefined,
    );
  if (/^[A-Z]+ \S/.test(start)) return new Http1Connection((exchange) => record(exchange.path, () => summariseRest(exchange)));
  return undefined;
}

/** Where the tap listens and where it relays to. */
export interface TapAddress {
  readonly host: string;
  readonly port: number;
}

/** A running tap: its own address, the calls since the last take, and a fault if it had one. */
export class CallTap {
  private calls: ServerCall[] = [];
  private readonly connections = new Set<Reader>();
  private lastClientByte = 0;
  private fault: string | undefined;
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    private readonly server: net.Server,
    readonly address: TapAddress,
  ) {}

  /** Starts a tap on a free loopback port that relays to `upstream`; calls are read with Milvus's API definitions. */
  static async start(upstream: TapAddress, definitions: protobuf.Root): Promise<CallTap> {
    let tap: CallTap | undefined;
    const server = net.createServer((client) => tap!.relay(client, upstream, definitions));
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) =>
        reject(new HarnessError('SERVER_FAILED', `the call tap could not listen on 127.0.0.1: ${error.message}`, { cause: error })),
      );
      server.listen(0, '127.0.0.1', resolve);
    });
    tap = new CallTap(server, { host: '127.0.0.1', port: (server.address() as net.AddressInfo).port });
    return tap;
  }

  /**
   * Waits until no call is open and the clients have been quiet a moment (at most `limitMs`): a call a snippet started
   * and did not await (`client.x()` without `await`) is then still its own, not the next snippet's.
   */
  async settle(limitMs = 2000, quietMs = 15): Promise<void> {
    const until = Date.now() + limitMs;
    while (Date.now() < until) {
      const open = [...this.connections].some((connection) => connection.open > 0);
      if (!open && Date.now() - this.lastClientByte >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** The calls recorded since the last take, in the order they ended (the snippet that just ended made them). */
  take(): ServerCall[] {
    const taken = this.calls;
    this.calls = [];
    return taken;
  }

  /** Throws when the tap could not read what it relayed (its own fault, never a snippet's): the run stops naming it. */
  check(): void {
    if (this.fault) throw new HarnessError('SERVER_FAILED', `the call tap failed: ${this.fault}`);
  }

  /** Stops listening and closes every relayed connection. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private relay(client: net.Socket, upstream: TapAddress, definitions: protobuf.Root): void {
    const server = net.connect(upstream.port, upstream.host);
    this.sockets.add(client).add(server);
    const record = (path: string, summarise: () => ServerCall) => {
      try {
        this.calls.push(summarise());
      } catch (error) {
        this.fault ??= `could not read a ${path} call: ${(error as Error).message}`;
      }
    };
    let reading: Reader | undefined;
    let sniffed = false;
    const read = (side: 'client' | 'server', chunk: Buffer) => {
      try {
        // The first bytes tell the protocol: HTTP/2 (gRPC), HTTP/1.1 (REST), or neither (relayed, not read).
        if (!sniffed && side === 'client') {
          sniffed = true;
          reading = readerFor(chunk, record, definitions);
        }
        if (!reading) return;
        this.connections.add(reading);
        if (side === 'client') reading.fromClient(chunk);
        else reading.fromServer(chunk);
      } catch (error) {
        this.fault ??= `could not read the stream: ${(error as Error).message}`;
      }
    };
    // Bytes go on first, untouched; the tap reads its copy after.
    client.on('data', (chunk: Buffer) => {
      this.lastClientByte = Date.now();
      if (!server.write(chunk)) client.pause();
      read('client', chunk);
    });
    server.on('data', (chunk: Buffer) => {
      if (!client.write(chunk)) server.pause();
      read('server', chunk);
    });
    server.on('drain', () => client.resume());
    client.on('drain', () => server.resume());
    const close = () => {
      reading?.close();
      if (reading) this.connections.delete(reading);
      client.destroy();
      server.destroy();
      this.sockets.delete(client);
      this.sockets.delete(server);
    };
    client.on('close', close).on('error', close);
    server.on('close', close).on('error', close);
    client.on('end', () => server.end());
    server.on('end', () => client.end());
  }
}
