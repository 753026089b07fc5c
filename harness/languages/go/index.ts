// The Go language as the registry sees it: its facts, and its adapter module, loaded only when Go tabs run.
import type { LanguageEntry } from '../language.ts';
import { goFacts } from './facts.ts';
import { goReleases } from './releases.ts';

/** The registry entry for Go. */
export const go: LanguageEntry<'go'> = { facts: goFacts, adapter: new URL('./adapter.ts', import.meta.url), releases: goReleases };
