// The harness's end of the sandbox's only way out: a Unix socket in the snippet's folder that forwards each
// connection to the Milvus server's TCP address.
import net from 'node:net';

/** A listening bridge; `retarget` sends later connections elsewhere; `close()` stops it and drops its connections. */
export interface Bridge {
  readonly socket: string;
  retarget(host: string, port: number): void;
  close(): Promise<void>;
}

/** Listens on the Unix socket `socket` and forwards every connection to `host:port`. */
export function openBridge(socket: string, host: string, port: number): Promise<Bridge> {
  const open = new Set<net.Socket>();
  let target = { host, port };
  const server = net.createServer((inbound) => {
    const outbound = net.connect(target);
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
        retarget: (toHost, toPort) => {
          target = { host: toHost, port: toPort };
        },
        close: () =>
          new Promise<void>((done) => {
            for (const s of open) s.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}
