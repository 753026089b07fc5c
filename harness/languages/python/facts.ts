// Python's facts: fences, labels, how pymilvus prints a load state.
import type { LanguageFacts } from '../language.ts';

/** Python (pymilvus). */
export const pythonFacts = {
  name: 'python',
  label: 'Python',
  commentMarkers: ['#'],
  aliases: ['python', 'py', 'python3'],
  loadStates: { loaded: '<LoadState: Loaded>', released: '<LoadState: NotLoad>', loading: '<LoadState: Loading>', missing: '<LoadState: NotExist>' },
  sdk: 'pymilvus',
} as const satisfies LanguageFacts;
