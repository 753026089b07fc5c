// The Docusaurus MDX format (Zilliz Cloud docs: `<Tabs>`/`<TabItem>` around fences) behind the page format interface.
import type { PageFormatReader } from '../format.ts';
import { readDocusaurusPage } from './read.ts';

/** Docusaurus MDX: claimed by `<TabItem>` tags or MDX imports of `@theme/…` / `@site/…` components. */
export const docusaurusFormat: PageFormatReader = {
  name: 'docusaurus',
  description: 'Docusaurus MDX (<Tabs groupId="code"> with <TabItem value="python"> around ``` fences)',
  editable: true,
  claims: (body) => (/^[ \t]*<TabItem\b/m.test(body) || /^import\s+\w+\s+from\s+['"]@(theme|site)\//m.test(body) ? 2 : 0),
  read: readDocusaurusPage,
};
