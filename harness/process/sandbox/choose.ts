// The sandbox a run uses: bubblewrap unless the user turned it off; without a working bwrap, none and a warning.
import { findBubblewrap } from './bubblewrap.ts';
import type { SandboxMode } from './sandbox.ts';

/** The sandbox for a run (`wanted` is false with `--no-sandbox`). */
export async function chooseSandbox(wanted: boolean): Promise<SandboxMode> {
  if (!wanted) return { kind: 'none', reason: '--no-sandbox' };
  const bwrap = await findBubblewrap();
  if (bwrap.ok) return { kind: 'bwrap', bwrap: bwrap.path };
  process.stderr.write(`docs-harness: warning: snippets run WITHOUT a sandbox (${bwrap.reason}); pass --no-sandbox to say that is intended.\n`);
  return { kind: 'none', reason: bwrap.reason };
}
