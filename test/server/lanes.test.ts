import { afterEach, describe, expect, it, vi } from 'vitest';
import { laneCount } from '../../harness/server/lanes.ts';

describe('how many servers a run gets', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('two embedded servers when two cores can run two language runs of a page side by side', () => {
    vi.stubEnv('DOCS_HARNESS_LANES', undefined);
    expect(laneCount({ sdks: {} }, {}, 4, 2)).toBe(2);
    expect(laneCount({ sdks: { python: ['2.6.16', '2.6.17'] } }, {}, 1, 2)).toBe(2);
  });

  it('one for a single language run, a single core, an existing server or a container', () => {
    vi.stubEnv('DOCS_HARNESS_LANES', undefined);
    expect(laneCount({ sdks: {} }, {}, 1, 2)).toBe(1);
    expect(laneCount({ sdks: {} }, {}, 4, 1)).toBe(1);
    expect(laneCount({ sdks: {} }, { uri: 'http://localhost:19530' }, 4, 2)).toBe(1);
    expect(laneCount({ sdks: {} }, { backend: 'container' }, 4, 2)).toBe(1);
  });

  it('DOCS_HARNESS_LANES decides on the embedded server', () => {
    vi.stubEnv('DOCS_HARNESS_LANES', '1');
    expect(laneCount({ sdks: {} }, {}, 4, 2)).toBe(1);
  });
});
