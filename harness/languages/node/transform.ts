// Turns a Node snippet into an ES module that shares its top-level names with later snippets through globalThis,
// and finds assignments to undeclared variables (they run as in a pasted script, and are reported).
import { parse, type Node, type Program } from 'acorn';
import { simple } from 'acorn-walk';

/** A Node snippet ready to run, or its syntax error. */
export interface NodeModule {
  readonly source: string;
  /** Names the snippet declares at top level (shared with later snippets). */
  readonly declared: readonly string[];
  readonly undeclaredAssignments: readonly { name: string; line: number }[];
  readonly syntaxError?: { line: number; message: string };
}

type AnyNode = Node & Record<string, any>;

function patternNames(pattern: AnyNode | null | undefined, into: string[]): string[] {
  if (!pattern) return into;
  switch (pattern.type) {
    case 'Identifier':
      into.push(pattern.name);
      break;
    case 'ObjectPattern':
      for (const p of pattern.properties) patternNames(p.type === 'RestElement' ? p.argument : p.value, into);
      break;
    case 'ArrayPattern':
      for (const e of pattern.elements) patternNames(e, into);
      break;
    case 'RestElement':
      patternNames(pattern.argument, into);
      break;
    case 'AssignmentPattern':
      patternNames(pattern.left, into);
      break;
  }
  return into;
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

/** Every name declared anywhere in the snippet (any scope): a conservative "is it declared" check. */
function allDeclaredNames(program: Program): Set<string> {
  const names = new Set<string>();
  const add = (pattern: AnyNode | null | undefined) => patternNames(pattern, []).forEach((n) => names.add(n));
  simple(program, {
    VariableDeclarator: (n: AnyNode) => add(n.id),
    FunctionDeclaration: (n: AnyNode) => {
      add(n.id);
      n.params.forEach(add);
    },
    FunctionExpression: (n: AnyNode) => n.params.forEach(add),
    ArrowFunctionExpression: (n: AnyNode) => n.params.forEach(add),
    ClassDeclaration: (n: AnyNode) => add(n.id),
    CatchClause: (n: AnyNode) => add(n.param),
    ImportSpecifier: (n: AnyNode) => add(n.local),
    ImportDefaultSpecifier: (n: AnyNode) => add(n.local),
    ImportNamespaceSpecifier: (n: AnyNode) => add(n.local),
  });
  return names;
}

/**
 * Rewrites a snippet (line numbers unchanged): undeclared assigned names are pre-created on globalThis (as a pasted
 * sloppy script would create them), and top-level declarations are copied to globalThis after their statement.
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
      syntaxError: { line: e.loc?.line ?? 1, message: `SyntaxError: ${e.message.replace(/\s*\(\d+:\d+\)$/, '')}` },
    };
  }
  const declaredHere = allDeclaredNames(program);
  const undeclared: { name: string; line: number }[] = [];
  const seen = new Set<string>();
  const check = (target: AnyNode) => {
    if (target.type !== 'Identifier') return;
    const name = target.name as string;
    if (declaredHere.has(name) || known.has(name) || name in globalThis || seen.has(name)) return;
    seen.add(name);
    undeclared.push({ name, line: target.loc?.start.line ?? 1 });
  };
  simple(program, {
    AssignmentExpression: (n: AnyNode) => check(n.left),
    UpdateExpression: (n: AnyNode) => check(n.argument),
  });

  const inserts: { at: number; text: string }[] = [];
  const declared: string[] = [];
  for (const statement of program.body as AnyNode[]) {
    const names = topLevelNames(statement);
    if (names.length === 0) continue;
    declared.push(...names);
    inserts.push({ at: statement.end, text: `;Object.assign(globalThis,{${names.join(',')}});` });
  }
  let source = code;
  for (const insert of inserts.sort((a, b) => b.at - a.at)) source = source.slice(0, insert.at) + insert.text + source.slice(insert.at);
  // A CommonJS snippet (`require(...)`) runs as pasting it into `node` would: `require` resolves from the snippet.
  const usesRequire = !declaredHere.has('require') && /\brequire\s*\(/.test(code);
  const requirePrelude = usesRequire ? "import{createRequire as __dhRequire}from'node:module';const require=__dhRequire(import.meta.url);" : '';
  const prelude = requirePrelude + undeclared.map((u) => `globalThis.${u.name}??=undefined;`).join('');
  return { source: prelude + source, declared, undeclaredAssignments: undeclared };
}
