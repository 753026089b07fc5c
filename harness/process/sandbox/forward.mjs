// Runs inside the sandbox, in the background: serves the Milvus port on the sandbox's own loopback, forwarding each
// connection to the bridge socket the harness bound in; touches no stdio of the driver's. Writes `ready` once listening.
// Usage: node forward.mjs <port> <bridge.sock> <ready-file>
import { writeFileSync } from 'node:fs';
import net from 'node:net';

const [port, socket, ready] = process.argv.slice(2);

function serve(host) {
  return new Promise((resolve) => {
    const server = net.createServer((inbound) => {
      const outbound = net.connect(socket);
      inbound.pipe(outbound).pipe(inbound);
      inbound.on('error', () => outbound.destroy());
      outbound.on('error', () => inbound.destroy());
    });
    server.on('error', () => resolve(undefined)); // no IPv6 loopback: IPv4 alone
    server.listen(Number(port), host, () => resolve(server));
  });
}

await Promise.all([serve('127.0.0.1'), serve('::1')]);
writeFileSync(ready, '');
