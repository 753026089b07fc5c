// Across a group's tabs, the calls the server saw: a missing operation and a differing filter are errors of the odd
// tab; fields SDKs fill in on their own, calls the SDK makes by itself and ties are not.
import { describe, expect, it } from 'vitest';
import { callAgreement } from '../../harness/judge/call-agreement.ts';
import type { Lang, ServerCall, SnippetRun } from '../../harness/types.ts';
import { makeSnippet } from '../helpers.ts';

const search = (fields: ServerCall['fields']): ServerCall => ({
  method: 'Search',
  names: { collection_name: 'c' },
  fields,
  status: { ok: true, code: 'Success' },
});
const tab = (lang: Lang, code: string, calls: ServerCall[]) => ({
  snippet: makeSnippet(code, { id: `s/${lang}`, lang, line: 10, firstCodeLine: 11 }),
  run: { id: `s/${lang}`, outcome: 'ok', stdout: '', stderr: '', durationMs: 0, findings: [], calls } as SnippetRun,
});
function judge(tabs: ReturnType<typeof tab>[]) {
  return callAgreement(
    tabs.map((t) => t.snippet),
    new Map(tabs.map((t) => [t.snippet.id, t.run])),
  );
}

describe('calls across the tabs of a group', () => {
  it('a filter the odd tab did not send is its error, naming the tabs that agree', () => {
    const found = judge([
      tab('python', 'client.search(filter=f)', [search({ dsl: 'color like "red%"', topk: '3', offset: '0' })]),
      tab('java', 'client.search(req)', [search({ dsl: "color like 'red%'", topk: '3' })]),
      tab('node', 'await client.search({ filters: f })', [search({ topk: '3', anns_field: 'vector', metric_type: '' })]),
    ]);
    expect([...found.keys()]).toEqual(['s/node']);
    expect(found.get('s/node')![0]!.message).toBe('this node tab\'s Search call sends no filter; python and java send color like "red%"');
  });

  it('with two tabs, a filter or partition one drops (no SDK adds one) is its error; the Node SDK\'s ["*"] asks for nothing', () => {
    const found = judge([
      tab('java', 'client.search(req)', [search({ dsl: 'age > 3', output_fields: ['id'] })]),
      tab('node', 'await client.search({ filters: f })', [search({ output_fields: ['*'] })]),
    ]);
    expect(found.get('s/node')!.map((f) => f.message)).toEqual(["this node tab's Search call sends no filter; java sends age > 3"]);
    expect(
      judge([
        tab('python', 'client.search()', [search({})]),
        tab('java', 'client.search(req)', [search({})]),
        tab('node', 'await client.search({})', [search({ output_fields: ['*'] })]),
      ]).size,
    ).toBe(0);
  });

  it('a tab whose code never calls what the others call made no such request', () => {
    const role: ServerCall = { method: 'CreateRole', names: { role: 'w' }, fields: {}, status: { ok: true, code: 'Success' } };
    const found = judge([
      tab('python', 'client.create_role(role_name="w")', [role]),
      tab('java', 'CreateRoleReq r = CreateRoleReq.builder().roleName("w").build();', []),
      tab('go', 'client.CreateRole(ctx, opt)', [role]),
    ]);
    expect(found.get('s/java')![0]!.message).toMatch(/^the server saw no CreateRole call from this java tab; python and go make it \(CreateRole\(w\)\)/);
  });

  it('two tabs that differ (no majority) and calls the SDK made on its own are not findings', () => {
    expect(judge([tab('python', 'client.search()', [search({ dsl: 'a' })]), tab('node', 'client.search()', [search({ dsl: 'b' })])]).size).toBe(0);
    const describe: ServerCall = { method: 'DescribeCollection', names: { collection_name: 'c' }, fields: {}, status: { ok: true, code: 'Success' } };
    expect(
      judge([
        tab('python', 'client.insert(data=d)', [describe, { ...describe, method: 'Insert' }]),
        tab('java', 'client.insert(req)', [describe, { ...describe, method: 'Insert' }]),
        tab('node', 'await client.insert({ data })', [{ ...describe, method: 'Insert' }]),
      ]).size,
    ).toBe(0);
  });
});
