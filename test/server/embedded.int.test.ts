import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedServer } from '../../harness/server/embedded.ts';
import { AdminClient } from '../../harness/server/admin.ts';
import { serverVenv } from '../../harness/server/server-venv.ts';
import { readFixture, type Fixture } from '../../harness/setup/fixture.ts';
import { resetNamespace } from '../../harness/setup/apply.ts';
import { takeBaseline } from '../../harness/server/baseline.ts';
import { FRESH_BASELINE } from '../../harness/server/session.ts';
import { mayChangeData, NamespaceResetter } from '../../harness/setup/reset.ts';
import type { Venv } from '../../harness/toolchain/venv.ts';
import { setQuiet } from '../../harness/support/progress.ts';
import { pidAlive, waitFor } from '../helpers.ts';

setQuiet(true);

/** Runs pymilvus code against the server, as a snippet would. */
async function pymilvus(venv: Venv, uri: string, code: string): Promise<void> {
  await execa(venv.python, ['-c', `from pymilvus import MilvusClient, DataType\nclient = MilvusClient(uri=${JSON.stringify(uri)})\n${code}`]);
}

describe('embedded milvus-lite server', () => {
  let server: EmbeddedServer;
  let admin: AdminClient;
  let venv: Venv;
  let fixture: Fixture;

  beforeAll(async () => {
    venv = await serverVenv();
    server = await EmbeddedServer.start();
    admin = new AdminClient(venv, server.uri, undefined);
    fixture = await readFixture('fixtures/load-and-release.fixture.json');
  });

  afterAll(async () => {
    await admin?.close();
    await server?.stop();
  });

  it('binds 127.0.0.1 on a free port and answers a real RPC', async () => {
    expect(server.uri).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).not.toBe(19530);
    await expect(admin.ping()).resolves.toBeDefined();
    expect(server.alive()).toBe(true);
  });

  it('holds what a deferred session assumes of a fresh server without asking it (nothing but `default`)', async () => {
    expect(await takeBaseline(admin)).toEqual(FRESH_BASELINE);
  });

  it('creates the seed fixtures exactly as declared, in the declared load state', async () => {
    const baseline = await takeBaseline(admin, new Set(fixture.collections.map((c) => c.name)));
    await resetNamespace(admin, fixture, baseline);
    const described = await admin.describe(fixture.collections.map((c) => c.name));
    for (const spec of fixture.collections) {
      const got = described.find((d) => d.name === spec.name)!;
      expect(got.exists).toBe(true);
      expect(got.fields).toEqual(
        spec.fields.map((f) => ({
          name: f.name,
          type: f.type,
          primaryKey: Boolean(f.primaryKey),
          autoId: Boolean(f.autoId),
          ...(f.dim ? { dim: f.dim } : {}),
          ...(f.maxLength ? { maxLength: f.maxLength } : {}),
        })),
      );
      expect(got.dynamicField).toBe(Boolean(spec.dynamicField));
      expect(got.indexes).toEqual(spec.indexes!.map((i) => ({ field: i.field, type: i.type, metric: i.metric })));
      expect(got.rowCount).toBe(spec.rows);
      expect(got.load).toBe(spec.load);
    }
  });

  it('a released fixture collection goes to "not loaded"', async () => {
    await pymilvus(venv, server.uri, 'client.release_collection(collection_name="custom_quick_setup")');
    expect((await admin.state(['custom_quick_setup']))[0]).toMatchObject({ exists: true, load: 'released' });
  });

  it('namespaces: one language releasing or dropping never changes the next one’s starting state', async () => {
    const baseline = await takeBaseline(admin, new Set(fixture.collections.map((c) => c.name)));
    await resetNamespace(admin, fixture, baseline); // language A starts
    await pymilvus(
      venv,
      server.uri,
      [
        'client.release_collection(collection_name="customized_setup_1")',
        'client.drop_collection(collection_name="custom_quick_setup")',
        'client.create_collection(collection_name="made_by_a", dimension=3, index_params=None)',
        'client.create_alias(collection_name="customized_setup_2", alias="bob")',
      ].join('\n'),
    );
    const afterA = await admin.state(['customized_setup_1', 'custom_quick_setup', 'made_by_a']);
    expect(afterA.map((s) => [s.name, s.exists, s.load])).toEqual([
      ['customized_setup_1', true, 'released'],
      ['custom_quick_setup', false, undefined],
      ['made_by_a', true, 'loaded'],
    ]);
    await resetNamespace(admin, fixture, baseline); // language B starts
    const startB = await admin.state(['customized_setup_1', 'customized_setup_2', 'custom_quick_setup', 'made_by_a']);
    expect(startB.map((s) => [s.name, s.exists, s.load, s.rowCount])).toEqual([
      ['customized_setup_1', true, 'loaded', 10],
      ['customized_setup_2', true, 'released', 10],
      ['custom_quick_setup', true, 'loaded', 10],
      ['made_by_a', false, undefined, undefined],
    ]);
    // The alias language A made went with the reset: language B can make it again.
    await pymilvus(venv, server.uri, 'client.create_alias(collection_name="customized_setup_2", alias="bob")');
  });

  it('resets cheaply (load states only) after code that only loads and releases, fully after anything else', async () => {
    const resetter = new NamespaceResetter(admin, fixture, await takeBaseline(admin, new Set(fixture.collections.map((c) => c.name))));
    const states = async () => (await admin.state(['customized_setup_1', 'customized_setup_2', 'custom_quick_setup'])).map((s) => [s.name, s.load, s.rowCount]);
    const fixtureState = [
      ['customized_setup_1', 'loaded', 10],
      ['customized_setup_2', 'released', 10],
      ['custom_quick_setup', 'loaded', 10],
    ];
    expect(await resetter.reset()).toBe('full'); // the first reset of a page is always full
    expect(await states()).toEqual(fixtureState);
    // Load only some fields of one collection, release another, load a third: only load states changed.
    const loadOnly = [
      'client.release_collection(collection_name="customized_setup_1")',
      'client.load_collection(collection_name="customized_setup_1", load_fields=["my_id", "my_vector"])',
      'client.release_collection(collection_name="custom_quick_setup")',
      'client.load_collection(collection_name="customized_setup_2")',
    ].join('\n');
    await pymilvus(venv, server.uri, loadOnly);
    resetter.ran([loadOnly]);
    expect(await resetter.reset()).toBe('load-states');
    expect(await states()).toEqual(fixtureState);
    // Code that inserts is always followed by a full reset.
    const insert = 'client.insert(collection_name="custom_quick_setup", data=[{"my_id": "x99", "my_vector": [0.1, 0.2, 0.3, 0.4, 0.5]}])';
    await pymilvus(venv, server.uri, insert);
    resetter.ran([insert]);
    expect(await resetter.reset()).toBe('full');
    expect(await states()).toEqual(fixtureState);
    // A change the code does not show (made elsewhere) is seen in the server's fingerprint: a full reset again.
    await pymilvus(venv, server.uri, 'client.create_partition(collection_name="customized_setup_2", partition_name="p9")');
    resetter.ran(['client.load_collection(collection_name="customized_setup_2")']);
    expect(await resetter.reset()).toBe('full');
  });
});

