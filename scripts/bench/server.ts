// Bench part `server`: the embedded server's start, and a namespace reset against a fresh server per language.
import { EmbeddedServer } from '../../harness/server/embedded.ts';
import { AdminClient } from '../../harness/server/admin.ts';
import { serverVenv } from '../../harness/server/server-venv.ts';
import { takeBaseline } from '../../harness/server/baseline.ts';
import { readFixture } from '../../harness/setup/fixture.ts';
import { resetNamespace } from '../../harness/setup/apply.ts';
import { check, line, mean, type Mode, type Part, ratio, repeats, seconds } from './common.ts';

const FIXTURE = 'fixtures/load-and-release.fixture.json';

/** Checks that the fixture's collections exist on the server `admin` talks to. */
async function checkFixture(admin: AdminClient, names: readonly string[], how: string): Promise<void> {
  const states = await admin.state(names);
  const missing = names.filter((name) => !states.some((s) => s.name === name && s.exists));
  check(missing.length === 0, `${how} to leave the fixture's collections; missing ${missing.join(', ')}`);
}

/** Embedded server start (warm venv), then reset-to-fixture vs fresh-server-plus-fixture, per language. */
export const serverPart: Part = {
  name: 'server',
  title: 'embedded server start; namespace reset vs a fresh server per language',
  async run(mode: Mode) {
    const venv = await serverVenv(); // installed before timing: a warm cache
    const start = await mean(
      async () => {
        const server = await EmbeddedServer.start();
        await server.stop();
      },
      repeats(mode, 3),
    );
    line('embedded server start until a real RPC answers (warm)', seconds(start));

    const fixture = await readFixture(FIXTURE);
    const names = fixture.collections.map((c) => c.name);
    check(names.length > 0, `${FIXTURE} to declare collections`);
    const server = await EmbeddedServer.start();
    const admin = new AdminClient(venv, server.uri, undefined);
    let reset: number;
    try {
      const baseline = await takeBaseline(admin, new Set(names));
      reset = await mean(() => resetNamespace(admin, fixture, baseline), repeats(mode, 3));
      await checkFixture(admin, names, 'a reset');
    } finally {
      await admin.close();
      await server.stop();
    }
    const fresh = await mean(
      async () => {
        const other = await EmbeddedServer.start();
        const otherAdmin = new AdminClient(venv, other.uri, undefined);
        try {
          await otherAdmin.apply(fixture.collections);
          await checkFixture(otherAdmin, names, 'a fresh server plus the fixture');
        } finally {
          await otherAdmin.close();
          await other.stop();
        }
      },
      repeats(mode, 3),
    );
    line('namespace by reset (drop + fixture) per language', seconds(reset));
    line('namespace by fresh server + fixture per language', seconds(fresh));
    line('ratio fresh server / reset', ratio(fresh, reset));
  },
};
