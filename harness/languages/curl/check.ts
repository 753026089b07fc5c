// Static checks of a curl tab: the script parses, each request's JSON body is valid, each path is a REST v2 route.
import { execa } from 'execa';
import { parse as parseShell } from 'shell-quote';
import type { Finding, Snippet } from '../../types.ts';
import { pageLine } from '../process-runner.ts';
import { isKnownRoute } from './routes.ts';

/** One curl command found in a script, with its snippet line. */
export interface CurlCommand {
  readonly line: number;
  readonly url: string | undefined;
  readonly body: string | undefined;
  /** Snippet line where the body starts (the `-d` line). */
  readonly bodyLine?: number;
}

/** A JSON value a script exports (`export params='{…}'`), to be checked as JSON too. */
export interface ExportedJson {
  readonly line: number;
  readonly name: string;
  readonly value: string;
}

/** The script's logical lines: backslash-newline continuations and newlines inside quotes joined, comments kept out. */
export function logicalLines(code: string): { text: string; line: number; lines: number }[] {
  const out: { text: string; line: number; lines: number }[] = [];
  let text = '';
  let start = 0;
  let line = 0;
  let quote: string | undefined;
  for (let i = 0; i < code.length; i += 1) {
    const c = code[i]!;
    if (c === '\n') line += 1;
    if (quote) {
      if (c === '\\' && quote === '"') {
        text += c + (code[i + 1] ?? '');
        if (code[i + 1] === '\n') line += 1;
        i += 1;
        continue;
      }
      if (c === quote) quote = undefined;
      text += c;
      continue;
    }
    if (c === '\\' && code[i + 1] === '\n') {
      i += 1;
      line += 1;
      text += ' ';
      continue;
    }
    if (c === '#' && (text === '' || /\s$/.test(text))) {
      while (i + 1 < code.length && code[i + 1] !== '\n') i += 1;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    if (c === '\n') {
      if (text.trim()) out.push({ text, line: start + 1, lines: line - start });
      text = '';
      start = line;
      continue;
    }
    text += c;
  }
  if (text.trim()) out.push({ text, line: start + 1, lines: line - start + 1 });
  return out;
}

/**
 * The curl commands of a script, read with a shell parser: quoted multi-line bodies, escaped quotes, and `$var` /
 * `${var}` from the script's own exports (and `env`, e.g. earlier curl tabs' exports); unknown variables stay `${var}`.
 */
export function curlCommands(code: string, env: Map<string, string> = new Map()): CurlCommand[] {
  return readScript(code, env).commands;
}

/** A line the shell parser could not read (e.g. `${VAR` with no closing brace), and why. */
export interface UnreadableLine {
  readonly line: number;
  readonly message: string;
}

/** The logical line's words, or why the shell parser could not read them. */
function shellWords(text: string, env: Map<string, string>): string[] | Error {
  try {
    return parseShell(text, (name) => env.get(name) ?? `\${${name}}`).map((t) => (typeof t === 'string' ? t : ''));
  } catch (error) {
    return error as Error;
  }
}

/** The curl commands and the JSON-looking exports of a script; `env` gains the script's exports. */
export function readScript(
  code: string,
  env: Map<string, string> = new Map(),
): { commands: CurlCommand[]; exports: ExportedJson[]; unreadable: UnreadableLine[] } {
  const commands: CurlCommand[] = [];
  const exports: ExportedJson[] = [];
  const unreadable: UnreadableLine[] = [];
  const physical = code.split('\n');
  for (const logical of logicalLines(code)) {
    const tokens = shellWords(logical.text, env);
    if (tokens instanceof Error) {
      unreadable.push({ line: logical.line, message: tokens.message });
      continue;
    }
    const words = tokens[0] === 'export' ? tokens.slice(1) : tokens;
    const assignments = words.filter((w) => /^[A-Za-z_]\w*=/.test(w));
    if (assignments.length > 0 && assignments.length === words.length) {
      for (const assignment of assignments) {
        const [name, ...rest] = assignment.split('=');
        const value = rest.join('=');
        env.set(name!, value);
        if (/^\s*[[{]/.test(value)) exports.push({ line: logical.line, name: name!, value });
      }
      continue;
    }
    const at = tokens.findIndex((t) => t === 'curl' || t.endsWith('/curl'));
    if (at < 0) continue;
    let url: string | undefined;
    let body: string | undefined;
    for (let t = at + 1; t < tokens.length; t += 1) {
      const token = tokens[t]!;
      if (token === '--url') url = tokens[++t];
      else if (/^(-d|--data|--data-raw|--data-binary)$/.test(token)) body = tokens[++t];
      else if (!token.startsWith('-') && url === undefined && /^(https?:|\$\{)/.test(token)) url = token;
    }
    const offset = physical.slice(logical.line - 1, logical.line - 1 + logical.lines).findIndex((text) => /(^|\s)(-d|--data\S*)(\s|$)/.test(text));
    commands.push({ line: logical.line, url, body, ...(offset >= 0 ? { bodyLine: logical.line + offset } : {}) });
  }
  return { commands, exports, unreadable };
}

/** A finding for text that should be JSON and is not, at the snippet line of the error (text starts at `line`). */
function jsonFinding(text: string, line: number, what: string): Finding | undefined {
  try {
    JSON.parse(text.replace(/\$\{\w+\}/g, '0'));
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? -1);
    const at = position >= 0 ? line + (text.slice(0, position).match(/\n/g)?.length ?? 0) : line;
    const python = /\b(True|False|None)\b|'[^']*'\s*:/.test(text) ? ' (Python literals such as True, None or single quotes are not JSON)' : '';
    return { kind: 'lint', severity: 'error', line: at, message: `${what} is not valid JSON${python}: ${message}` };
  }
}

/** Findings of the static checks (bash -n, JSON bodies and exports, REST routes); `env` carries earlier tabs' exports. */
export async function checkCurlSnippet(snippet: Snippet, code: string, env: Map<string, string> = new Map()): Promise<Finding[]> {
  const findings: Finding[] = [];
  const syntax = await execa('bash', ['-n'], { input: code, reject: false });
  if (syntax.exitCode !== 0) {
    const line = Number(/line (\d+):/.exec(syntax.stderr)?.[1] ?? 1);
    findings.push({
      kind: 'syntax',
      severity: 'error',
      line: pageLine(snippet, line),
      message: `bash: ${syntax.stderr.trim().replace(/^bash: (line \d+: )?/, '')}`,
    });
  }
  const { commands, exports, unreadable } = readScript(code, env);
  for (const bad of unreadable) {
    findings.push({ kind: 'syntax', severity: 'error', line: pageLine(snippet, bad.line), message: `the shell cannot read this line: ${bad.message}` });
  }
  const badExports: string[] = [];
  for (const exported of exports) {
    const finding = jsonFinding(exported.value, exported.line, `\`${exported.name}\``);
    if (finding) findings.push({ ...finding, line: pageLine(snippet, finding.line) });
    if (finding) badExports.push(exported.value);
  }
  for (const command of commands) {
    const line = pageLine(snippet, command.line);
    const path = command.url?.replace(/^(\$\{\w+\}|https?:\/\/[^/]+)/, '').replace(/\?.*$/, '');
    // Only calls to the Milvus server are REST v2 calls (a page may also call other services, e.g. milvus-backup).
    const toMilvus = !command.url || /\$\{?CLUSTER_ENDPOINT|:19530|\/v\d\/vector(db)?\//.test(command.url);
    if (!command.url) findings.push({ kind: 'lint', severity: 'error', line, message: 'curl command without a URL' });
    else if (toMilvus && (!path || !isKnownRoute(path)))
      findings.push({ kind: 'lint', severity: 'error', line, message: `\`${path || command.url}\` is not a known Milvus REST v2 route` });
    if (command.body !== undefined) {
      const finding = jsonFinding(command.body, command.bodyLine ?? command.line, 'the request body');
      // A body that is invalid only through an exported value already reported is not reported again.
      if (finding && !badExports.some((value) => command.body!.includes(value))) findings.push({ ...finding, line: pageLine(snippet, finding.line) });
    }
  }
  return findings;
}
