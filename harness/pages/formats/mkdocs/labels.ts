// The content tab labels MkDocs pages write for a language that the registry's aliases do not already read.
import type { LabelTable } from '../tab-tree.ts';

/** MkDocs Material tab labels, lower case → language (`Python`, `Node.js`, `cURL`, `C++` are aliases already). */
export const MKDOCS_LABELS: LabelTable = {
  'rest api': 'curl',
  rest: 'curl',
  http: 'curl',
  'python sdk': 'python',
  'java sdk': 'java',
  'go sdk': 'go',
  'node.js sdk': 'node',
  'c++ sdk': 'cpp',
};
