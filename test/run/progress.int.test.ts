import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

const RUN = ['bin/docs-harness.mjs', 'run', 'docs/load-and-release.md', '--lang', 'python'];
const ESC = '\u001b';

describe('progress on long runs', () => {
  it('in a terminal: a live line per running page and language with its elapsed time, redrawn in place', async () => {
    // `script` gives the run a terminal (of a real size: a sizeless one cannot be redrawn, and gets plain lines).
    const result = await execa('script', ['-qfec', `stty rows 40 cols 160; node ${RUN.join(' ')}`, '/dev/null'], {
      reject: false,
      env: { CI: '', TERM: 'xterm' },
    });
    const out = result.stdout;
    expect(out).toContain(`${ESC}[1A`); // moves up to redraw
    expect(out).toMatch(/starting the Milvus server · \d+\.\d s/);
    expect(out).toMatch(/load-and-release\.md · python \(pymilvus 2\.6\.\d+\) · \d+\.\d s/);
    expect(out).toMatch(/• load-and-release\.md: python ran in \d+\.\d s/);
    // The verdicts come after (the summary, then its coverage line), and the live lines are gone from the end.
    expect(out.trimEnd()).toMatch(/1 errors, 0 warnings\r?\njudged \d+ of \d+ program tabs[^\n]*$/);
  }, 300_000);

  it('elsewhere: plain lines only (no terminal codes), each step with its time', async () => {
    const result = await execa('node', RUN, { reject: false, env: { CI: '' } });
    expect(result.stderr).not.toContain(ESC);
    expect(result.stderr).toMatch(/^• load-and-release\.md: running 3 python snippet\(s\) with pymilvus 2\.6\.\d+$/m);
    expect(result.stderr).toMatch(/^• load-and-release\.md: python ran in \d+\.\d s$/m);
  }, 300_000);

  it('with --quiet: nothing on stderr', async () => {
    const result = await execa('script', ['-qfec', `stty rows 40 cols 160; node ${RUN.join(' ')} --quiet 1>/dev/null`, '/dev/null'], {
      reject: false,
      env: { CI: '' },
    });
    expect(result.stdout).toBe('');
  }, 300_000);
});
