// GitHub Actions workflow commands: one `::error`/`::warning` annotation per finding, at its file and line.
import type { Reporter } from './reporter.ts';

/** Escapes a workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command property (file, title). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Renders findings as annotations. */
export const githubReporter: Reporter = {
  name: 'github',
  target: { kind: 'stdout' },
  fileName: 'annotations.txt',
  render: (reports) =>
    reports
      .flatMap((report) =>
        report.findings.map((f) => {
          const title = `${f.kind}${f.id ? ` ${f.id}` : ''}${f.sdk && report.drift?.length ? ` @ ${f.sdk}` : ''}`;
          const message = f.diff ? `${f.message}\n${f.diff}` : f.message;
          return `::${f.severity} file=${escapeProperty(report.page)},line=${f.line},title=${escapeProperty(title)}::${escapeData(message)}\n`;
        }),
      )
      .join(''),
};
