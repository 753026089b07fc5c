// The call tap relays every byte unchanged, reads each gRPC call of an HTTP/2 connection (method, status from the
// trailers), and reports a call the server never answered when the connection dies, without hanging.
import http from 'node:http';
import http2 from 'node:http2';
import net from 'node:net';
import fc from 'fast-check';
import protobuf from 'protobufjs';
import { afterEach, describe, expect, it } from 'vitest';
import { CallTap } from '../../harness/run/tap/tap.ts';

const EMPTY = new protobuf.Root();
const stops: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

/** A TCP server that echoes back everything it receives, and the port it listens on. */
async function echoServer(): Promise<number> {
  const server = net.createServer((socket) => socket.pipe(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (server.address() as net.AddressInfo).port;
}

/** A gRPC frame: compressed flag, length, message. */
function grpcMessage(body: Buffer): Buffer {
  const prefix = Buffer.alloc(5);
  prefix.writeUInt32BE(body.length, 1);
  return Buffer.concat([prefix, body]);
}

describe('the call tap', () => {
  it('passes every byte through unchanged, whatever the chunking', async () => {
    const tap = await CallTap.start({ host: '127.0.0.1', port: await echoServer() }, EMPTY);
    stops.push(() => tap.stop());
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ minLength: 1, maxLength: 5000 }), { minLength: 1, maxLength: 8 }), async (chunks) => {
        const sent = Buffer.concat(chunks.map((c) => Buffer.from(c)));
        const socket = net.connect(tap.address.port, tap.address.host);
        const received: Buffer[] = [];
        let length = 0;
        await new Promise<void>((resolve, reject) => {
          socket.on('data', (chunk: Buffer) => {
            received.push(chunk);
            length += chunk.length;
            if (length >= sent.length) resolve();
          });
          socket.on('error', reject);
          for (const chunk of chunks) socket.write(Buffer.from(chunk));
        });
        socket.destroy();
        expect(Buffer.concat(received).equals(sent)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('reads a gRPC call: its method and the status in the trailers (UNIMPLEMENTED here), bytes unchanged', async () => {
    const server = http2.createServer();
    server.on('stream', (stream, headers) => {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
        stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '12', 'grpc-message': 'Method%20not%20implemented!' }));
        stream.end(grpcMessage(Buffer.from(String(headers[':path']))));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const tap = await CallTap.start({ host: '127.0.0.1', port: (server.address() as net.AddressInfo).port }, EMPTY);
    stops.push(() => tap.stop());
    const client = http2.connect(`http://${tap.address.host}:${tap.address.port}`);
    stops.push(() => client.destroy());
    for (const method of ['CreateRole', 'DropRole']) {
      const request = client.request({
        ':method': 'POST',
        ':path': `/milvus.proto.milvus.MilvusService/${method}`,
        'content-type': 'application/grpc',
        te: 'trailers',
      });
      const body: Buffer[] = [];
      request.on('data', (chunk: Buffer) => body.push(chunk));
      request.end(grpcMessage(Buffer.from('hello')));
      await new Promise((resolve) => request.on('close', resolve));
      expect(Buffer.concat(body).subarray(5).toString()).toBe(`/milvus.proto.milvus.MilvusService/${method}`);
    }
    expect(tap.take()).toEqual([
      { method: 'CreateRole', names: {}, fields: {}, status: { ok: false, code: 'UNIMPLEMENTED', reason: 'Method not implemented!' } },
      { method: 'DropRole', names: {}, fields: {}, status: { ok: false, code: 'UNIMPLEMENTED', reason: 'Method not implemented!' } },
    ]);
    expect(() => tap.check()).not.toThrow();
  });

  it('a server that dies mid-call: the call is reported unanswered and nothing hangs', async () => {
    // A server that takes the call's bytes, then dies without a word.
    const server = net.createServer((socket) => socket.once('data', () => setTimeout(() => socket.destroy(), 50)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const tap = await CallTap.start({ host: '127.0.0.1', port: (server.address() as net.AddressInfo).port }, EMPTY);
    stops.push(() => tap.stop());
    const client = http2.connect(`http://${tap.address.host}:${tap.address.port}`);
    client.on('error', () => undefined);
    stops.push(() => client.destroy());
    const request = client.request({ ':method': 'POST', ':path': '/milvus.proto.milvus.MilvusService/Search', 'content-type': 'application/grpc' });
    request.on('error', () => undefined);
    request.end(grpcMessage(Buffer.from('x')));
    await new Promise((resolve) => request.on('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tap.take()).toEqual([expect.objectContaining({ method: 'Search', status: expect.objectContaining({ ok: false, code: 'NO_ANSWER' }) })]);
  });
});

describe('the call tap, REST', () => {
  it("reads a curl tab's REST call: route, names, fields and the answer's code (a refusal in a 200 answer too), bytes unchanged", async () => {
    const server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on('end', () => {
        const refused = body.includes('nope');
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(refused ? { code: 100, message: "collection 'nope' does not exist" } : { code: 0, data: {} }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const tap = await CallTap.start({ host: '127.0.0.1', port: (server.address() as net.AddressInfo).port }, EMPTY);
    stops.push(() => tap.stop());
    for (const collectionName of ['quick_setup', 'nope']) {
      const answer = await fetch(`http://${tap.address.host}:${tap.address.port}/v2/vectordb/entities/query`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer root:Milvus' },
        body: JSON.stringify({ collectionName, filter: 'id > 0', limit: 3, outputFields: ['id'], password: 'x' }),
      });
      expect(((await answer.json()) as { code: number }).code).toBe(collectionName === 'nope' ? 100 : 0);
    }
    await tap.settle();
    expect(tap.take()).toEqual([
      {
        method: 'POST /v2/vectordb/entities/query',
        names: { collectionName: 'quick_setup' },
        fields: { filter: 'id > 0', limit: 3, outputFields: ['id'] },
        status: { ok: true, code: 'Success' },
      },
      {
        method: 'POST /v2/vectordb/entities/query',
        names: { collectionName: 'nope' },
        fields: { filter: 'id > 0', limit: 3, outputFields: ['id'] },
        status: { ok: false, code: '100', reason: "collection 'nope' does not exist" },
      },
    ]);
  });
});
