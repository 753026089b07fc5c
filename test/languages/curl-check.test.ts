import { describe, expect, it } from 'vitest';
import { checkCurlSnippet, curlCommands } from '../../harness/languages/curl/check.ts';
import { isKnownRoute } from '../../harness/languages/curl/routes.ts';
import type { Snippet } from '../../harness/types.ts';

const snippet = (code: string): Snippet => ({
  id: 's/curl', section: 's', sectionTitle: 'S', group: 0, lang: 'curl', fence: 'bash', label: 'cURL', code,
  codeLines: code.split('\n').map((_, i) => 100 + i), line: 99, endLine: 120, expected: [], placeholder: false,
});

const good = `export CLUSTER_ENDPOINT="http://localhost:19530"
curl --request POST \\
--url "\${CLUSTER_ENDPOINT}/v2/vectordb/collections/load" \\
--header "Authorization: Bearer \${TOKEN}" \\
-d '{
    "collectionName": "customized_setup_1"
}'`;

describe('curl static checks', () => {
  it('finds the curl command, its URL and its body', () => {
    expect(curlCommands(good)).toEqual([{ line: 2, url: '${CLUSTER_ENDPOINT}/v2/vectordb/collections/load', body: '{\n    "collectionName": "customized_setup_1"\n}' }]);
  });

  it('passes a valid request', async () => {
    expect(await checkCurlSnippet(snippet(good), good)).toEqual([]);
  });

  it('flags an invalid JSON body and an unknown route at the curl line', async () => {
    const bad = good.replace('collections/load', 'collections/loadd').replace('"customized_setup_1"', '"customized_setup_1",');
    const findings = await checkCurlSnippet(snippet(bad), bad);
    expect(findings.map((f) => [f.kind, f.line, f.message.slice(0, 40)])).toEqual([
      ['lint', 101, '`/v2/vectordb/collections/loadd` is not '],
      ['lint', 101, 'the request body is not valid JSON: Expe'],
    ]);
  });

  it('flags a script bash cannot parse', async () => {
    const findings = await checkCurlSnippet(snippet('if true; then\necho hi'), 'if true; then\necho hi');
    expect(findings[0]).toMatchObject({ kind: 'syntax', severity: 'error' });
  });

  it('knows the REST v2 routes', () => {
    expect(isKnownRoute('/v2/vectordb/collections/get_load_state')).toBe(true);
    expect(isKnownRoute('/v2/vectordb/entities/search')).toBe(true);
    expect(isKnownRoute('/v1/vector/collections')).toBe(false);
  });
});
