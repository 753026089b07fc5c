// The container backend against a real container engine, driven through testcontainers as a Docker host would be.
// Here: podman serving the Docker API, with a locally built stand-in for milvusdb/milvus (milvus-lite inside, no
// REST). On a Docker host with DOCS_HARNESS_TEST_ENGINE=docker (.github/workflows/container-backend.yml): the real
// milvusdb/milvus image, REST included. Skips, saying why, where no engine can run containers.
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHarnessError } from '../../harness/errors.ts';
import { ContainerServer } from '../../harness/server/container.ts';
import { ServerSession } from '../../harness/server/session.ts';
import { waitFor } from '../helpers.ts';
import { type Engine, harnessContainers, prepareEngine } from './engine/prepare.ts';
import { engine as cli } from './engine/podman.ts';
import { restAnswers } from '../../harness/server/container-readiness.ts';

let engine: Engine | undefined;
let skip = 'the engine was not prepared';

beforeAll(async () => {
  const prepared = await prepareEngine();
  if ('skip' in prepared) {
    skip = `no container engine here: ${prepared.skip}`;
    process.stderr.write(`[container-engine] skipping: ${skip}\n`);
    return;
  }
  engine = prepared;
  Object.assign(process.env, engine.env);
}, 900_000);

afterAll(async () => {
  for (const line of engine ? await harnessContainers() : []) await cli(['rm', '-f', line.split(' ')[0]!]);
  await engine?.api?.stop();
});

/** The engine, or the test is skipped with the reason. */
function need(context: { skip: (note?: string) => never }): Engine {
  if (!engine) context.skip(skip);
  return engine!;
}

