import { describe, expect, it } from 'vitest';
import { asNotLoaded } from '../../harness/judge/canonical.ts';
import { readsUnindexedLoadState } from '../../harness/judge/unindexed-load.ts';
import type { ServerCall } from '../../harness/types.ts';

const call = (method: string, collection: string, ok = true): ServerCall => ({
  method,
  names: { collection_name: collection },
  fields: {},
  status: { ok, code: ok ? 'Success' : 'CollectionNotExists' },
});

describe('a load state read back from a collection created without an index', () => {
  it('is recognised from the calls of this snippet, after the create in an earlier one', () => {
    expect(readsUnindexedLoadState([call('CreateCollection', 'c')], [call('GetLoadState', 'c')])).toBe(true);
    expect(readsUnindexedLoadState([], [call('CreateCollection', 'c'), call('GetLoadState', 'c')])).toBe(true);
  });

  it('is not, once an index was built, for another collection, for a refused create, or when the read was earlier', () => {
    expect(readsUnindexedLoadState([call('CreateCollection', 'c'), call('CreateIndex', 'c')], [call('GetLoadState', 'c')])).toBe(false);
    expect(readsUnindexedLoadState([call('CreateCollection', 'c')], [call('GetLoadState', 'd')])).toBe(false);
    expect(readsUnindexedLoadState([call('CreateCollection', 'c', false)], [call('GetLoadState', 'c')])).toBe(false);
    expect(readsUnindexedLoadState([call('CreateCollection', 'c'), call('GetLoadState', 'c')], [call('Insert', 'c')])).toBe(false);
  });
});

describe('asNotLoaded spells a loaded state as not loaded, in the language’s own words', () => {
  it('Python, Node and Java', () => {
    expect(asNotLoaded("{'state': <LoadState: Loaded>}", 'python', 'client.get_load_state()')).toBe("{'state': <LoadState: NotLoad>}");
    expect(asNotLoaded('LoadStateLoaded', 'node', 'client.getLoadState()')).toBe('LoadStateNotLoad');
    expect(asNotLoaded('true\n', 'java', 'client.getLoadState(req)')).toBe('false\n');
  });

  it('leaves other states, other words and languages without such spellings alone', () => {
    expect(asNotLoaded("{'state': <LoadState: Loading>}", 'python', '')).toBe("{'state': <LoadState: Loading>}");
    expect(asNotLoaded('true\n', 'java', 'client.hasCollection(req)')).toBe('true\n');
    expect(asNotLoaded('3', 'go', 'cli.GetLoadState(ctx, opt)')).toBe('3');
  });
});
