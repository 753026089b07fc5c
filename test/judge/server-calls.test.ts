// Judging by the calls the server saw: the tab's own calls only (not what the SDK does on its own), a missing API is
// untestable, a refusal the snippet went past is an error, a refusal it showed is left to the other checks.
import { describe, expect, it } from 'vitest';
import { judgeServerCalls } from '../../harness/judge/server-calls.ts';
import { callLine, callsMethod } from '../../harness/run/tap/api-names.ts';
import type { ServerCall, SnippetRun } from '../../harness/types.ts';
import { makeSnippet } from '../helpers.ts';

const call = (method: string, status: ServerCall['status'] = { ok: true, code: 'Success' }, names = {}): ServerCall => ({ method, names, fields: {}, status });
const run = (calls: ServerCall[], extra: Partial<SnippetRun> = {}): SnippetRun => ({
  id: 'a/node',
  outcome: 'ok',
  stdout: '',
  stderr: '',
  durationMs: 0,
  findings: [],
  calls,
  ...extra,
});
const LITE = { isMilvusLite: true, server: 'milvus-lite' };
const UNIMPLEMENTED = { ok: false, code: 'UNIMPLEMENTED', reason: 'Method not implemented!' };
const REFUSED = { ok: false, code: 'CollectionNotExists', reason: "collection 'nope' does not exist" };

describe('which calls are the snippet’s own', () => {
  it('an SDK function is the API method of the same name in any spelling, or a known rename', () => {
    expect(callsMethod('client.load_collection(collection_name="a")', 'LoadCollection')).toBe(true);
    expect(callsMethod('await client.loadCollection({ collection_name: "a" })', 'LoadCollection')).toBe(true);
    expect(callsMethod('err = cli.LoadCollection(ctx, opt)', 'LoadCollection')).toBe(true);
    expect(callsMethod('client.create_user(user_name="u", password="p")', 'CreateCredential')).toBe(true);
    expect(callsMethod('CreateRoleReq req = CreateRoleReq.builder().roleName("r").build();', 'CreateRole')).toBe(false);
    expect(callsMethod('client.create_collection(collection_name="a", dimension=5)', 'AllocTimestamp')).toBe(false);
    expect(callLine('x = 1\nclient.drop_role(role_name="r")', 'DropRole')).toBe(2);
  });
});

describe('judging by the server’s answers', () => {
  const node = makeSnippet('const res = await client.createRole({ roleName: "r" });', { id: 'a/node', lang: 'node', line: 10, firstCodeLine: 11 });

  it('a call of its own answered UNIMPLEMENTED makes the tab unsupported, though the SDK said success', () => {
    const judged = judgeServerCalls(node, run([call('Connect'), call('CreateRole', UNIMPLEMENTED)]), LITE);
    expect(judged).toMatchObject({ outcome: 'skipped', skip: { code: 'server-gap', gap: 'unimplemented' } });
    expect(judged.findings).toEqual([expect.objectContaining({ kind: 'unsupported', line: 11, message: expect.stringContaining('has no CreateRole') })]);
  });

  it('an SDK call of its own kind that the server lacks (pymilvus AllocTimestamp) is not the tab’s', () => {
    const python = makeSnippet('client.create_collection(collection_name="a", dimension=5)', { id: 'a/python', lang: 'python', line: 10, firstCodeLine: 11 });
    expect(judgeServerCalls(python, run([call('AllocTimestamp', UNIMPLEMENTED), call('CreateCollection')]), LITE).outcome).toBe('ok');
  });

  it('a refusal the snippet went past without a visible error is a runtime error at the call, with the server’s reason', () => {
    const query = makeSnippet('const x = 1;\nconst res = await client.query({ collection_name: "nope", filter: "id > 0" });', {
      id: 'a/node',
      lang: 'node',
      line: 10,
      firstCodeLine: 11,
    });
    const judged = judgeServerCalls(query, run([call('Query', REFUSED, { collection_name: 'nope' })]), LITE);
    expect(judged.outcome).toBe('error');
    expect(judged.findings).toEqual([
      expect.objectContaining({
        kind: 'runtime',
        severity: 'error',
        line: 12,
        message: expect.stringMatching(/^the server refused Query\(nope\): collection 'nope' does not exist \(CollectionNotExists\)/),
      }),
    ]);
  });

  it('a refusal the snippet printed, or already failed on, is not a second error', () => {
    const query = makeSnippet('console.log(await client.query({ collection_name: "nope" }));', { id: 'a/node', lang: 'node', line: 10, firstCodeLine: 11 });
    expect(judgeServerCalls(query, run([call('Query', REFUSED)], { stdout: '{ reason: "collection \'nope\' does not exist" }' }), LITE).findings).toEqual([]);
    const failed = run([call('Query', REFUSED)], { outcome: 'error', findings: [{ kind: 'runtime', severity: 'error', line: 11, message: 'query() failed' }] });
    expect(judgeServerCalls(query, failed, LITE).findings).toHaveLength(1);
  });
});
