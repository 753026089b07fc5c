// Makes sure the container runtime has an image: pulled when missing, with progress, a time limit, and the
// registry's own error (a rate limit, a missing tag) instead of a later "No such image".
import { ImageName, type ContainerRuntimeClient } from 'testcontainers';
// testcontainers' own reading of ~/.docker/config.json (docker login, credential helpers), as its pulls use it.
import { getAuthConfig } from 'testcontainers/build/container-runtime/index.js';
import { HarnessError } from '../errors.ts';
import { progress } from '../support/progress.ts';

/** One line of the Docker API's pull stream. */
interface PullEvent {
  readonly id?: string;
  readonly status?: string;
  readonly error?: string;
  readonly errorDetail?: { message?: string };
  readonly progressDetail?: { current?: number; total?: number };
}

/** Counts layers and bytes from pull events, for a progress line every `everyMs`. */
class PullProgress {
  private readonly layers = new Map<string, { total: number; current: number; done: boolean }>();
  private last = Date.now();

  constructor(
    private readonly image: string,
    private readonly everyMs: number,
  ) {}

  add(event: PullEvent): void {
    if (!event.id || !event.status) return;
    const layer = this.layers.get(event.id) ?? { total: 0, current: 0, done: false };
    if (event.status === 'Downloading' && event.progressDetail?.total) {
      layer.total = event.progressDetail.total;
      layer.current = event.progressDetail.current ?? 0;
    }
    if (/^(Pull complete|Already exists|Download complete)$/.test(event.status)) layer.done = true;
    this.layers.set(event.id, layer);
    if (Date.now() - this.last >= this.everyMs) this.report();
  }

  report(): void {
    this.last = Date.now();
    const all = [...this.layers.values()];
    const mb = Math.round(all.reduce((sum, l) => sum + (l.done ? l.total : l.current), 0) / 1e6);
    progress(`pulling ${this.image}: ${all.filter((l) => l.done).length}/${all.length} layers, ${mb} MB so far`);
  }
}

/** The text of a failed pull: the registry's message when the Docker API passed it on. */
function pullError(error: unknown): string {
  const json = (error as { json?: { message?: string } })?.json;
  return (json?.message ?? (error as Error)?.message ?? String(error)).trim();
}

/** Pulls `image` unless the runtime has it; fails after `timeoutMs` or with the registry's error. */
export async function ensureImage(client: ContainerRuntimeClient, image: string, timeoutMs: number): Promise<void> {
  if (await client.image.exists(ImageName.fromString(image))) return;
  progress(`pulling ${image} (not on this Docker host yet; a first pull can take minutes, at most ${Math.round(timeoutMs / 60_000)} min)`);
  const fail = (why: string, cause?: unknown) =>
    new HarnessError(
      'IMAGE_PULL_FAILED',
      `could not pull ${image}: ${why}. Check the image name (--image), the registry's rate limits (docker login), or pull it yourself first (\`docker pull ${image}\`).`,
      { cause },
    );
  let stream: NodeJS.ReadableStream;
  try {
    const registry = ImageName.fromString(image).registry ?? client.info.containerRuntime.indexServerAddress;
    stream = await client.container.dockerode.pull(image, { authconfig: await getAuthConfig(registry) });
  } catch (error) {
    throw fail(pullError(error), error);
  }
  const counter = new PullProgress(image, 15_000);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      reject(fail(`no image after ${Math.round(timeoutMs / 1000)} s (DOCS_HARNESS_PULL_TIMEOUT sets the limit, in seconds)`));
    }, timeoutMs);
    let buffered = '';
    stream.on('data', (chunk: Buffer) => {
      const lines = (buffered + chunk.toString()).split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines.filter((l) => l.trim())) {
        let event: PullEvent;
        try {
          event = JSON.parse(line) as PullEvent;
        } catch {
          continue;
        }
        if (event.error) {
          clearTimeout(timer);
          reject(fail(event.errorDetail?.message ?? event.error));
        } else counter.add(event);
      }
    });
    stream.on('error', (error: Error) => {
      clearTimeout(timer);
      reject(fail(pullError(error), error));
    });
    stream.on('end', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  if (!(await client.image.exists(ImageName.fromString(image)))) throw fail('the pull ended without the image');
  progress(`pulled ${image}`);
}
