// The container runtime as testcontainers finds it (DOCKER_HOST, ~/.testcontainers.properties, the Docker socket,
// rootless sockets), and whether it runs on this machine.
import { networkInterfaces } from 'node:os';
import { getContainerRuntimeClient, type ContainerRuntimeClient } from 'testcontainers';

/** A working container runtime, or undefined when testcontainers finds none (no Docker, a dead socket). */
export async function findContainerRuntime(): Promise<ContainerRuntimeClient | undefined> {
  try {
    return await getContainerRuntimeClient();
  } catch {
    return undefined;
  }
}

/** True when testcontainers finds a working container runtime (what the container backend needs). */
export async function containerRuntimeAvailable(): Promise<boolean> {
  return (await findContainerRuntime()) !== undefined;
}

const LOOPBACK = /^(localhost|127(\.\d+){3}|::1|\[::1\])$/;

/** True when `host` is this machine: loopback, or the address of one of its own interfaces (a bridge's gateway). */
export function isThisMachine(host: string, interfaces = networkInterfaces()): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  return LOOPBACK.test(host) || Object.values(interfaces).some((list) => list?.some((entry) => entry.address === bare));
}

/**
 * Where the runtime's containers are reached from here, when that is not this machine: a remote DOCKER_HOST, or
 * the harness itself in a container reaching its host's gateway. Undefined when the containers run here.
 */
export function remoteRuntimeHost(client: ContainerRuntimeClient): string | undefined {
  const host = client.info.containerRuntime.host;
  return isThisMachine(host) ? undefined : host;
}
