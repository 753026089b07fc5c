// The tab labels and values the Docusaurus docs write for a language that the registry's aliases do not already read.
import type { LabelTable } from '../tab-tree.ts';

/** Docusaurus (Zilliz Cloud) tab values and labels, lower case → language; `NodeJS`, `cURL`, `C++` are aliases already. */
export const DOCUSAURUS_LABELS: LabelTable = {
  'rest api': 'curl',
  rest: 'curl',
  http: 'curl',
  'node.js sdk': 'node',
  'python sdk': 'python',
  'java sdk': 'java',
  'go sdk': 'go',
  'c++ sdk': 'cpp',
};
