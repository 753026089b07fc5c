// Maps fence languages, `language-X` classes and tab hrefs to the harness's language names.
import type { Lang } from '../types.ts';

const ALIASES: Readonly<Record<string, Lang>> = {
  python: 'python',
  py: 'python',
  python3: 'python',
  java: 'java',
  javascript: 'node',
  js: 'node',
  node: 'node',
  nodejs: 'node',
  'node.js': 'node',
  go: 'go',
  golang: 'go',
  bash: 'curl',
  shell: 'curl',
  sh: 'curl',
  curl: 'curl',
  restful: 'curl',
};

/** The harness language for a fence language, class suffix or tab href (`other` when unknown). */
export function canonicalLang(raw: string): Lang {
  const key = raw.trim().toLowerCase().replace(/^#/, '').replace(/^language-/, '');
  return ALIASES[key] ?? 'other';
}

/** Languages whose fences hold output or data rather than a program. */
const OUTPUT_FENCES = new Set(['json', 'text', 'txt', 'plaintext', 'plain', 'output', 'console', 'log', 'yaml', 'yml', 'csv']);

/** True when a fence language says the block holds output or data, not code. */
export function isOutputFence(raw: string): boolean {
  return OUTPUT_FENCES.has(raw.trim().toLowerCase().replace(/^language-/, ''));
}
