// The venvs the harness's own server-side Python runs in: milvus-lite with the pymilvus it imports (the embedded
// server), and pymilvus alone (the admin agent of a server the harness does not run: a container, --uri).
import { ensureVenv, type Venv } from '../toolchain/venv.ts';
import { MILVUS_LITE_VERSION, SERVER_PYMILVUS_VERSION } from './server.ts';

/** The server venv, installed on first use into the cache. */
export function serverVenv(): Promise<Venv> {
  return ensureVenv(
    `milvus-lite-${MILVUS_LITE_VERSION}`,
    [`milvus-lite==${MILVUS_LITE_VERSION}`, `pymilvus==${SERVER_PYMILVUS_VERSION}`],
    'import milvus_lite.cmdline, pymilvus',
  );
}

/** The admin agent's venv for servers the harness does not run itself: pymilvus only, no milvus-lite. */
export function adminVenv(): Promise<Venv> {
  return ensureVenv(`pymilvus-admin-${SERVER_PYMILVUS_VERSION}`, [`pymilvus==${SERVER_PYMILVUS_VERSION}`], 'import pymilvus');
}
