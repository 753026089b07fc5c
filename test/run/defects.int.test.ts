import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { runCli } from './run-cli.ts';

const DIR = 'fixtures/pages/defects';
const pages = readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => `${DIR}/${f}`);

/** Each planted-defect page states its expected error findings in its front matter: `expect: kind@line, …` or `none`. */
function expectations(page: string): string[] {
  const line = /^expect:\s*(.*)$/m.exec(readFileSync(page, 'utf8'))?.[1]?.trim() ?? '';
  return line === 'none' ? [] : line.split(',').map((e) => e.trim()).sort();
}

describe('planted defects are found with the right kind at the right line; the clean page has none', () => {
  let reports: PageReport[];
  let exitCode: number | undefined;

  beforeAll(async () => {
    const result = await runCli(pages);
    reports = result.report as unknown as PageReport[];
    exitCode = result.exitCode;
  }, 900_000);

  it.each(pages)('%s', (page) => {
    const report = reports.find((r) => r.page === page)!;
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => `${f.kind}@${f.line}`).sort();
    expect(errors).toEqual(expectations(page));
  });

  it('exits 1 because some page has an error finding', () => {
    expect(exitCode).toBe(1);
  });
});
