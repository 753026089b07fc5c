// C++'s facts: the fences and labels pages give it and its placeholder words. Pages show C++ tabs (the Zilliz Cloud
// docs do), but no Milvus C++ SDK can be installed from a package registry, so it has no runner.
import type { LanguageFacts } from '../language.ts';

/** C++ (milvus-sdk-cpp, built from source: no package registry publishes it). */
export const cppFacts = {
  name: 'cpp',
  label: 'C++',
  commentMarkers: ['//'],
  aliases: ['cpp', 'c++', 'cxx'],
  sdk: 'milvus-sdk-cpp',
} as const satisfies LanguageFacts;