describe('fixture databases', () => {
  it('creates the declared databases and the collections in them; a reset drops what snippets made there and databases they made', async () => {
    const venv = await serverVenv();
    const server = await EmbeddedServer.start();
    const admin = new AdminClient(venv, server.uri, undefined);
    try {
      const fields = [
        { name: 'id', type: 'INT64', primaryKey: true },
        { name: 'vector', type: 'FLOAT_VECTOR', dim: 3 },
      ];
      const indexes = [{ field: 'vector', type: 'AUTOINDEX', metric: 'COSINE' }];
      const fixture: Fixture = {
        file: 'inline',
        collections: [{ name: 'in_db', database: 'fixture_db', fields, indexes, rows: 4 }],
        databases: ['empty_db', 'fixture_db'],
      };
      const resetter = new NamespaceResetter(admin, fixture, await takeBaseline(admin));
      expect(await resetter.reset()).toBe('full');
      expect((await admin.databases()).sort()).toEqual(['default', 'empty_db', 'fixture_db']);
      expect(await admin.list('fixture_db')).toEqual(['in_db']);
      expect(await admin.list()).toEqual([]);
      const inDb = 'client.use_database("fixture_db")\n';
      await pymilvus(venv, server.uri, `${inDb}print(client.query(collection_name="in_db", filter="id >= 0", output_fields=["count(*)"]))`);
      // Load states only: the cheap reset; a collection a snippet made in a fixture database: a full one, without it.
      resetter.ran(['client.release_collection(collection_name="in_db")']);
      await pymilvus(venv, server.uri, `${inDb}client.release_collection(collection_name="in_db")`);
      expect(await resetter.reset()).toBe('load-states');
      const load = `from pymilvus import MilvusClient\nc = MilvusClient(uri=${JSON.stringify(server.uri)}, db_name="fixture_db")\nprint(c.get_load_state("in_db")["state"])`;
      expect((await execa(venv.python, ['-c', load])).stdout).toMatch(/Loaded/);
      expect((await admin.fingerprint(fixture.collections)) as object).toMatchObject({ named: { 'fixture_db/in_db': { exists: true, rowCount: 4 } } });
      await pymilvus(venv, server.uri, `${inDb}client.create_collection(collection_name="made_there", dimension=3)\nclient.create_database("made_db")`);
      resetter.ran(['client.load_collection(collection_name="in_db")']);
      expect(await resetter.reset()).toBe('full');
      expect((await admin.databases()).sort()).toEqual(['default', 'empty_db', 'fixture_db']);
      expect(await admin.list('fixture_db')).toEqual(['in_db']);
      expect((await admin.state(['in_db']))[0]).toMatchObject({ exists: false });
    } finally {
      await admin.close();
      await server.stop();
    }
  });
});

describe('what code may change', () => {
  it('load and release only: no; anything that writes, in any SDK spelling: yes (imports do not count)', () => {
    expect(mayChangeData('from pymilvus import MilvusClient\nclient.load_collection(collection_name="c")\nclient.release_collection("c")')).toBe(false);
    expect(mayChangeData('client.loadCollection(LoadCollectionReq.builder().collectionName("c").build());')).toBe(false);
    for (const code of [
      'client.insert(data=rows)',
      'client.dropCollection(req)',
      'milvusclient.NewCreateCollectionOption("c", schema)',
      'client.upsert({})',
      'client.create_partition("c", "p")',
    ]) {
      expect(mayChangeData(code)).toBe(true);
    }
  });
});

describe('embedded server lifecycle', () => {
  it('stops leaving no process behind', async () => {
    const server = await EmbeddedServer.start();
    const pid = server.child.pid!;
    expect(pidAlive(pid)).toBe(true);
    await server.stop();
    expect(pidAlive(pid)).toBe(false);
  });

  it('notices a killed server and says why', async () => {
    const server = await EmbeddedServer.start();
    const pid = server.child.pid!;
    process.kill(pid, 'SIGKILL');
    await waitFor(() => !server.alive(), 5000, 'the death to be noticed');
    expect(server.deathReason()).toMatch(/killed by SIGKILL/);
    await server.stop();
    expect(pidAlive(pid)).toBe(false);
  });
});
