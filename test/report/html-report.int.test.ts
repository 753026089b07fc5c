import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { type Browser, chromium as playwright } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../harness/types.ts';
import { type Chromium, chromium } from '../browser/chromium.ts';

// The HTML report of a real run, opened in Debian's chromium: the seed page as published, and a copy of its Markdown
// source with one documented output changed (so a failing tab has a diff to show).
const ARTIFACTS = path.resolve('test-artifacts');
let dir: string;
let browser: Browser | undefined;
let found: Chromium;
let reports: PageReport[];

/** The CLI, with its exit code. */
const cli = (args: string[]) => execa('node', ['bin/docs-harness.mjs', ...args], { reject: false });

beforeAll(async () => {
  found = await chromium();
  if (!found.ok) {
    process.stderr.write(`docs-harness test: SKIPPING the HTML report's browser test: ${found.reason}\n`);
    return;
  }
  dir = await mkdtemp(path.join(tmpdir(), 'dh-html-'));
  const source = await readFile('fixtures/pages/load-and-release.source.md', 'utf8');
  await writeFile(path.join(dir, 'planted.md'), source.replace('#     "state": "<LoadState: Loaded>"', '#     "state": "<LoadState: Loading>"'));
  const run = await cli([
    'run',
    'docs/load-and-release.md',
    path.join(dir, 'planted.md'),
    '--reporter',
    'html',
    '--reporter',
    'json',
    '--output-dir',
    dir,
    '--quiet',
  ]);
  expect(run.exitCode).toBe(1);
  reports = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8')) as PageReport[];
  browser = await playwright.launch({ executablePath: found.path, args: ['--no-sandbox'] });
  await mkdir(ARTIFACTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A page of the browser on `file`, with every request that is not the file itself recorded. */
async function open(file: string) {
  const page = await browser!.newPage({ viewport: { width: 1366, height: 768 } });
  const fetched: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) fetched.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`file://${file}`);
  return { page, fetched, errors };
}

describe('the HTML report in a real browser', () => {
  it('shows every tab of both pages with the verdict the run gave it, fetching nothing', async (ctx) => {
    if (!found.ok) return ctx.skip(found.reason);
    const { page, fetched, errors } = await open(path.join(dir, 'report.html'));
    expect(reports.map((r) => r.page)).toEqual(['docs/load-and-release.md', path.join(dir, 'planted.md')]);
    for (const [index, report] of reports.entries()) {
      const section = page.locator(`#page-${index}`);
      await expect(section.locator('h2').textContent()).resolves.toContain(report.page);
      expect(report.results).toHaveLength(15);
      for (const result of report.results) {
        const tab = section.locator(`[role="tab"][data-id="${result.id}"]`);
        await expect(tab.count()).resolves.toBe(1);
        await expect(tab.locator('.badge').textContent()).resolves.toBe(result.status);
      }
    }
    expect(fetched).toEqual([]);
    expect(errors).toEqual([]);
    // Readable on a laptop: nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report.png') });
    await page.close();
  });

  it('a click on the failing tab shows its finding at its line and the diff of documented against actual output', async (ctx) => {
    if (!found.ok) return ctx.skip(found.reason);
    const { page } = await open(path.join(dir, 'report.html'));
    const planted = reports[1]!.results.find((r) => r.id === 'load-collection/python')!;
    expect(planted.status).toBe('fail');
    const tab = page.locator('#page-1 [role="tab"][data-id="load-collection/python"]');
    await tab.click();
    await expect(tab.getAttribute('aria-selected')).resolves.toBe('true');
    const panel = page.locator(`#${await tab.getAttribute('aria-controls')}`);
    await expect(panel.isVisible()).resolves.toBe(true);
    const finding = panel.locator('li.finding.error');
    await expect(finding.first().textContent()).resolves.toMatch(/error output-mismatch at line \d+/);
    await expect(panel.locator('.diff .del').allTextContents()).resolves.toContainEqual(expect.stringContaining('Loading'));
    await expect(panel.locator('.diff .ins').allTextContents()).resolves.toContainEqual(expect.stringContaining('Loaded'));
    // The finding stands after the code line it belongs to (the last one before the documented output).
    const before = await finding.first().evaluate((li) => (li.previousElementSibling as HTMLLIElement | null)?.value);
    expect(before).toBeLessThanOrEqual(planted.findings[0]!.line);
    await panel.screenshot({ path: path.join(ARTIFACTS, 'html-report-failing-tab.png') });
    await page.close();
  });

  it('filters by verdict and is usable from the keyboard, with readable contrast', async (ctx) => {
    if (!found.ok) return ctx.skip(found.reason);
    const { page } = await open(path.join(dir, 'report.html'));
    await page.getByRole('button', { name: /^Failed/ }).click();
    const visible = await page.locator('[role="tab"]:visible').evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).dataset['status']));
    expect(visible.length).toBe(reports.reduce((n, r) => n + r.summary.fail, 0));
    expect(new Set(visible)).toEqual(new Set(['fail']));
    await page.getByRole('button', { name: /^All/ }).click();
    // Arrow keys move between a section's tabs; the panel follows.
    const list = page.locator('#page-0 [role="tablist"]').nth(1);
    const first = list.locator('[role="tab"]').first();
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const second = list.locator('[role="tab"]').nth(1);
    await expect(second.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('tab');
    await expect(page.locator(`#${await second.getAttribute('aria-controls')}`).isVisible()).resolves.toBe(true);
    // WCAG AA: every badge and the body text at least 4.5:1.
    const ratios = await page.locator('.badge, body, .where, .meta dt').evaluateAll((elements) => {
      const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: number[]) =>
        c
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const background = (el: Element): string => {
        for (let e: Element | null = el; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      return elements.map((el) => {
        const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(background(el)))];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
    });
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it('opens with the coverage and a table of the pages, sortable and filterable from the keyboard', async (ctx) => {
    if (!found.ok) return ctx.skip(found.reason);
    const { page, errors } = await open(path.join(dir, 'report.html'));
    const judged = reports.reduce((n, r) => n + r.coverage!.judged, 0);
    const programs = reports.reduce((n, r) => n + r.coverage!.programs, 0);
    await expect(page.locator('header .coverage').textContent()).resolves.toContain(`judged ${judged} of ${programs} program tabs`);
    // The table comes before the pages, a row per page with its verdict and figures.
    expect(await page.evaluate(() => document.getElementById('pages-table')!.compareDocumentPosition(document.getElementById('page-0')!))).toBe(4);
    const rows = page.locator('#pages-table tbody tr');
    const column = (n: number) => rows.evaluateAll((trs, i) => trs.map((tr) => (tr as HTMLTableRowElement).cells[i]!.textContent!.trim()), n);
    await expect(column(0)).resolves.toEqual(reports.map((r) => r.page));
    await expect(column(3)).resolves.toEqual(reports.map((r) => String(r.summary.fail)));
    // Sorting with the keyboard: the Fail heading's button, Enter for ascending, Enter again for descending.
    const fails = reports.map((r) => r.summary.fail);
    expect(fails[1]).toBeGreaterThan(fails[0]!); // the planted page fails one more tab
    const byFail = page.getByRole('button', { name: 'Fail', exact: true });
    await byFail.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#pages-table thead th').nth(3).getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(column(3)).resolves.toEqual(fails.map(String));
    await page.keyboard.press('Enter');
    await expect(page.locator('#pages-table thead th').nth(3).getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(column(3)).resolves.toEqual([...fails].reverse().map(String));
    // Filtering: by text, then by verdict; the count is announced.
    await page.getByLabel('Filter pages').fill('planted');
    await expect(page.locator('#pages-table tbody tr:visible').count()).resolves.toBe(1);
    await expect(page.locator('#pages-shown').textContent()).resolves.toBe('1 of 2 pages shown');
    await page.getByLabel('Filter pages').fill('');
    await page.getByLabel('Page verdict').selectOption('pass');
    await expect(page.locator('#pages-table tbody tr:visible').count()).resolves.toBe(0);
    await page.getByLabel('Page verdict').selectOption('fail');
    await expect(page.locator('#pages-table tbody tr:visible').count()).resolves.toBe(2);
    expect(errors).toEqual([]);
    await page.locator('.pages').screenshot({ path: path.join(ARTIFACTS, 'html-report-pages-table.png') });
    await page.close();
  });

  it('renders the report merged from shards: both pages, each as its shard reported it', async (ctx) => {
    if (!found.ok) return ctx.skip(found.reason);
    for (const [i, report] of reports.entries()) {
      await mkdir(path.join(dir, `shard-${i}`), { recursive: true });
      await writeFile(path.join(dir, `shard-${i}`, 'report.json'), JSON.stringify(report));
    }
    const merged = await cli([
      'merge-reports',
      path.join(dir, 'shard-0'),
      path.join(dir, 'shard-1'),
      '--reporter',
      'html',
      '--output-dir',
      path.join(dir, 'merged'),
    ]);
    expect(merged.exitCode).toBe(1);
    const { page } = await open(path.join(dir, 'merged', 'report.html'));
    // Pages in path order, as an unsharded run of both gives them.
    const pages = reports.map((r) => r.page).sort();
    await expect(page.locator('.page h2').allTextContents()).resolves.toEqual(pages.map((p) => expect.stringContaining(p)));
    await expect(page.locator('[role="tab"]').count()).resolves.toBe(30);
    await page.close();
  });
});
