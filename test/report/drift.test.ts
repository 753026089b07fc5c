import { describe, expect, it } from 'vitest';
import { driftTables } from '../../harness/judge/drift-tables.ts';
import type { Finding, TabResult } from '../../harness/types.ts';

function result(id: string, sdk: string, status: TabResult['status'], findings: Finding[] = []): TabResult {
  return { id, section: id.split('/')[0]!, lang: 'go', line: 10, endLine: 20, status, stdout: '', stderr: '', exitStatus: 'ok', durationMs: 1, findings, sdk };
}
const error = (kind: Finding['kind'], message: string): Finding => ({ kind, severity: 'error', line: 11, message });
const GO = 'github.com/milvus-io/milvus/client/v2';

describe('drift tables', () => {
  it('marks a cell that changed from the release before, and only then', () => {
    const [table] = driftTables([
      result('a/go', `${GO} v2.5.6`, 'fail', [error('compile', 'undefined: milvusclient.NewX')]),
      result('a/go', `${GO} v2.6.2`, 'pass'),
      result('a/go', `${GO} v2.6.5`, 'pass'),
    ]);
    expect(table!.versions).toEqual([`${GO} v2.5.6`, `${GO} v2.6.2`, `${GO} v2.6.5`]);
    expect(table!.rows[0]!.cells.map((c) => [c.status, c.changed, c.finding])).toEqual([
      ['fail', false, 'compile: undefined: milvusclient.NewX'],
      ['pass', true, undefined],
      ['pass', false, undefined],
    ]);
  });

  it('a message that names the release it ran with is the same verdict at the next release; another error is a change', () => {
    const [table] = driftTables([
      result('a/go', `${GO} v2.6.2`, 'fail', [error('compile', `import "x": not in ${GO} v2.6.2`)]),
      result('a/go', `${GO} v2.6.5`, 'fail', [error('compile', `import "x": not in ${GO} v2.6.5`)]),
      result('a/go', `${GO} v2.6.6`, 'fail', [error('runtime', 'boom')]),
    ]);
    expect(table!.rows[0]!.cells.map((c) => c.changed)).toEqual([false, false, true]);
  });

  it('marks a tab no release could test (skipped, or failing on syntax alone); one release is no table', () => {
    const [table] = driftTables([
      result('p/go', `${GO} v2.6.2`, 'skip'),
      result('p/go', `${GO} v2.6.5`, 'skip'),
      result('s/go', `${GO} v2.6.2`, 'fail', [error('syntax', 'expected }')]),
      result('s/go', `${GO} v2.6.5`, 'fail', [error('syntax', 'expected }')]),
      result('r/go', `${GO} v2.6.2`, 'fail', [error('runtime', 'boom')]),
      result('r/go', `${GO} v2.6.5`, 'pass'),
    ]);
    expect(table!.rows.map((r) => [r.id, r.untested])).toEqual([
      ['p/go', true],
      ['s/go', true],
      ['r/go', false],
    ]);
    expect(driftTables([result('a/go', `${GO} v2.6.2`, 'pass')])).toEqual([]);
  });
});
