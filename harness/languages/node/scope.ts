// What a Node snippet declares, reads and binds by plain assignment (its acorn tree), for the transform and the client.
import type { Node, Program } from 'acorn';
import { ancestor, simple } from 'acorn-walk';

/** An acorn node with its fields readable. */
export type AnyNode = Node & Record<string, any>;

/** The names a binding pattern binds (`a`, `{ b, c: d }`, `[e, ...f]`, `g = 1`), appended to `into`. */
export function patternNames(pattern: AnyNode | null | undefined, into: string[]): string[] {
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

/** Every name declared anywhere in the snippet (any scope): a conservative "is it declared" check. */
export function declaredNames(program: Program): Set<string> {
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

/** An identifier a plain assignment binds; `shorthand` when it stands for `{ x: x }` in an object pattern. */
export interface Target {
  readonly node: AnyNode;
  readonly shorthand: boolean;
}

function targets(pattern: AnyNode | null | undefined, shorthand: boolean, into: Target[]): Target[] {
  if (!pattern) return into;
  if (pattern.type === 'Identifier') into.push({ node: pattern, shorthand });
  else if (pattern.type === 'ObjectPattern')
    for (const p of pattern.properties) targets(p.type === 'RestElement' ? p.argument : p.value, p.shorthand === true, into);
  else if (pattern.type === 'ArrayPattern') for (const e of pattern.elements) targets(e, false, into);
  else if (pattern.type === 'RestElement') targets(pattern.argument, false, into);
  else if (pattern.type === 'AssignmentPattern') targets(pattern.left, shorthand, into);
  return into;
}

/**
 * The identifiers a plain `=` assignment or a for-in/of head binds (`x = 1`, `[a, b] = f()`, `({ c } = o)`,
 * `for (x of xs)`): what a pasted (sloppy) script makes a global of when it is undeclared. A compound assignment
 * (`+=`) or an update (`++`) reads its name first, so it binds nothing new.
 */
export function plainTargets(program: Program): Target[] {
  const found: Target[] = [];
  simple(program, {
    AssignmentExpression: (n: AnyNode) => {
      if (n.operator === '=') targets(n.left, false, found);
    },
    ForInStatement: (n: AnyNode) => targets(n.left.type === 'VariableDeclaration' ? null : n.left, false, found),
    ForOfStatement: (n: AnyNode) => targets(n.left.type === 'VariableDeclaration' ? null : n.left, false, found),
  });
  return found;
}

/** The names a statement list declares directly (`var`/`let`/`const`, functions, classes, imports). */
function statementNames(statements: readonly AnyNode[]): string[] {
  const names: string[] = [];
  for (const s of statements) {
    const statement = s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' ? s.declaration : s;
    if (statement?.type === 'VariableDeclaration') statement.declarations.forEach((d: AnyNode) => patternNames(d.id, names));
    else if ((statement?.type === 'FunctionDeclaration' || statement?.type === 'ClassDeclaration') && statement.id) names.push(statement.id.name);
    else if (statement?.type === 'ImportDeclaration') statement.specifiers.forEach((x: AnyNode) => names.push(x.local.name));
  }
  return names;
}

/** The names a node makes visible to the code inside it (a scope's own declarations, roughly: `var` hoisting aside). */
function scopeNames(node: AnyNode): string[] {
  switch (node.type) {
    case 'Program':
    case 'BlockStatement':
    case 'StaticBlock':
      return statementNames(node.body);
    case 'SwitchStatement':
      return statementNames(node.cases.flatMap((c: AnyNode) => c.consequent));
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return [...(node.id ? [node.id.name] : []), ...node.params.flatMap((p: AnyNode) => patternNames(p, []))];
    case 'ClassExpression':
      return node.id ? [node.id.name] : [];
    case 'CatchClause':
      return patternNames(node.param, []);
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement': {
      const head = node.type === 'ForStatement' ? node.init : node.left;
      return head?.type === 'VariableDeclaration' ? statementNames([head]) : [];
    }
    default:
      return [];
  }
}

/**
 * The names the snippet reads where no scope around the read declares them (reads of globals, of earlier snippets'
 * names, or of nothing), each with the line of its first such read, in line order. `bound`: plain-assignment targets.
 */
export function freeReads(program: Program, bound: readonly Target[]): { name: string; line: number }[] {
  const skip = new Set(bound.map((t) => t.node));
  const scopes = new WeakMap<AnyNode, ReadonlySet<string>>();
  const visible = (node: AnyNode) => scopes.get(node) ?? scopes.set(node, new Set(scopeNames(node))).get(node)!;
  const first = new Map<string, number>();
  const read = (n: AnyNode, around: readonly AnyNode[]) => {
    if (skip.has(n) || around.some((a) => a !== n && visible(a).has(n.name))) return;
    const line = n.loc?.start.line ?? 1;
    if (!first.has(n.name) || first.get(n.name)! > line) first.set(n.name, line);
  };
  ancestor(program, {
    Identifier: (n: AnyNode, _state: unknown, around: AnyNode[]) => read(n, around),
    // `x += 1` reads `x` first (the walker sees its target as a binding).
    AssignmentExpression: (n: AnyNode, _state: unknown, around: AnyNode[]) => {
      if (n.operator !== '=' && n.left.type === 'Identifier') read(n.left, around);
    },
  });
  return [...first].map(([name, line]) => ({ name, line })).sort((a, b) => a.line - b.line);
}

const makesClient = (n: AnyNode | null | undefined) =>
  n?.type === 'NewExpression' &&
  ((n.callee.type === 'Identifier' && n.callee.name === 'MilvusClient') ||
    (n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.property.name === 'MilvusClient'));

/**
 * The names the snippet gives a client of its own: any name made with `new MilvusClient(…)`, and any of `usual`
 * (the names pages give a client) declared at top level or assigned.
 */
export function clientNames(program: Program, usual: readonly string[]): string[] {
  const names = new Set<string>();
  for (const statement of program.body as AnyNode[])
    if (statement.type === 'VariableDeclaration')
      for (const d of statement.declarations) patternNames(d.id, []).forEach((n) => usual.includes(n) && names.add(n));
  simple(program, {
    VariableDeclarator: (n: AnyNode) => {
      if (n.id.type === 'Identifier' && makesClient(n.init)) names.add(n.id.name);
    },
    AssignmentExpression: (n: AnyNode) => {
      if (n.operator === '=' && n.left.type === 'Identifier' && (usual.includes(n.left.name) || makesClient(n.right))) names.add(n.left.name);
    },
  });
  return [...names];
}

/** The same for a snippet that does not parse, read from its text (so a broken snippet's client still counts). */
export function clientNamesByText(code: string, usual: readonly string[]): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/(?<![\w$.])([\w$]+)\s*=\s*new\s+(?:[\w$]+\.)?MilvusClient\s*\(/g)) names.add(m[1]!);
  for (const name of usual) if (new RegExp(`(?:\\b(?:const|let|var)\\s+|(?<![\\w$.]))${name}\\s*=(?![=>])`).test(code)) names.add(name);
  return [...names];
}
