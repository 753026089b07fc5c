// Assembles a page's Java tabs into one program: imports hoisted, the client the page assumes, one method per snippet.

/** One Java snippet's code (endpoint already mapped). */
export interface JavaUnit {
  readonly id: string;
  readonly code: string;
}

/** What the compile loop has decided so far. */
export interface JavaAssemblyState {
  /** Imports a reader would add (fully qualified names). */
  readonly added: ReadonlySet<string>;
  /** Imports that do not compile (dropped from the program). */
  readonly dropped: ReadonlySet<string>;
  /** Snippet indexes that do not compile (left out of the program). */
  readonly stubbed: ReadonlySet<number>;
}

/** Where a program line came from. */
export type JavaLineOrigin =
  | { kind: 'import'; name: string; from: { snippet: number; line: number }[] }
  | { kind: 'added-import'; name: string }
  | { kind: 'body'; snippet: number; line: number }
  | { kind: 'harness' };

/** The assembled program and the origin of each of its lines. */
export interface JavaAssembly {
  readonly source: string;
  readonly origins: readonly JavaLineOrigin[];
  /** Program line of each included snippet's first line. */
  readonly bodyStarts: ReadonlyMap<number, number>;
}

const IMPORT = /^\s*import\s+(static\s+)?([\w.]+(\.\*)?)\s*;\s*$/;

/** Builds the program text for the snippets not stubbed out. */
export function assembleJava(units: readonly JavaUnit[], state: JavaAssemblyState): JavaAssembly {
  const imports = new Map<string, { snippet: number; line: number }[]>();
  const bodies = units.map((unit, snippet) =>
    unit.code.split('\n').map((text, i) => {
      const match = IMPORT.exec(text);
      if (!match) return text;
      const name = `${match[1] ? 'static ' : ''}${match[2]}`;
      if (!state.stubbed.has(snippet)) imports.set(name, [...(imports.get(name) ?? []), { snippet, line: i + 1 }]);
      return '';
    }),
  );
  const lines: string[] = [];
  const origins: JavaLineOrigin[] = [];
  const push = (text: string, origin: JavaLineOrigin) => {
    lines.push(text);
    origins.push(origin);
  };
  for (const [name, from] of imports) if (!state.dropped.has(name)) push(`import ${name};`, { kind: 'import', name, from });
  for (const name of state.added) push(`import ${name};`, { kind: 'added-import', name });
  const harness = (text: string) => push(text, { kind: 'harness' });
  harness('');
  harness('public class DocsHarnessProgram {');
  harness('    static io.milvus.v2.client.MilvusClientV2 client = DocsHarnessRuntime.connect();');
  const bodyStarts = new Map<number, number>();
  const included = units.map((_, i) => i).filter((i) => !state.stubbed.has(i));
  // Line of each snippet's body is only known once written; main() is written after the bodies, so collect calls.
  for (const snippet of included) {
    harness(`    static void snippet${snippet}() throws Throwable {`);
    bodyStarts.set(snippet, lines.length + 1);
    bodies[snippet]!.forEach((text, i) => push(text, { kind: 'body', snippet, line: i + 1 }));
    harness('    }');
  }
  harness('    public static void main(String[] args) {');
  harness('        for (String arg : args) {');
  harness('            switch (arg) {');
  for (const snippet of included) {
    harness(`                case "${snippet}": DocsHarnessRuntime.run(${JSON.stringify(units[snippet]!.id)}, "snippet${snippet}", ${bodyStarts.get(snippet)}, DocsHarnessProgram::snippet${snippet}); break;`);
  }
  harness('                default: break;');
  harness('            }');
  harness('        }');
  harness('        System.out.flush();');
  harness('        System.exit(0);');
  harness('    }');
  harness('}');
  return { source: `${lines.join('\n')}\n`, origins, bodyStarts };
}
