// The MkDocs Material format (content tabs `=== "Python"` around indented fences) behind the page format interface.
import type { PageFormatReader } from '../format.ts';
import { readMkdocsPage } from './read.ts';

/** MkDocs Material: claimed by a content tab marker line (`=== "Label"`, `===! "…"`, `===+ "…"`). */
export const mkdocsFormat: PageFormatReader = {
  name: 'mkdocs',
  description: 'MkDocs Material content tabs (=== "Python" followed by 4-space-indented ``` fences)',
  editable: true,
  claims: (body) => (/^===[!+]*[ \t]+"[^"]*"[ \t]*$/m.test(body) ? 2 : 0),
  read: readMkdocsPage,
};
