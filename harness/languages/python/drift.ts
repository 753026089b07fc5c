// Python: what drifted when a snippet uses a pymilvus name the installed version does not have (its own members say).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { scrubbedEnv } from '../../process/exec.ts';
import type { Venv } from '../../toolchain/venv.ts';
import type { DriftExplainer } from '../drift-notes.ts';
import { codeTag, introspected } from '../introspection-cache.ts';
import { driftSentence, suggestNames } from '../suggest.ts';

const MEMBERS_URL = new URL('./members.py', import.meta.url);
const MEMBERS = fileURLToPath(MEMBERS_URL);

/** pymilvus's public names, as members.py writes them. */
interface PymilvusMembers {
  readonly modules: Readonly<Record<string, { readonly names: readonly string[]; readonly own: readonly string[] }>>;
  readonly classes: Readonly<Record<string, readonly string[]>>;
  /** pymilvus's optional extras (`model`, `bulk_writer`): a module of one is missing because the extra is, not drift. */
  readonly extras: readonly string[];
}

async function introspect(python: string): Promise<PymilvusMembers> {
  const dir = await mkdtemp(path.join(tmpdir(), 'docs-harness-pymilvus-members-'));
  try {
    const out = path.join(dir, 'members.json');
    await execa(python, [MEMBERS, out], { cwd: dir, env: scrubbedEnv(dir, { PYTHONDONTWRITEBYTECODE: '1' }), extendEnv: false, timeout: 120_000 });
    return JSON.parse(await readFile(out, 'utf8')) as PymilvusMembers;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The modules (other than `except`) where `name` belongs: defined there, or exported by a package; shortest first. */
function placesOf(members: PymilvusMembers, name: string, except: string): string[] {
  return Object.entries(members.modules)
    .filter(([module, m]) => module !== except && m.own.includes(name))
    .map(([module]) => module)
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .slice(0, 3);
}

const OBJECT_ATTRIBUTE = /^AttributeError: (?:'(\w+)' object|type object '(\w+)') has no attribute '(\w+)'/m;
const MODULE_ATTRIBUTE = /^AttributeError: module '(pymilvus(?:\.\w+)*)' has no attribute '(\w+)'/m;
const IMPORT_NAME = /^ImportError: cannot import name '(\w+)' from '(pymilvus(?:\.\w+)*)'/m;
const NO_MODULE = /^ModuleNotFoundError: No module named '(pymilvus(?:\.\w+)+)'/m;
/** An enum's own message (`AttributeError: FLOAT_VECTR`) names no class: the page's code says which one it asked. */
const BARE_ATTRIBUTE = /^AttributeError: (\w+)$/m;

/** The class and attribute an AttributeError is about: from its message, or (an enum's bare name) the code's `Class.name`. */
function missingAttribute(message: string, code: string, members: PymilvusMembers): [string, string] | undefined {
  const attribute = OBJECT_ATTRIBUTE.exec(message);
  if (attribute) return [(attribute[1] ?? attribute[2])!, attribute[3]!];
  const bare = BARE_ATTRIBUTE.exec(message)?.[1];
  const owner = bare ? [...code.matchAll(new RegExp(`\\b([A-Z]\\w*)\\.${bare}\\b`, 'g'))].find((m) => members.classes[m[1]!])?.[1] : undefined;
  return owner ? [owner, bare!] : undefined;
}

/** The sentence for `message`, if it is about a pymilvus name the installed version lacks; `code` is the page's Python code. */
function explain(message: string, code: string, members: PymilvusMembers, sdk: string): string | undefined {
  const attribute = missingAttribute(message, code, members);
  if (attribute) {
    const [owner, name] = attribute;
    const known = members.classes[owner];
    if (!known) return undefined; // not a pymilvus object
    return driftSentence({ sdk, missing: `${owner}.${name}`, suggestions: suggestNames(name, known) });
  }
  const inModule = MODULE_ATTRIBUTE.exec(message);
  const imported = IMPORT_NAME.exec(message);
  const [module, name] = inModule ? [inModule[1]!, inModule[2]!] : imported ? [imported[2]!, imported[1]!] : [];
  const extra = (dotted: string) => members.extras.includes(dotted.split('.')[1] ?? '');
  if (module && name) {
    const known = members.modules[module];
    if (!known || extra(`${module}.${name}`)) return undefined;
    return driftSentence({ sdk, missing: `${module}.${name}`, places: placesOf(members, name, module), suggestions: suggestNames(name, known.names) });
  }
  const missingModule = NO_MODULE.exec(message)?.[1];
  if (!missingModule || extra(missingModule)) return undefined;
  return driftSentence({ sdk, missing: missingModule, suggestions: suggestNames(missingModule, Object.keys(members.modules)) });
}

/** Explains pymilvus drift in error messages of a page's Python snippets (`code`: all of them), for `sdk` (`pymilvus 2.6.17`) installed in `venv`; introspects on first need. */
export function pythonDrift(venv: Venv, sdk: string, code: string): DriftExplainer {
  return async (message) => {
    if (![OBJECT_ATTRIBUTE, BARE_ATTRIBUTE, MODULE_ATTRIBUTE, IMPORT_NAME, NO_MODULE].some((pattern) => pattern.test(message))) return undefined;
    const file = path.join(venv.dir, `docs-harness-members-${sdk.split(' ').at(-1)}-${codeTag(MEMBERS_URL)}.json`);
    const members = await introspected(sdk, file, () => introspect(venv.python));
    return explain(message, code, members, sdk);
  };
}
