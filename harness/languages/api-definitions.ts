// Milvus's gRPC API definitions, from the SDK of a language that ships them, read once per process.
import protobuf from 'protobufjs';
import { HarnessError } from '../errors.ts';
import { apiDefinitionsModule } from './registry.ts';

let loaded: Promise<protobuf.Root> | undefined;

/** The API definitions as a protobufjs root (the SDK that holds them is installed on first use). */
export function milvusApiDefinitions(): Promise<protobuf.Root> {
  loaded ??= (async () => {
    const module = apiDefinitionsModule();
    if (!module) throw new HarnessError('INSTALL_FAILED', 'the call tap needs Milvus API definitions, and no registered language ships them');
    const { loadApiDefinitions } = (await import(module.href)) as { loadApiDefinitions(): Promise<unknown> };
    return protobuf.Root.fromJSON((await loadApiDefinitions()) as protobuf.INamespace);
  })();
  return loaded;
}
