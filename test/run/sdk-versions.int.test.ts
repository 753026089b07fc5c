import { describe, expect, it } from 'vitest';
import { runCli, tab } from './run-cli.ts';

describe('--sdk: the same page against other SDK releases (drift hunting)', () => {
  it('installs the asked versions into the cache, reports them and runs the page with them', async () => {
    const { report } = await runCli(['docs/load-and-release.md', '--lang', 'python,node', '--sdk', 'python=2.6.10', '--sdk', 'node=2.6.10']);
    expect(report.sdks).toEqual({ python: 'pymilvus 2.6.10', node: '@zilliz/milvus2-sdk-node 2.6.10' });
    expect(tab(report, 'release-collection/python').stdout.trim()).toBe("{'state': <LoadState: NotLoad>}");
    expect(tab(report, 'release-collection/node').stdout.trim()).toBe('Success\nLoadStateNotLoad');
  }, 600_000);

  it('a section run alone gets the client an earlier section made: the earlier snippets run first, as its setup', async () => {
    const { report } = await runCli(['docs/load-and-release.md', '--lang', 'python', '--section', 'release-collection']);
    expect(report.results.map((r) => r.id)).toEqual(['release-collection/python']);
    expect(tab(report, 'release-collection/python')).toMatchObject({ status: 'pass', findings: [] });
  }, 300_000);
});
