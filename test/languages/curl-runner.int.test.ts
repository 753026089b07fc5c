import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapEndpoint } from '../../harness/run/endpoint.ts';
import { CurlAdapter } from '../../harness/languages/curl/adapter.ts';
import type { Snippet } from '../../harness/types.ts';
import { makeSnippet } from '../helpers.ts';

// A local HTTP endpoint that records requests, to exercise the curl runner's plumbing (markers, env, exit codes)
// where no Milvus REST server exists; verdicts on real pages come from real servers only.
const seen: { url: string; auth: string; body: string }[] = [];
const server = createServer((req: IncomingMessage, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    seen.push({ url: req.url ?? '', auth: req.headers.authorization ?? '', body });
    res.setHeader('content-type', 'application/json');
    res.end(req.url?.endsWith('/fail') ? 'oops' : JSON.stringify({ code: 0, data: {} }));
  });
});

const snippet = (id: string, code: string, line: number): Snippet => makeSnippet(code, { id, line, firstCodeLine: line });

describe('curl runner against an HTTP endpoint', () => {
  let uri = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    uri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('runs each tab with bash, the page endpoint mapped, output per snippet, failures at the right tab', async () => {
    const load =
      'export CLUSTER_ENDPOINT="http://localhost:19530"\nexport TOKEN="root:Milvus"\n\ncurl --request POST \\\n--url "${CLUSTER_ENDPOINT}/v2/vectordb/collections/load" \\\n--header "Authorization: Bearer ${TOKEN}" \\\n-d \'{"collectionName": "c1"}\'';
    const broken = 'curl --silent --fail-with-body --request POST --url "${CLUSTER_ENDPOINT}/v2/vectordb/collections/release" -d \'{}\'\nexit 3';
    const runner = await new CurlAdapter().prepare();
    const endpoint = { uri, address: uri.replace('http://', ''), token: 'sekret' };
    // The pipeline maps the page's endpoint before a runner sees the snippets.
    const mapped = [snippet('a/curl', load, 10), snippet('b/curl', broken, 30)].map((s) => ({ ...s, code: mapEndpoint(s.code, endpoint).code }));
    const runs = await runner.run(mapped, { endpoint, timeoutMs: 20_000, hasRest: true, hasFixture: true });
    expect(runs[0]).toMatchObject({ outcome: 'ok', stdout: '{"code":0,"data":{}}', findings: [] });
    expect(runs[1]).toMatchObject({ outcome: 'error' });
    expect(runs[1]!.findings).toEqual([expect.objectContaining({ kind: 'runtime', message: 'the script exited with code 3' })]);
    expect(seen[0]).toEqual({ url: '/v2/vectordb/collections/load', auth: 'Bearer sekret', body: '{"collectionName": "c1"}' });
  });
});
