// Maps fence languages, `language-X` classes and tab hrefs to the harness's language names (from the registry).
import type { Lang } from '../types.ts';
import { languageFacts } from '../languages/registry.ts';

/** The harness language for a fence language, class suffix or tab href (`other` when unknown); with `code`, a language
 * that recognises its own blocks may decline one (a `bash` block without curl is not a REST tab). */
export function canonicalLang(raw: string, code?: string): Lang {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/^#/, '')
    .replace(/^language-/, '');
  const facts = languageFacts().find((f) => f.name === key || f.aliases.includes(key));
  if (!facts || (code !== undefined && facts.recognises && !facts.recognises(code))) return 'other';
  return facts.name as Lang;
}
