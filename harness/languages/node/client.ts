// Node: the client the harness supplies, only on a page whose Node tabs never make one, and the warning saying so.
import type { NodeModule } from './transform.ts';
import { SUPPLIED_CLIENT } from './facts.ts';

/** What the harness supplies for a page: the client names (none when a snippet makes its own client) and where each is first used. */
export interface SuppliedClient {
  readonly names: readonly string[];
  readonly uses: readonly { id: string; name: string; line: number }[];
}

/**
 * A page that makes a client (under any name) gets none from the harness: a client name it uses but never makes is
 * then a ReferenceError at its line, as the reader gets it. A page that makes none gets the names it reads.
 */
export function suppliedClient(snippets: readonly { id: string; module: NodeModule }[]): SuppliedClient {
  if (snippets.some((s) => s.module.clientNames.length > 0)) return { names: [], uses: [] };
  const uses: { id: string; name: string; line: number }[] = [];
  for (const { id, module } of snippets)
    for (const read of module.reads) if (SUPPLIED_CLIENT.includes(read.name) && !uses.some((u) => u.name === read.name)) uses.push({ id, ...read });
  return { names: uses.map((u) => u.name), uses };
}

/** The lint warning at the first use of a supplied client name. */
export function suppliedClientWarning(name: string): string {
  return (
    `\`${name}\` is never made on this page: the harness supplied it (a MilvusClient on its server), so the tab runs here, ` +
    `but a reader who pastes the Node tabs gets \`ReferenceError: ${name} is not defined\`. Make it first: ` +
    `\`const ${name} = new MilvusClient({ address, token })\`.`
  );
}
