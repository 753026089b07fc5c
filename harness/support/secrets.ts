// Secrets the run knows (the harness's own secret-looking environment variables, the server token) and their removal
// from everything the harness writes, in every encoding it knows: plain, base64, URL-encoded, JSON- and XML-escaped,
// and the parts of a `user:password` pair.
import type { Finding } from '../types.ts';

/** Names of environment variables whose values are secrets (a whole word of the name: AUTH, not AUTHOR). */
const SECRET_NAME = /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|PASS|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH|COOKIE)(_|$)/i;
/** Shorter values are left alone: replacing `1` or `true` everywhere would wreck reports and hide nothing. */
const SHORTEST = 6;
const MASK = '***';

/** Published defaults are not secrets (masking `Milvus` everywhere would wreck every report). */
const PUBLIC = new Set(['root:Milvus']);

const known = new Set<string>();

/** The secret-looking values of an environment (by variable name). */
export function secretsInEnv(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name, value]) => SECRET_NAME.test(name) && value !== undefined && value.length >= SHORTEST)
    .map(([, value]) => value!);
}

/** Adds secrets to redact from now on (empty and short values are ignored). */
export function addSecrets(values: readonly (string | undefined)[]): void {
  for (const value of values) {
    if (!value || value.length < SHORTEST || PUBLIC.has(value)) continue;
    known.add(value);
    const colon = value.indexOf(':');
    // `user:password`: the password alone is a secret too (the user name is not).
    if (colon > 0 && value.length - colon - 1 >= SHORTEST) known.add(value.slice(colon + 1));
  }
}

/** Forgets every secret (tests). */
export function clearSecrets(): void {
  known.clear();
}

function xmlEscaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Every form of `secret` the harness knows how to spot. */
export function encodingsOf(secret: string): string[] {
  const base64 = Buffer.from(secret).toString('base64');
  const forms = [
    secret,
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(secret).toString('base64url'),
    encodeURIComponent(secret),
    encodeURI(secret),
    JSON.stringify(secret).slice(1, -1),
    xmlEscaped(secret),
    xmlEscaped(JSON.stringify(secret).slice(1, -1)),
  ];
  return [...new Set(forms)].filter((form) => form.length >= SHORTEST);
}

/** `text` with every known secret, in every known encoding, replaced by `***`. */
export function redactSecrets(text: string, secrets: Iterable<string> = known): string {
  const forms = [...secrets].flatMap(encodingsOf).sort((a, b) => b.length - a.length);
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(MASK);
  return out;
}

/** A finding with every known secret removed from its message. */
export function redactFinding<F extends Finding>(finding: F): F {
  return { ...finding, message: redactSecrets(finding.message) };
}

/** A result with every known secret removed (before it is stored or reported anywhere). */
export function redactOutput<R extends { stdout: string; stderr: string; findings: readonly Finding[] }>(run: R): R {
  return {
    ...run,
    stdout: redactSecrets(run.stdout),
    stderr: redactSecrets(run.stderr),
    findings: run.findings.map(redactFinding),
  };
}
