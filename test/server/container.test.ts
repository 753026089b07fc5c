import { describe, expect, it } from 'vitest';
import { MILVUS_IMAGE, MILVUS_MANAGEMENT_PORT, MILVUS_PORT, MilvusContainer } from '../../harness/server/milvus-container.ts';
import { ContainerServer } from '../../harness/server/container.ts';
import { isHarnessError } from '../../harness/errors.ts';

describe('MilvusContainer configuration (no Docker needed)', () => {
  const config = new MilvusContainer().configuration();

  it('pins the image in one place', () => {
    expect(config.image).toBe(MILVUS_IMAGE);
    expect(MILVUS_IMAGE).toMatch(/^milvusdb\/milvus:v2\.6\.\d+$/);
  });

  it('runs standalone with embedded etcd and local storage', () => {
    expect(config.command).toEqual(['milvus', 'run', 'standalone']);
    expect(config.environment).toMatchObject({ ETCD_USE_EMBED: 'true', COMMON_STORAGETYPE: 'local', ETCD_CONFIG_PATH: '/milvus/configs/embedEtcd.yaml' });
    expect(config.files).toEqual([
      expect.objectContaining({ target: '/milvus/configs/embedEtcd.yaml', content: expect.stringContaining('listen-client-urls') }),
    ]);
  });

  it('exposes 19530 and 9091, waits on /healthz with a generous timeout', () => {
    expect(config.exposedPorts).toEqual([MILVUS_PORT, MILVUS_MANAGEMENT_PORT]);
    expect(config.healthPath).toBe('/healthz');
    expect(config.healthPort).toBe(9091);
    expect(config.startupTimeoutMs).toBeGreaterThanOrEqual(120_000);
    expect(new MilvusContainer().withStartupTimeout(300_000).configuration().startupTimeoutMs).toBe(300_000);
  });

  it('accepts another image tag', () => {
    expect(new MilvusContainer('milvusdb/milvus:v2.5.4').configuration().image).toBe('milvusdb/milvus:v2.5.4');
  });
});

describe('container backend without Docker', () => {
  it.skipIf(process.env['DOCKER_HOST'] !== undefined)('fails with a clear error naming --backend embedded and --uri', async () => {
    const error = await ContainerServer.start().catch((e: unknown) => e);
    expect(isHarnessError(error, 'DOCKER_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain('--backend embedded');
    expect((error as Error).message).toContain('--uri');
  });
});