describe('the container backend on a real container engine (podman, Docker API, testcontainers)', () => {
  it('starts the image, waits until it serves requests, names it in the report, and stop leaves nothing', async (context) => {
    const { image, standIn } = need(context);
    const server = await ContainerServer.start({ image });
    try {
      expect(server.description).toContain(`${image} container`);
      if (standIn) {
        expect(server.description).toMatch(/a stand-in for milvusdb\/milvus serving milvus-lite 3\.2\.2 \(no REST\)/);
        expect([server.hasRest, server.engine]).toEqual([false, 'milvus-lite']);
      } else {
        expect([server.hasRest, server.engine]).toEqual([true, 'milvus']);
        expect(await restAnswers(server.uri, server.token)).toBeUndefined();
      }
      expect(server.alive()).toBe(true);
      expect(await server.admin.ping()).toMatchObject({ collections: [] });
      expect(await harnessContainers()).toEqual([expect.stringMatching(/ Up /)]);
    } finally {
      await server.stop();
    }
    expect(await harnessContainers()).toEqual([]);
  }, 180_000);

  it('a container that exits at start fails at once with its exit code and last log lines, and is removed', async (context) => {
    const { crashing } = need(context);
    const error = await ContainerServer.start({ image: crashing }).catch((e: unknown) => e);
    expect(isHarnessError(error, 'SERVER_FAILED')).toBe(true);
    const message = (error as Error).message;
    expect(message).toMatch(/did not start: the container exited with code 3 during start/);
    expect(message).toContain('stand-in: fatal: cannot open /var/lib/milvus (planted failure)');
    expect(message).not.toMatch(/not accessible after/); // the wait was cut short, not timed out
    expect(await harnessContainers()).toEqual([]);
    // The CLI says the same in one message, exit 2, no stack trace (and does not end mid-start on unreferenced sockets).
    const cli = await execa('node', ['bin/docs-harness.mjs', 'run', 'docs/load-and-release.md', '--backend', 'container', '--image', crashing], {
      env: need(context).env,
      reject: false,
    });
    expect(cli.exitCode).toBe(2);
    expect(cli.stderr).toMatch(
      /docs-harness: the Milvus container \(.*crash.*\) did not start: the container exited with code 3 during start\n {2}last log lines:/,
    );
    expect(cli.stderr).not.toMatch(/\n\s+at /);
    expect(await harnessContainers()).toEqual([]);
  }, 120_000);

  it('a missing image is the registry’s own error, not "No such image"', async (context) => {
    need(context);
    const error = await ContainerServer.start({ image: 'localhost:1/docs-harness/missing:v0' }).catch((e: unknown) => e);
    expect(isHarnessError(error, 'IMAGE_PULL_FAILED')).toBe(true);
    expect((error as Error).message).toMatch(/could not pull localhost:1\/docs-harness\/missing:v0: .*(refused|connect)/i);
    expect((error as Error).message).not.toMatch(/No such image/);
  }, 120_000);

  it('a container killed mid-run is noticed (why, from its state and logs), and the session starts a fresh one', async (context) => {
    const { image } = need(context);
    const session = await ServerSession.open({ backend: 'container', image });
    try {
      const [first] = await harnessContainers();
      await cli(['kill', first!.split(' ')[0]!]);
      await waitFor(() => !session.server.alive(), 15_000, 'the harness to notice the container died');
      expect(session.server.deathReason()).toMatch(/^the container (was killed \(SIGKILL, exit code 137\)|exited with code \d+)/);
      const reason = await session.reviveIfDead();
      expect(reason).toMatch(/^the container /);
      expect(session.server.alive()).toBe(true);
      expect(await session.admin.ping()).toMatchObject({ collections: [] });
      const now = await harnessContainers();
      expect(now).toHaveLength(1);
      expect(now[0]).not.toContain(first!.split(' ')[0]!);
    } finally {
      await session.close();
    }
    expect(await harnessContainers()).toEqual([]);
  }, 240_000);

  it('a container killed while the CLI runs tabs: a fresh one for the rest, or a clear partial report; nothing left', async (context) => {
    const { image, env } = need(context);
    const harness = execa(
      'node',
      ['bin/docs-harness.mjs', 'run', 'docs/load-and-release.md', '--backend', 'container', '--image', image, '--lang', 'java,go', '--json', '--no-cache'],
      {
        env,
        reject: false,
      },
    );
    let killed = '';
    harness.stderr!.on('data', (chunk: Buffer) => {
      if (!killed && /running \d+ java snippet/.test(chunk.toString())) {
        killed = 'asked';
        void harnessContainers().then(([line]) => killContainer(line!.split(' ')[0]!));
      }
    });
    const killContainer = async (id: string) => {
      await cli(['kill', id]);
      killed = id;
    };
    const result = await harness;
    expect(killed).toMatch(/^[0-9a-f]{12}/);
    expect([1, 2]).toContain(result.exitCode);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(result.stdout) as { aborted?: string; results: { id: string; findings: { message: string }[] }[] };
    const died = report.results
      .flatMap((r) => r.findings.map((f) => f.message))
      .find((m) => /the Milvus server died during the (java|go) run \(the container /.test(m));
    // Either the death was noticed and a fresh container ran the rest, or the run stopped and says why.
    expect(died ?? report.aborted, result.stderr).toBeTruthy();
    if (died) expect(result.stderr).toMatch(/the Milvus server died mid-run \(the container .*\); starting a fresh one/);
    expect(await harnessContainers()).toEqual([]);
  }, 240_000);

  it('runs the seed page on it: every language judged (the stand-in: as on milvus-lite, curl skipped; Milvus: curl too)', async (context) => {
    const { image, standIn, env } = need(context);
    const run = async (...flags: string[]) => {
      const result = await execa('node', ['bin/docs-harness.mjs', 'run', 'docs/load-and-release.md', '--json', '--no-cache', '--quiet', ...flags], {
        env,
        reject: false,
      });
      // The seed page really has broken snippets (exit 1); never a harness fault (exit 2).
      expect(result.exitCode, result.stderr).toBe(1);
      return JSON.parse(result.stdout) as { backend: string; server: string; results: { id: string; status: string; skip?: { code: string } }[] };
    };
    const container = await run('--backend', 'container', '--image', image);
    expect(container.backend).toBe('container');
    expect(container.server).toContain(`${image} container`);
    const verdicts = (report: typeof container) => Object.fromEntries(report.results.map((r) => [r.id, `${r.status}${r.skip ? ` (${r.skip.code})` : ''}`]));
    const onContainer = verdicts(container);
    for (const lang of ['python', 'node', 'java', 'go']) expect(Object.keys(onContainer).filter((id) => id.endsWith(`/${lang}`))).toHaveLength(3);
    if (standIn) {
      expect(onContainer['load-collection/curl']).toBe('skip (no-rest-server)');
      expect(onContainer).toEqual(verdicts(await run('--backend', 'embedded')));
    } else {
      for (const id of ['load-collection/curl', 'release-collection/curl']) expect(onContainer[id]).toMatch(/^(pass|fail)$/);
    }
    expect(await harnessContainers()).toEqual([]);
  }, 300_000);

  it('Ctrl-C during the start stops the CLI and leaves no container behind', async (context) => {
    const { neverReady, env } = need(context);
    const cli = execa(
      'node',
      ['bin/docs-harness.mjs', 'run', 'docs/load-and-release.md', '--backend', 'container', '--image', neverReady, '--lang', 'python'],
      {
        env,
        reject: false,
      },
    );
    await waitFor(async () => (await harnessContainers()).some((line) => / Up /.test(line)), 60_000, 'the container to be running');
    cli.kill('SIGINT');
    const result = await cli;
    expect(result.exitCode).toBe(130);
    expect(result.stderr).toMatch(/SIGINT received: stopping servers/);
    expect(await harnessContainers()).toEqual([]);
  }, 120_000);
});
