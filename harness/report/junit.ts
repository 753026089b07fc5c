// The JUnit XML reporter: one testsuite per page, one testcase per tab; failures carry findings, diffs and stderr.
import { XMLBuilder } from 'fast-xml-parser';
import type { PageReport, TabResult } from '../types.ts';
import type { Reporter } from './reporter.ts';

function failureText(result: TabResult): string {
  const findings = result.findings.map((f) => `${f.severity} ${f.kind} at line ${f.line}: ${f.message}${f.diff ? `\n${f.diff}` : ''}`);
  return [...findings, ...(result.stderr.trim() ? ['--- stderr ---', result.stderr.trim()] : [])].join('\n');
}

function testcase(report: PageReport, result: TabResult) {
  const errors = result.findings.filter((f) => f.severity === 'error');
  const first = errors[0] ?? result.findings[0];
  return {
    '@_classname': `${report.page}#${result.section || 'top'}`,
    '@_name': result.sdk && report.drift?.length ? `${result.id} @ ${result.sdk}` : result.id,
    '@_file': report.page,
    '@_line': result.line,
    '@_time': (result.durationMs / 1000).toFixed(3),
    ...(result.status === 'fail'
      ? { failure: { '@_type': first?.kind ?? 'error', '@_message': first?.message.split('\n')[0] ?? 'failed', '#text': failureText(result) } }
      : {}),
    ...(result.status === 'skip' ? { skipped: { '@_message': result.skipReason ?? result.findings[0]?.message ?? 'skipped' } } : {}),
    ...(result.stdout.trim() ? { 'system-out': result.stdout } : {}),
  };
}

/** Characters XML 1.0 cannot hold (control characters a snippet may print), dropped from every text and attribute. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlSafe = (_name: string, value: unknown) => (typeof value === 'string' ? value.replace(NOT_XML, '') : value);

/** A testcase for the page's own error findings (an unreadable page, nothing tested in a run), when it has any. */
function pageCase(report: PageReport) {
  const errors = report.findings.filter((f) => f.severity === 'error' && !f.id);
  if (errors.length === 0) return [];
  const text = errors.map((f) => `${f.kind} at line ${f.line}: ${f.message}`).join('\n');
  return [
    {
      '@_classname': report.page,
      '@_name': '(page)',
      '@_file': report.page,
      '@_line': errors[0]!.line,
      failure: { '@_type': errors[0]!.kind, '@_message': errors[0]!.message.split('\n')[0], '#text': text },
    },
  ];
}

/** Renders reports as JUnit XML. */
export const junitReporter: Reporter = {
  name: 'junit',
  target: { kind: 'file', name: 'junit.xml' },
  fileName: 'junit.xml',
  render: (reports) => {
    const count = (status: TabResult['status']) => reports.reduce((n, r) => n + r.results.filter((t) => t.status === status).length, 0);
    const tests = reports.reduce((n, r) => n + r.results.length, 0);
    const document = {
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      testsuites: {
        '@_name': 'docs-harness',
        '@_tests': tests,
        '@_failures': count('fail'),
        '@_skipped': count('skip'),
        testsuite: reports.map((report) => ({
          '@_name': report.page,
          '@_tests': report.results.length,
          '@_failures': report.summary.fail,
          '@_skipped': report.summary.skip,
          '@_time': (report.results.reduce((ms, r) => ms + r.durationMs, 0) / 1000).toFixed(3),
          properties: {
            property: [
              { '@_name': 'backend', '@_value': report.backend },
              ...Object.entries(report.sdks).map(([lang, sdk]) => ({ '@_name': `sdk.${lang}`, '@_value': sdk })),
            ],
          },
          testcase: [...pageCase(report), ...report.results.map((result) => testcase(report, result))],
        })),
      },
    };
    const builder = new XMLBuilder({
      ignoreAttributes: false,
      format: true,
      suppressEmptyNode: true,
      tagValueProcessor: xmlSafe,
      attributeValueProcessor: xmlSafe,
    });
    return builder.build(document) as string;
  },
};
