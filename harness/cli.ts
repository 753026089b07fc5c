// Command line: parses flags, runs a command, turns harness faults into one clear line and exit code 2.
import { Command, CommanderError } from 'commander';
import { isHarnessError } from './errors.ts';
import { installSignalHandlers, runCleanups } from './lifecycle.ts';
import { listCommand } from './commands/list.ts';
import { serverCommand } from './commands/server.ts';

/** Exit codes: 0 no error finding, 1 error findings, 2 usage or infrastructure error. */
export const EXIT = { ok: 0, findings: 1, harness: 2 } as const;

function buildProgram(setCode: (code: number) => void): Command {
  const program = new Command('docs-harness')
    .description('Runs every code tab of a Milvus docs page against a real Milvus server and checks what it prints.')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command('list')
    .description('list the snippets of one or more pages (section × language, lines, documented output, placeholder)')
    .argument('<pages...>', 'page files (rendered HTML-in-Markdown or Markdown source)')
    .option('--json', 'print the listing as JSON')
    .action(async (pages: string[], options: { json?: boolean }) => setCode(await listCommand(pages, options)));

  program
    .command('server')
    .description('start the embedded milvus-lite server in the foreground; prints its URI on the first line; Ctrl-C stops it')
    .option('--fixture <file>', 'create the collections a fixture file declares')
    .action(async (options: { fixture?: string }) => setCode(await serverCommand(options)));

  return program;
}

/** Runs the CLI with `argv` (as in process.argv) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((value) => {
    code = value;
  });
  installSignalHandlers();
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.harness;
    }
    if (isHarnessError(error)) {
      process.stderr.write(`docs-harness: ${error.message}\n`);
      return EXIT.harness;
    }
    process.stderr.write(`docs-harness: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.harness;
  } finally {
    await runCleanups();
  }
}
