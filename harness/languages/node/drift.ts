// Node: what drifted when a snippet uses a name the installed @zilliz/milvus2-sdk-node does not have (its own members say).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { scrubbedEnv } from '../../process/exec.ts';
import type { DriftExplainer } from '../drift-notes.ts';
import { codeTag, introspected } from '../introspection-cache.ts';
import { driftSentence, suggestNames } from '../suggest.ts';
import { NODE_SDK, type NodeSdk } from './sdk.ts';

const MEMBERS_URL = new URL('./members.mjs', import.meta.url);
const MEMBERS = fileURLToPath(MEMBERS_URL);
/** The class of the `client` the driver provides when a page uses one it does not make (see driver.mjs). */
const PROVIDED = { names: ['client', 'milvusClient'], type: 'MilvusClient' };

/** The SDK's exports and its classes' members, as members.mjs writes them. */
interface NodeMembers {
  readonly exports: readonly string[];
  readonly classes: Readonly<Record<string, readonly string[]>>;
}

async function introspect(sdk: NodeSdk): Promise<NodeMembers> {
  const dir = await mkdtemp(path.join(tmpdir(), 'docs-harness-node-members-'));
  try {
    const out = path.join(dir, 'members.json');
    await execa(process.execPath, [MEMBERS, sdk.dir, out], { cwd: dir, env: scrubbedEnv(dir, { NODE_NO_WARNINGS: '1' }), extendEnv: false, timeout: 60_000 });
    return JSON.parse(await readFile(out, 'utf8')) as NodeMembers;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const NOT_A_FUNCTION = /^TypeError: ((?:[\w$]+\.)*[\w$]+)\.([\w$]+) is not a function/m;
const NO_EXPORT = /Named export '([\w$]+)' not found|does not provide an export named '([\w$]+)'/;

/** The SDK class `receiver` is, as far as the page tells: made with `new X(…)`, or the provided client; else undefined. */
function declaredClass(receiver: string, code: string, members: NodeMembers): string | undefined {
  if (!/^[\w$]+$/.test(receiver)) return undefined;
  const name = receiver.replaceAll('$', '\\$');
  const made = new RegExp(`(?<![\\w$.])${name}\\s*=\\s*new\\s+([\\w$]+)\\s*\\(`).exec(code)?.[1];
  if (made && members.classes[made]) return made;
  const declared = new RegExp(`(?<![\\w$.])${name}\\s*=(?![=>])`).test(code);
  return !declared && PROVIDED.names.includes(receiver) ? PROVIDED.type : undefined;
}

/** The sentence for `message`, if it is about a name the installed SDK lacks; `code` is the page's Node code. */
function explain(message: string, code: string, members: NodeMembers, sdk: string): string | undefined {
  const missingExport = NO_EXPORT.exec(message);
  if (missingExport && message.includes(`'${NODE_SDK}'`)) {
    const name = (missingExport[1] ?? missingExport[2])!;
    return driftSentence({ sdk, missing: name, suggestions: suggestNames(name, members.exports) });
  }
  const call = NOT_A_FUNCTION.exec(message);
  if (!call) return undefined;
  const [receiver, name] = [call[1]!, call[2]!];
  const owner = declaredClass(receiver, code, members);
  if (owner) return driftSentence({ sdk, missing: `${owner}.${name}`, suggestions: suggestNames(name, members.classes[owner] ?? []) });
  // A receiver the page does not say the class of: an SDK class that has a close name (the client first), if any.
  const near = Object.entries(members.classes)
    .map(([type, names]) => ({ type, suggestions: suggestNames(name, names) }))
    .filter((c) => c.suggestions.length > 0)
    .sort((a, b) => Number(b.type === PROVIDED.type) - Number(a.type === PROVIDED.type))[0];
  return near ? driftSentence({ sdk, missing: `${near.type}.${name}`, suggestions: near.suggestions }) : undefined;
}

/** Explains SDK drift in error messages of a page's Node snippets (`code`: all of them), for `sdk` (its description); introspects on first need. */
export function nodeDrift(installed: NodeSdk, sdk: string, code: string): DriftExplainer {
  return async (message) => {
    if (!NOT_A_FUNCTION.test(message) && !NO_EXPORT.test(message)) return undefined;
    const file = path.join(installed.dir, `docs-harness-members-${installed.version}-${codeTag(MEMBERS_URL)}.json`);
    const members = await introspected(sdk, file, () => introspect(installed));
    return explain(message, code, members, sdk);
  };
}
