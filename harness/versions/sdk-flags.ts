// Reads `--sdk` flags: `python=2.5,2.6,3.0` is a list of versions for one language; a repeated flag adds to it.
import { HarnessError } from '../errors.ts';
import type { Lang } from '../types.ts';

/** What a version may look like: it names a folder in the cache, so no `/`, no `..`, no leading dot. */
const SAFE_VERSION = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$/;

/** The versions asked for per language, in the order given (duplicates dropped). */
export type SdkRequests = Partial<Record<Lang, string[]>>;

/** Parses `--sdk` values (`python=2.6.10`, `node=2.5,2.6`, a bare `3.0` continues the list of the language before it). */
export function parseSdkFlags(values: readonly string[] | undefined, languages: readonly string[]): SdkRequests {
  const requests: SdkRequests = {};
  for (const flag of values ?? []) {
    let lang: Lang | undefined;
    for (const raw of flag.split(',')) {
      const item = raw.trim();
      const match = /^([\w-]+)=(.*)$/.exec(item);
      if (match) {
        if (!languages.includes(match[1] as Lang)) {
          throw new HarnessError(
            'USAGE',
            `Bad \`--sdk ${flag}\`: \`${match[1]}\` is not a language; expected one of ${languages.join(', ')} (e.g. python=2.6,3.0).`,
          );
        }
        lang = match[1] as Lang;
      } else if (!lang) {
        throw new HarnessError('USAGE', `Bad \`--sdk ${flag}\`; expected <lang>=<version>[,<version>…] (e.g. python=2.5,2.6,3.0).`);
      }
      const version = match ? match[2]!.trim() : item;
      if (version === '') throw new HarnessError('USAGE', `Empty version in \`--sdk ${flag}\`; give one or more versions (e.g. python=2.6,3.0).`);
      if (!SAFE_VERSION.test(version)) {
        throw new HarnessError(
          'USAGE',
          `Bad version \`${version}\` in \`--sdk ${flag}\`: a version is letters, digits, dots, dashes, pluses and underscores (e.g. 2.6.10, 2.6, v2.6.5).`,
        );
      }
      const list = (requests[lang!] ??= []);
      if (!list.includes(version)) list.push(version);
    }
  }
  return requests;
}
