// `run --watch`: a saved edit re-runs only the edited language, prints the new verdicts, and Ctrl-C ends it cleanly.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { descendants, pidAlive, waitFor } from '../helpers.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'dh-watch-'));
const page = path.join(dir, 'watched.md');
const unique = `${process.pid}-${Date.now()}`;

describe('run --watch', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('re-runs the edited language only, shows its new verdict, and stops on Ctrl-C with exit 0', async () => {
    writeFileSync(
      page,
      `# Watched\n\n## One\n\n<div class="multipleCode">\n    <a href="#python">Python</a>\n    <a href="#javascript">NodeJS</a>\n</div>\n\n\`\`\`python\nprint("${unique}" == "")\n\`\`\`\n\n\`\`\`javascript\nconsole.log("${unique}".length > 0);\n\`\`\`\n`,
    );
    const cli = execa('node', ['bin/docs-harness.mjs', 'run', page, '--watch'], { reject: false, all: true });
    let output = '';
    cli.all!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await waitFor(() => output.includes('save to re-run'), 300_000, 'the first run and the watch to start');
    expect(output).toMatch(/2 passed, 0 failed/);
    // A contributor edits the Python tab so that it fails.
    writeFileSync(page, readFileSync(page, 'utf8').replace(`print("${unique}" == "")`, `print("${unique}" == "")\nraise ValueError("edited")`));
    await waitFor(() => output.includes('re-run in'), 60_000, 'the re-run after the edit');
    const rerun = output.slice(output.lastIndexOf('Findings:'));
    expect(rerun).toMatch(/error runtime \[one\/python\]\s+ValueError: edited/);
    expect(output).toMatch(/1 passed, 1 failed, 0 skipped; 1 errors, \d+ warnings; 1 reused from the cache/);
    expect(output).toMatch(/re-run in [\d.]+ s \(1 tab\(s\) ran, the rest reused\); watching/);
    // This run's own server (other runs on the machine have theirs).
    const servers = (await descendants(cli.pid!)).filter((p) => p.command.includes('milvus-lite server')).map((p) => p.pid);
    expect(servers.length).toBeGreaterThan(0);
    cli.kill('SIGINT');
    const result = await cli;
    expect(result.exitCode).toBe(0);
    await waitFor(() => servers.every((pid) => !pidAlive(pid)), 10_000, 'the server to stop');
  }, 400_000);
});
