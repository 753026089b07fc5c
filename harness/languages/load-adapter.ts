// Loads a language's adapter module by the URL its registry entry gives, on first use.
import type { LanguageAdapter } from './adapter.ts';
import { adapterModule } from './registry.ts';

/** A new adapter for `lang` (its module is imported only now: the languages that do not run are never loaded). */
export async function createAdapter(lang: string): Promise<LanguageAdapter> {
  const module = (await import(adapterModule(lang).href)) as { createAdapter(): LanguageAdapter };
  return module.createAdapter();
}
