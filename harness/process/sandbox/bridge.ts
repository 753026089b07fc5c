// The harness's end of the sandbox's only way out: a Unix socket in the snippet's folder that forwards each
// connection to the Milvus server's TCP address.
import net from 'node:net';

/** A listening bridge; `close()` stops it and drops its connections. */
export interface Bridge {
  readonly socket: string;
  close(): Promise<void>;
}

/** Listens on the Unix socket `socket` and forwards every connection to `host:port`. */
export function openBridge(socket: string, host: string, port: number): Promise<Bridge> {
  const open = new Set<net.Socket>();
  const server = net.createServer((inbound) => {
    const outbound = net.connect({ host, port });
    for (const s of [inbound, outbound]) {
      open.add(s);
      s.on('close', () => open.delete(s));
    }
    inbound.pipe(outbound).pipe(inbound);
    inbound.on('error', () => outbound.destroy());
    outbound.on('error', () => inbound.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () =>
      resolve({
        socket,
        close: () =>
          new Promise<void>((done) => {
            for (const s of open) s.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}
