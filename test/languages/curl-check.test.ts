import { describe, expect, it } from 'vitest';
import { checkCurlSnippet, curlCommands } from '../../harness/languages/curl/check.ts';
import { isKnownRoute } from '../../harness/languages/curl/routes.ts';
import type { Snippet } from '../../harness/types.ts';
import { makeSnippet } from '../helpers.ts';

const snippet = (code: string): Snippet => makeSnippet(code, { line: 99 });

const good = `export CLUSTER_ENDPOINT="http://localhost:19530"
curl --request POST \\
--url "\${CLUSTER_ENDPOINT}/v2/vectordb/collections/load" \\
--header "Authorization: Bearer \${TOKEN}" \\
-d '{
    "collectionName": "customized_setup_1"
}'`;

describe('curl static checks', () => {
  it('reports a line the shell cannot read as a syntax error at that line (found by fuzzing: it used to crash)', async () => {
    const code = 'export A=1\ncurl --url ${CLUSTER_ENDPOINT';
    expect(await checkCurlSnippet(snippet(code), code)).toContainEqual(
      expect.objectContaining({ kind: 'syntax', severity: 'error', line: 101, message: expect.stringContaining('the shell cannot read this line') }),
    );
  });

  it('finds the curl command, its URL and its body', () => {
    // The URL's variable comes from the script's own export, read as a shell would.
    expect(curlCommands(good)).toEqual([
      { line: 2, url: 'http://localhost:19530/v2/vectordb/collections/load', body: '{\n    "collectionName": "customized_setup_1"\n}', bodyLine: 5 },
    ]);
  });

  it('passes a valid request', async () => {
    expect(await checkCurlSnippet(snippet(good), good)).toEqual([]);
  });

  it('flags an invalid JSON body and an unknown route at the curl line', async () => {
    const bad = good.replace('collections/load', 'collections/loadd').replace('"customized_setup_1"', '"customized_setup_1",');
    const findings = await checkCurlSnippet(snippet(bad), bad);
    expect(findings.map((f) => [f.kind, f.line, f.message.slice(0, 40)])).toEqual([
      ['lint', 101, '`/v2/vectordb/collections/loadd` is not '],
      ['lint', 106, 'the request body is not valid JSON: Expe'],
    ]);
  });

  it('reads double-quoted multi-line bodies with escaped quotes and variables from earlier exports', async () => {
    const code = [
      'export schema=\'{"fields": [{"fieldName": "id", "dataType": "Int64", "isPrimary": true}]}\'',
      "export params='{",
      '    "ttlSeconds": 1209600',
      "}'",
      'curl --request POST \\',
      '--url "${CLUSTER_ENDPOINT}/v2/vectordb/collections/create" \\',
      '-d "{',
      '    \\"collectionName\\": \\"my_collection\\",',
      '    \\"schema\\": $schema,',
      '    \\"params\\": ${params}',
      '}"',
    ].join('\n');
    const [command] = curlCommands(code);
    expect(JSON.parse(command!.body!)).toEqual({
      collectionName: 'my_collection',
      schema: { fields: [{ fieldName: 'id', dataType: 'Int64', isPrimary: true }] },
      params: { ttlSeconds: 1209600 },
    });
    expect(await checkCurlSnippet(snippet(code), code)).toEqual([]);
  });

  it('flags Python literals in a body, and bad JSON in an exported value, at their lines', async () => {
    const code = [
      'export params=\'{"mmap": True}\'',
      'curl --url "http://h/v2/vectordb/collections/load" -d \'{',
      '  "collectionName": "c",',
      "  'loadFields': None",
      "}'",
    ].join('\n');
    const findings = await checkCurlSnippet(snippet(code), code);
    expect(findings.map((f) => [f.line, f.message.slice(0, 70)])).toEqual([
      [100, '`params` is not valid JSON (Python literals such as True, None or sing'],
      [103, 'the request body is not valid JSON (Python literals such as True, None'],
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
