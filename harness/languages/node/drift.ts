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
import { SUPPLIED_CLIENT } from './facts.ts';
import { NODE_SDK, type NodeSdk } from './sdk.ts';

const MEMBERS_URL = new URL('./members.mjs', import.meta.url);
const MEMBERS = fileURLToPath(MEMBERS_URL);
/** The class of the `client` the driver provides when a page uses one it does not make (see client.ts). */
const PROVIDED = { names: SUPPLIED_CLIENT, type: 'MilvusClient' };

/** The SDK's exports, its classes' members and its plain-object exports' (enums') members, as members.mjs writes them. */
interface NodeMembers {
  readonly exports: readonly string[];
  readonly classes: Readonly<Record<string, readonly string[]>>;
  readonly objects?: Readonly<Record<string, readonly string[]>>;
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
// The driver's own findings for a read of a member an export lacks (sdk-watch.mjs), and of an export the package lacks.
const NO_MEMBER = /^`([\w$]+)\.([\w$]+)` is undefined: the SDK's `/m;
const NO_EXPORTED = /^`([\w$]+)` is undefined: the SDK exports no `/m;
const ANY = [NOT_A_FUNCTION, NO_EXPORT, NO_MEMBER, NO_EXPORTED];

/** Close names for `missing` among `names`; failing those, names it begins with (`Boolean` → `Bool`, `Float32` → `Float`). */
function closeNames(missing: string, names: readonly string[]): string[] {
  const close = suggestNames(missing, names);
  if (close.length > 0) return close;
  const folded = (name: string) => name.toLowerCase().replace(/[_-]/g, '');
  return names
    .filter((name) => name.length >= 3 && folded(missing).startsWith(folded(name)))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
}

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
  const member = NO_MEMBER.exec(message);
  if (member) {
    const [owner, name] = [member[1]!, member[2]!];
    const names = members.objects?.[owner] ?? members.classes[owner] ?? [];
    // The driver saw no static of that name: a class member of that name is its instances' (`MilvusClient.search`).
    if (members.classes[owner]?.includes(name)) return driftSentence({ sdk, missing: `${owner}.${name}`, methodOf: [owner] });
    return driftSentence({ sdk, missing: `${owner}.${name}`, suggestions: closeNames(name, names) });
  }
  const exported = NO_EXPORTED.exec(message);
  if (exported) return driftSentence({ sdk, missing: exported[1]!, suggestions: closeNames(exported[1]!, members.exports) });
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
    if (!ANY.some((pattern) => pattern.test(message))) return undefined;
    const file = path.join(installed.dir, `docs-harness-members-${installed.version}-${codeTag(MEMBERS_URL)}.json`);
    const members = await introspected(sdk, file, () => introspect(installed));
    return explain(message, code, members, sdk);
  };
}
