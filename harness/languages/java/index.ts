// The Java language as the registry sees it: its facts, and its adapter module, loaded only when Java tabs run.
import type { LanguageEntry } from '../language.ts';
import { javaFacts } from './facts.ts';
import { javaReleases } from './releases.ts';

/** The registry entry for Java. */
export const java: LanguageEntry<'java'> = { facts: javaFacts, adapter: new URL('./adapter.ts', import.meta.url), releases: javaReleases };
