// Bench part `pages`: reading the seed page in its rendered form against its Markdown source form.
import { readPage } from '../../harness/pages/read-page.ts';
import { pageSnippets } from '../../harness/pages/snippets.ts';
import { check, line, mean, type Mode, type Part, ratio, repeats } from './common.ts';

const RENDERED = 'docs/load-and-release.md';
const MARKDOWN = 'fixtures/pages/load-and-release.source.md';

/** Page reading: both forms of the seed page, mean of 20 reads each. */
export const pagesPart: Part = {
  name: 'pages',
  title: 'page reading: rendered seed page vs its Markdown source',
  async run(mode: Mode) {
    for (const file of [RENDERED, MARKDOWN]) check(pageSnippets(await readPage(file)).length > 0, `${file} to have snippets`);
    const rendered = await mean(() => readPage(RENDERED), repeats(mode, 20));
    const markdown = await mean(() => readPage(MARKDOWN), repeats(mode, 20));
    line('read rendered seed page', `${rendered.toFixed(1)} ms`);
    line('read Markdown source seed page', `${markdown.toFixed(1)} ms`);
    line('ratio rendered / markdown', ratio(rendered, markdown));
  },
};
