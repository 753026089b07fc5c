// The ADAPTERS map: the one place that knows which languages exist and in which order they run.
import type { Lang } from '../types.ts';
import type { LanguageAdapter } from './adapter.ts';
import { CurlAdapter } from './curl/adapter.ts';
import { GoAdapter } from './go/adapter.ts';
import { JavaAdapter } from './java/adapter.ts';
import { NodeAdapter } from './node/adapter.ts';
import { PythonAdapter } from './python/adapter.ts';

/** Adapter factories by language, in run order. */
export const ADAPTERS: Readonly<Partial<Record<Lang, () => LanguageAdapter>>> = {
  python: () => new PythonAdapter(),
  java: () => new JavaAdapter(),
  node: () => new NodeAdapter(),
  go: () => new GoAdapter(),
  curl: () => new CurlAdapter(),
};

/** Languages the harness can run. */
export const RUNNABLE_LANGS = Object.keys(ADAPTERS) as Lang[];
