// The flags `run` (and `run --watch`) and `bisect` share, each declared once (name, help text, default, how repeats
// collect), put on a command by addSharedFlags and read into settings by sharedSettings; and the gate flags of `run`
// (and `merge-reports`, whose exit code is the run's), put on by addGateFlags.
import { Option, type Command } from 'commander';
import { DEFAULTS } from './defaults.ts';
import { listFlag, maxOutputBytes, noCache, timeoutMs } from './flag-values.ts';

/** The shared flags as commander gives them (`cache`/`sandbox` are false with `--no-cache`/`--no-sandbox`). */
export interface SharedFlags {
  section?: string[];
  timeout?: string;
  maxOutput?: string;
  quiet?: boolean;
  backend?: string;
  uri?: string;
  token?: string;
  image?: string;
  fixture?: string;
  cache?: boolean;
  sandbox?: boolean;
}

/** One flag: as written in help, what it does, its default as typed, and whether repeats add to a list. */
interface FlagDeclaration {
  readonly flags: string;
  readonly help: string;
  readonly default?: string;
  readonly repeatable?: boolean;
}

/** The heading the shared flags get in `--help`. */
const GROUP = 'Options shared by run and bisect:';

/** The shared flags, in the order `--help` lists them. */
export const SHARED_FLAGS: readonly FlagDeclaration[] = [
  { flags: '--section <sections>', help: 'only these sections (anchor or slug; comma-separated or repeated)', repeatable: true },
  { flags: '--timeout <seconds>', help: 'per-snippet timeout; the process tree is killed when it passes', default: String(DEFAULTS.timeoutSeconds) },
  {
    flags: '--max-output <size>',
    help: 'most output kept per snippet and stream (e.g. 1MB, 200kb); the rest is cut and reported',
    default: DEFAULTS.maxOutput,
  },
  { flags: '--backend <name>', help: 'embedded (milvus-lite, default), container (Docker) or uri' },
  { flags: '--uri <uri>', help: 'use an existing Milvus server (also MILVUS_URI)' },
  { flags: '--token <token>', help: 'token for --uri (also MILVUS_TOKEN); never printed' },
  { flags: '--image <name>', help: `the Milvus image --backend container starts (also DOCS_HARNESS_MILVUS_IMAGE; default ${DEFAULTS.milvusImage})` },
  { flags: '--fixture <file>', help: "fixture file to use instead of the page's sidecar" },
  { flags: '--quiet', help: 'no progress lines on stderr (verdicts, and bisect steps, are still printed)' },
  {
    flags: '--no-cache',
    help: 'run every tab again instead of reusing results whose inputs did not change (also DOCS_HARNESS_NO_CACHE=1, which --watch ignores)',
  },
  { flags: '--no-sandbox', help: 'run snippets without the bubblewrap sandbox (they can then read files and reach the network as you can)' },
];

/** The heading the gate flags get in `--help`. */
const GATES = 'Gates (run and merge-reports):';

/** The flags that decide the exit code beyond error findings, in the order `--help` lists them. */
export const GATE_FLAGS: readonly FlagDeclaration[] = [
  {
    flags: '--min-coverage <percent>',
    help: 'exit 1 when fewer than this percentage of program tabs (not placeholders) were judged, pass or fail; prints the figure and the largest reasons',
  },
];

/** The gate flags as commander gives them. */
export interface GateFlags {
  minCoverage?: string;
}

/** Adds a repeated value to the list of earlier ones. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** A fresh commander option for a declaration (each command gets its own). */
function toOption(declaration: FlagDeclaration, group = GROUP): Option {
  const option = new Option(declaration.flags, declaration.help).helpGroup(group);
  if (declaration.default !== undefined) option.default(declaration.default);
  if (declaration.repeatable) option.argParser(collect);
  return option;
}

/** Puts every shared flag on `command`. */
export function addSharedFlags(command: Command): Command {
  for (const declaration of SHARED_FLAGS) command.addOption(toOption(declaration));
  return command;
}

/** Puts every gate flag on `command` (run, merge-reports). */
export function addGateFlags(command: Command): Command {
  for (const declaration of GATE_FLAGS) command.addOption(toOption(declaration, GATES));
  return command;
}

/** What the shared flags that need reading mean for a run (the server, sandbox and quiet flags are used as given). */
export interface SharedSettings {
  readonly timeoutMs: number;
  readonly maxOutputChars: number;
  readonly sections: string[];
  readonly noCache: boolean;
  readonly fixture?: string;
}

/**
 * Reads the shared flags; a bad value is a usage error, checked in this order: timeout, output cap, sections. `watch`
 * is `run --watch`, which keeps the result cache whatever the environment says.
 */
export function sharedSettings(flags: SharedFlags & { readonly watch?: boolean }): SharedSettings {
  return {
    timeoutMs: timeoutMs(flags.timeout),
    maxOutputChars: maxOutputBytes(flags.maxOutput),
    sections: listFlag(flags.section, 'section'),
    noCache: noCache(flags),
    fixture: flags.fixture,
  };
}
