// Command line: parses flags, runs a command, turns harness faults into one clear line and exit code 2. Commands are
// loaded when used, so `--help` and `list` start without the run machinery.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { DEFAULTS, PACKAGE_ROOT } from './config/defaults.ts';
import { env } from './config/env.ts';
import { addGateFlags, addSharedFlags, collect } from './config/flags.ts';
import { isHarnessError } from './errors.ts';
import { installSignalHandlers, runCleanups } from './process/lifecycle.ts';
import { languageNames } from './languages/registry.ts';
import type { RunFlags } from './commands/run.ts';
import { addSecrets, redactSecrets, secretsInEnv } from './support/secrets.ts';
import { stopLive } from './support/progress.ts';

/** The version in package.json. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Exit codes: 0 no error finding, 1 error findings, 2 usage or infrastructure error. */
export const EXIT = { ok: 0, findings: 1, harness: 2 } as const;

function buildProgram(setCode: (code: number) => void): Command {
  const program = new Command('docs-harness')
    .description('Runs every code tab of a Milvus docs page against a real Milvus server and checks what it prints.')
    .version(packageVersion(), '-V, --version', 'print the docs-harness version')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command('list')
    .description('list the snippets of one or more pages (section × language, lines, documented output, placeholder)')
    .argument('<pages...>', 'page files (rendered HTML-in-Markdown or Markdown source)')
    .option('--json', 'print the listing as JSON')
    .action(async (pages: string[], options: { json?: boolean }) => setCode(await (await import('./commands/list.ts')).listCommand(pages, options)));

  const run = program
    .command('run')
    .description('run every code tab of the pages against a real Milvus server and report a verdict per tab')
    .argument('<pages...>', 'page files (rendered HTML-in-Markdown or Markdown source)')
    .option('--json', 'print the report as JSON on stdout')
    .option('--lang <langs>', `only these languages (comma-separated or repeated): ${languageNames().join(', ')}`, collect)
    .option('--strict', 'treat warnings (added imports, undeclared variables, placeholders) as errors')
    .option(
      '--sdk <lang=versions>',
      'SDK releases per language: exact (python=2.6.10) or a line meaning its newest (node=2.6); several make a drift matrix (python=2.5,2.6,3.0); repeatable',
      collect,
    )
    .option(
      '--reporter <name>',
      `${DEFAULTS.reporters.join(', ')} (default), json, junit, github, summary, html (repeatable; github and summary are added inside GitHub Actions)`,
      collect,
    )
    .option('--output-dir <dir>', `where file reporters write (junit.xml, report.json, summary.md); default ${DEFAULTS.outputDir}/`)
    .option('--shard <i/n>', 'run only shard i of n (pages sorted by path, dealt round-robin); merge with merge-reports')
    .option('--changed [git-ref]', `run only the pages changed since the git ref (default ${DEFAULTS.changedSince}: uncommitted changes)`)
    .option(
      '--update-outputs',
      'write what each tab printed into its documented output block, for tabs whose only errors are output mismatches (Markdown source pages; rendered pages get the patch printed)',
    )
    .option('--watch', 'after the run, keep the server up and re-run a page each time it is saved (changed languages only); Ctrl-C stops')
    .option('--verbose', 'print the time each phase took (server start, each language’s prepare, reset and run, judging)');
  addSharedFlags(addGateFlags(run)).action(async (pages: string[], options: RunFlags) =>
    setCode(await (await import('./commands/run.ts')).runCommand(pages, options)),
  );

  const merge = program
    .command('merge-reports')
    .description('merge the JSON reports of sharded runs (each shard run with --reporter json --output-dir <dir>) into one report')
    .argument('<dirs...>', "the shards' output folders, each with a report.json")
    .option('--reporter <name>', `reporters for the merged report (default ${DEFAULTS.mergeReporters.join(', ')})`, collect)
    .option('--output-dir <dir>', `where the merged files go (default ${DEFAULTS.outputDir}/)`);
  addGateFlags(merge).action(async (dirs: string[], options: { reporter?: string[]; outputDir?: string; minCoverage?: string }) =>
    setCode(await (await import('./commands/merge-reports.ts')).mergeReportsCommand(dirs, options)),
  );

  const bisect = program
    .command('bisect')
    .description("find the first SDK release between two where the page's tabs of one language get another verdict (binary search over the published releases)")
    .argument('<page>', 'the page file')
    .requiredOption('--lang <lang>', 'the language whose SDK releases are searched (python, node, java, go)')
    .requiredOption('--from <version>', 'the release the search starts from (a line such as 2.5 means its newest)')
    .requiredOption('--to <version>', 'the release the search ends at')
    .option('--json', 'print {lang, from, to, tabs, firstChanged, lastUnchanged, steps} as JSON');
  addSharedFlags(bisect).action(async (page: string, options: import('./commands/bisect.ts').BisectFlags) =>
    setCode(await (await import('./commands/bisect.ts')).bisectCommand(page, options)),
  );

  program
    .command('server')
    .description('start the embedded milvus-lite server in the foreground; prints its URI on the first line; Ctrl-C stops it')
    .option('--fixture <file>', 'create the collections a fixture file declares')
    .action(async (options: { fixture?: string }) => setCode(await (await import('./commands/server.ts')).serverCommand(options)));

  return program;
}

/** Runs the CLI with `argv` (as in process.argv) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((value) => {
    code = value;
  });
  installSignalHandlers();
  addSecrets(secretsInEnv(env.everything()));
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    stopLive();
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.harness;
    }
    if (isHarnessError(error)) {
      process.stderr.write(`docs-harness: ${redactSecrets(error.message)}\n`);
      return EXIT.harness;
    }
    process.stderr.write(`docs-harness: internal error: ${redactSecrets((error as Error)?.stack ?? String(error))}\n`);
    return EXIT.harness;
  } finally {
    stopLive();
    await runCleanups();
  }
}
