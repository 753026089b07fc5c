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
}

/** The curl commands of a script (continuation lines joined), with `${VAR}` left as written. */
export function curlCommands(code: string): CurlCommand[] {
  const commands: CurlCommand[] = [];
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^\s*(\$\s+)?curl\b/.test(lines[i]!)) continue;
    const start = i;
    let text = lines[i]!.replace(/^\s*\$\s+/, '');
    // Join continuation lines and any line that sits inside an open quote.
    while ((/\\\s*$/.test(text) || (text.split("'").length - 1) % 2 === 1) && i + 1 < lines.length) {
      text = text.replace(/\\\s*$/, '') + '\n' + lines[++i];
    }
    const tokens = parseShell(text, (name) => `\${${name}}`).map((t) => (typeof t === 'string' ? t : ''));
    let url: string | undefined;
    let body: string | undefined;
    for (let t = 1; t < tokens.length; t += 1) {
      const token = tokens[t]!;
      if (token === '--url') url = tokens[++t];
      else if (/^(-d|--data|--data-raw|--data-binary)$/.test(token)) body = tokens[++t];
      else if (!token.startsWith('-') && url === undefined && /^(https?:|\$\{)/.test(token)) url = token;
    }
    commands.push({ line: start + 1, url, body });
  }
  return commands;
}

/** Findings of the static checks (bash -n, JSON bodies, REST routes). */
export async function checkCurlSnippet(snippet: Snippet, code: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const syntax = await execa('bash', ['-n'], { input: code, reject: false });
  if (syntax.exitCode !== 0) {
    const line = Number(/line (\d+):/.exec(syntax.stderr)?.[1] ?? 1);
    findings.push({ kind: 'syntax', severity: 'error', line: pageLine(snippet, line), message: `bash: ${syntax.stderr.trim().replace(/^bash: (line \d+: )?/, '')}` });
  }
  const commands = curlCommands(code);
  for (const command of commands) {
    const line = pageLine(snippet, command.line);
    const path = command.url?.replace(/^(\$\{\w+\}|https?:\/\/[^/]+)/, '').replace(/\?.*$/, '');
    if (!command.url) findings.push({ kind: 'lint', severity: 'error', line, message: 'curl command without a URL' });
    else if (!path || !isKnownRoute(path)) findings.push({ kind: 'lint', severity: 'error', line, message: `\`${path || command.url}\` is not a known Milvus REST v2 route` });
    if (command.body !== undefined) {
      try {
        JSON.parse(command.body.replace(/\$\{\w+\}/g, '0'));
      } catch (error) {
        findings.push({ kind: 'lint', severity: 'error', line, message: `the request body is not valid JSON: ${(error as Error).message}` });
      }
    }
  }
  return findings;
}
