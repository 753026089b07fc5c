// The sentence for each reason a tab was not judged, rendered from its code and facts (the one place that words them).
import type { Skip } from './types.ts';

/** What a reader is told about a skip: the reason, the fix where there is one. */
export function skipText(skip: Skip): string {
  switch (skip.code) {
    case 'placeholder':
      return 'placeholder';
    case 'no-runner':
      return `no runner for \`${skip.fence || 'unlabelled'}\` tabs`;
    case 'no-rest-server':
      return 'the server has no REST API (milvus-lite); run with `--backend container` or `--uri` to execute curl tabs';
    case 'server-gap':
      return `${skip.server} has no ${skip.feature}: run with --backend container or --uri to test this tab${
        skip.borrowed ? " (this SDK could not read the server's error; the same step in another language shows the gap)" : ''
      }`;
    case 'no-fixture':
      return `the page assumes collection \`${skip.collection}\`, which it never creates and no fixture declares: add ${skip.collection}.json to the fixture library to test this tab`;
    case 'depends-on-failed': {
      const where = skip.from ? `line ${skip.from.line} (${skip.from.id})` : 'an earlier snippet';
      const how = skip.notRun ? 'which was not run' : 'which failed';
      return skip.name ? `not run: it uses \`${skip.name}\`, declared at ${where}, ${how}` : `not run: the program stopped at ${where}, ${how}`;
    }
    case 'reader-value':
      return `the snippet needs \`${skip.name}\`, a value the page leaves to the reader (it is never defined on the page)`;
    case 'package-not-installed':
      return `the snippet needs ${skip.package}, which the harness does not install${skip.note ?? ''}`;
    case 'sdk-not-installed':
      return `${skip.sdk} could not be installed, so the ${skip.lang} tabs were not tested: ${skip.why.split('\n')[0]}`;
  }
}
