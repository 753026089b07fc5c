// Turns a Node snippet into an ES module that shares its top-level names with later snippets through globalThis, and
// makes a plain assignment to an undeclared name create a global, as a pasted script would (and reports it).
import { parse, type Program } from 'acorn';
import { SUPPLIED_CLIENT } from './facts.ts';
import { clientNames, clientNamesByText, declaredNames, freeReads, patternNames, plainTargets, type AnyNode } from './scope.ts';

/** A Node snippet ready to run, or its syntax error. */
export interface NodeModule {
  readonly source: string;
  /** Names the snippet declares at top level (shared with later snippets). */
  readonly declared: readonly string[];
  /** Undeclared names a plain assignment creates as globals (first assignment of each). */
  readonly undeclaredAssignments: readonly { name: string; line: number }[];
  /** Names the snippet reads without declaring them, with the line of the first read. */
  readonly reads: readonly { name: string; line: number }[];
  /** Names the snippet gives a client of its own (see scope.ts clientNames). */
  readonly clientNames: readonly string[];
  readonly syntaxError?: { line: number; message: string };
}

function topLevelNames(statement: AnyNode): string[] {
  switch (statement.type) {
    case 'ImportDeclaration':
      return statement.specifiers.map((s: AnyNode) => s.local.name);
    case 'VariableDeclaration':
      return statement.declarations.flatMap((d: AnyNode) => patternNames(d.id, []));
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
      return statement.id ? [statement.id.name] : [];
    default:
      return [];
  }
}

/**
 * Rewrites a snippet (line numbers unchanged): a plain assignment to an undeclared name assigns `globalThis.name`
 * (a pasted sloppy script creates that global when the assignment runs; a read before it, `+=` or `++` of it still
 * throw a ReferenceError, as they do there), and top-level declarations are copied to globalThis after their statement.
 * `known`: the names earlier snippets declared or created.
 */
export function toSharedModule(code: string, known: ReadonlySet<string>): NodeModule {
  let program: Program;
  try {
    program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true, allowAwaitOutsideFunction: true });
  } catch (error) {
    const e = error as SyntaxError & { loc?: { line: number } };
    return {
      source: '',
      declared: [],
      undeclaredAssignments: [],
      reads: [],
      clientNames: clientNamesByText(code, SUPPLIED_CLIENT),
      syntaxError: { line: e.loc?.line ?? 1, message: `SyntaxError: ${e.message.replace(/\s*\(\d+:\d+\)$/, '')}` },
    };
  }
  const declaredHere = declaredNames(program);
  const bound = plainTargets(program);
  const edits: { start: number; end: number; text: string }[] = [];
  const undeclared: { name: string; line: number }[] = [];
  for (const { node, shorthand } of bound) {
    const name = node.name as string;
    if (declaredHere.has(name)) continue;
    // Earlier snippets' names are globals too (copied there, or created so), and assigning one is the same either way.
    edits.push({ start: node.start, end: node.end, text: `${shorthand ? `${name}:` : ''}globalThis.${name}` });
    if (known.has(name) || name in globalThis) continue;
    const line = node.loc?.start.line ?? 1;
    const seen = undeclared.find((u) => u.name === name);
    if (!seen) undeclared.push({ name, line });
    else if (line < seen.line) seen.line = line;
  }

  const declared: string[] = [];
  for (const statement of program.body as AnyNode[]) {
    const names = topLevelNames(statement);
    if (names.length === 0) continue;
    declared.push(...names);
    edits.push({ start: statement.end, end: statement.end, text: `;Object.assign(globalThis,{${names.join(',')}});` });
  }
  let source = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) source = source.slice(0, edit.start) + edit.text + source.slice(edit.end);
  // A CommonJS snippet (`require(...)`) runs as pasting it into `node` would: `require` resolves from the snippet.
  const usesRequire = !declaredHere.has('require') && /\brequire\s*\(/.test(code);
  const prelude = usesRequire ? "import{createRequire as __dhRequire}from'node:module';const require=__dhRequire(import.meta.url);" : '';
  return {
    source: prelude + source,
    declared,
    undeclaredAssignments: undeclared.sort((a, b) => a.line - b.line),
    reads: freeReads(program, bound),
    clientNames: clientNames(program, SUPPLIED_CLIENT),
  };
}
