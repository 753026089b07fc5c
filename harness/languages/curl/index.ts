// The curl language as the registry sees it: its facts, and its adapter module, loaded only when curl tabs run.
import type { LanguageEntry } from '../language.ts';
import { curlFacts } from './facts.ts';

/** The registry entry for curl. */
export const curl: LanguageEntry<'curl'> = { facts: curlFacts, adapter: new URL('./adapter.ts', import.meta.url) };
