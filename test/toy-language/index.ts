// A toy language kept outside harness/languages/, added through the registry alone (registerLanguage).
import type { LanguageEntry } from '../../harness/languages/language.ts';

/** The toy language: `say` prints, `fail` raises. */
export const toy: LanguageEntry<'toy'> = {
  facts: {
    name: 'toy',
    label: 'Toy',
    commentMarkers: ['#'],
    aliases: ['toy', 'toylang'],
    loadStates: { loaded: 'loaded!', released: 'released!' },
    sdk: 'none',
  },
  adapter: new URL('./adapter.ts', import.meta.url),
};
