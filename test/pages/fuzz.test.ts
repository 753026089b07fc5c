// Property-based tests of the milvus.io page readers and the curl parser: on any input, never a crash (only a
// HarnessError), never a hang, and every error about a place in the page names its line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curlCommands, readScript } from '../../harness/languages/curl/check.ts';
import { FRAGMENTS, readOrHarnessError } from './fuzz-pieces.ts';

const pageText = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }), { maxLength: 60 })
  .map((lines) => lines.join('\n'));

describe('page readers under fuzzing', () => {
  it('never crash on pages made of real and broken pieces (both formats)', () => {
    fc.assert(fc.property(pageText, readOrHarnessError), { numRuns: 2000 });
  });

  it('never crash on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), readOrHarnessError), { numRuns: 300 });
  });
});

describe('curl parser under fuzzing', () => {
  const script = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'curl --request POST \\',
          '--url "${CLUSTER_ENDPOINT}/v2/vectordb/collections/load" \\',
          '--header "Authorization: Bearer ${TOKEN}" \\',
          "-d '{",
          '"collectionName": "c"',
          "}'",
          'export params=\'{"a": 1}\'',
          'export CLUSTER_ENDPOINT="http://localhost:19530"',
          '"quoted \\" escape',
          "'",
          '"',
          '\\',
          '$(echo x)',
          '${VAR',
          '# comment',
        ),
        fc.string({ maxLength: 30 }),
      ),
      { maxLength: 20 },
    )
    .map((lines) => lines.join('\n'));

  it('never throws, and every command and export it finds is at a line of the script', () => {
    fc.assert(
      fc.property(script, (code) => {
        const lines = code.split('\n').length;
        const { commands, exports } = readScript(code, new Map());
        for (const item of [...commands, ...exports]) {
          expect(item.line).toBeGreaterThanOrEqual(1);
          expect(item.line).toBeLessThanOrEqual(lines);
        }
        for (const command of curlCommands(code)) expect(command.line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 500 },
    );
  });
});
