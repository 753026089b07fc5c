// The C++ language as the registry sees it: its facts only. It has no adapter: its tabs are shown in every report and
// skipped with the reason (no Milvus C++ SDK can be installed from a package registry).
import type { LanguageEntry } from '../language.ts';
import { cppFacts } from './facts.ts';

/** The registry entry for C++ (shown, never run). */
export const cpp: LanguageEntry<'cpp'> = { facts: cppFacts };
