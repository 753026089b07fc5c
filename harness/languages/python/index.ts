// The Python language as the registry sees it: its facts, and its adapter module, loaded only when Python tabs run.
import type { LanguageEntry } from '../language.ts';
import { pythonFacts } from './facts.ts';
import { pythonReleases } from './releases.ts';

/** The registry entry for Python. */
export const python: LanguageEntry<'python'> = { facts: pythonFacts, adapter: new URL('./adapter.ts', import.meta.url), releases: pythonReleases };
