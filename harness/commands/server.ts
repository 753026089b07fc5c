// `docs-harness server`: runs the embedded server in the foreground until Ctrl-C (URI on the first line).
import { HarnessError } from '../errors.ts';
import { readFixture } from '../setup/fixture.ts';
import { interruptStopsNormally, onShutdown } from '../process/lifecycle.ts';
import { progress } from '../support/progress.ts';
import { EmbeddedServer } from '../server/embedded.ts';

/** Starts milvus-lite, prints its URI, optionally applies a fixture, and waits for Ctrl-C or the server's death. */
export async function serverCommand(options: { fixture?: string }): Promise<number> {
  const fixture = options.fixture ? await readFixture(options.fixture) : undefined;
  const server = await EmbeddedServer.start();
  process.stdout.write(`${server.uri}\n`);
  if (fixture) {
    if (fixture.databases?.length) await server.admin!.createDatabases(fixture.databases);
    await server.admin!.apply(fixture.collections);
    progress(`applied ${fixture.file}: ${fixture.collections.map((c) => c.name).join(', ')}`);
  }
  interruptStopsNormally();
  progress(`${server.description} is running; press Ctrl-C to stop it`);
  const stopped = new Promise<void>((resolve) => onShutdown(resolve));
  await Promise.race([stopped, server.child]);
  if (!server.alive()) {
    await server.stop();
    throw new HarnessError('SERVER_FAILED', `milvus-lite ${server.deathReason()}; it was not stopped by docs-harness.`);
  }
  return 0;
}
