// The Node.js language as the registry sees it: its facts, and its adapter module, loaded only when Node.js tabs run.
import type { LanguageEntry } from '../language.ts';
import { nodeFacts } from './facts.ts';
import { nodeReleases } from './releases.ts';

/** The registry entry for Node.js. */
export const node: LanguageEntry<'node'> = {
  facts: nodeFacts,
  adapter: new URL('./adapter.ts', import.meta.url),
  releases: nodeReleases,
  apiDefinitions: new URL('./api-definitions.ts', import.meta.url),
};
