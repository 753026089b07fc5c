// The venv holding milvus-lite and the pymilvus it imports (used by the embedded server and the admin agent).
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
