import ts from 'typescript';

// A syntax-tree gate for the house rule "every OS command goes through runCommand": it reads each
// source file with the TypeScript compiler's parser (no regex over text, so comments and strings
// never fool it) and reports
//   - child_process.exec / execSync anywhere (they run a shell; no allow marker can excuse them),
//   - a `shell` option that is not the literal `false`,
//   - spawn / spawnSync / execFile / execFileSync / fork outside the one sanctioned runner, unless
//     the line above carries a reviewed `// allow-spawn: <reason>` marker,
//   - spawnSync / execFileSync / execFile without a `timeout` option (their own kill switch; the
//     async spawn has none, so an allowed spawn must say in its reason how it is bounded),
//   - a command or an argument list built from strings: a template literal or `+` as the command,
//     `.split()` / `.join()` making the argument list, or one argument that glues several together
//     (static text with whitespace around an interpolation).

/** The one file allowed to spawn without a marker: it enforces a timeout and an output cap itself. */
export const SANCTIONED_RUNNER = 'diagnostics/platform/command.ts';

/** The comment that allows one direct spawn, with the reviewer's reason after the colon. */
export const ALLOW_MARKER = 'allow-spawn:';

/** A whole comment line that is a marker; a sentence that merely mentions the marker is not one. */
const MARKER_LINE = /^\/\/\s*allow-spawn:(.*)$/;

/** A reason shorter than this is not a reason. */
const MIN_REASON = 20;

/** One rule broken at one place. */
export interface CommandFinding {
  readonly file: string;
  readonly line: number;
  readonly rule: 'exec' | 'shell-option' | 'unreviewed-spawn' | 'no-timeout' | 'string-built-command' | 'stale-marker';
  readonly detail: string;
}

const CHILD_PROCESS = new Set(['child_process', 'node:child_process']);
const SHELL_RUNNERS = new Set(['exec', 'execSync']);
const SPAWNERS = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork']);
/** Runners that accept a `timeout` option and so must be given one. */
const NEEDS_TIMEOUT = new Set(['spawnSync', 'execFile', 'execFileSync']);

/** Scans one file's text; `file` is the repository-relative path used in findings. */
export function scanCommandSafety(file: string, text: string): CommandFinding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = text.split('\n');
  const findings: CommandFinding[] = [];
  const usedMarkers = new Set<number>();
  const named = new Map<string, string>(); // local name -> child_process export
  const namespaces = new Set<string>(); // local names bound to the whole module
  const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const report = (node: ts.Node, rule: CommandFinding['rule'], detail: string): void => {
    findings.push({ file, line: lineOf(node), rule, detail });
  };

  const bindImports = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && CHILD_PROCESS.has(node.moduleSpecifier.text)) {
      const clause = node.importClause;
      if (clause?.name) namespaces.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) named.set(el.name.text, (el.propertyName ?? el.name).text);
      }
    }
    // const cp = require('child_process'), const { spawn } = require('node:child_process'), await import(…)
    if (ts.isVariableDeclaration(node) && node.initializer && loadsChildProcess(node.initializer)) {
      if (ts.isIdentifier(node.name)) namespaces.add(node.name.text);
      else if (ts.isObjectBindingPattern(node.name)) {
        for (const el of node.name.elements) {
          if (!ts.isIdentifier(el.name)) continue;
          const imported = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : el.name.text;
          named.set(el.name.text, imported);
        }
      }
    }
    ts.forEachChild(node, bindImports);
  };
  bindImports(source);

  /** Which child_process function a call invokes, if any. */
  const calledRunner = (call: ts.CallExpression): string | null => {
    const callee = call.expression;
    if (ts.isIdentifier(callee)) return named.get(callee.text) ?? null;
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && namespaces.has(callee.expression.text)) return callee.name.text;
    return null;
  };

  /** The reviewed reason in the comment lines directly above `line` (1-based), if any. */
  const markerAbove = (line: number): number | null => {
    for (let i = line - 2; i >= 0; i--) {
      const l = (lines[i] ?? '').trim();
      if (!l.startsWith('//')) return null;
      const reason = MARKER_LINE.exec(l)?.[1];
      if (reason !== undefined) return reason.trim().length >= MIN_REASON ? i + 1 : null;
    }
    return null;
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && propName(node.name) === 'shell' && node.initializer.kind !== ts.SyntaxKind.FalseKeyword) {
      report(node, 'shell-option', `shell: ${node.initializer.getText(source)} (only the literal false is allowed)`);
    }
    if (ts.isShorthandPropertyAssignment(node) && node.name.text === 'shell') report(node, 'shell-option', 'shell passed as a variable');
    if (ts.isObjectLiteralExpression(node)) checkCommandSpec(node);
    if (ts.isCallExpression(node)) {
      const runner = calledRunner(node);
      if (runner !== null && SHELL_RUNNERS.has(runner)) report(node, 'exec', `child_process.${runner} runs a shell; use runCommand`);
      if (runner !== null && SPAWNERS.has(runner)) checkSpawn(node, runner);
    }
    ts.forEachChild(node, visit);
  };

  const checkSpawn = (call: ts.CallExpression, runner: string): void => {
    const [cmd, args, options] = call.arguments;
    if (cmd) checkCommandExpr(cmd, 'command');
    if (args) checkArgList(args);
    if (file !== SANCTIONED_RUNNER) {
      const marker = markerAbove(lineOf(call));
      if (marker === null) report(call, 'unreviewed-spawn', `${runner} outside ${SANCTIONED_RUNNER} without a "// ${ALLOW_MARKER} <reason>" line above it`);
      else usedMarkers.add(marker);
    }
    if (NEEDS_TIMEOUT.has(runner) && !(options && ts.isObjectLiteralExpression(options) && hasProp(options, 'timeout'))) {
      report(call, 'no-timeout', `${runner} without a timeout option in its options object`);
    }
  };

  // An object with both `cmd` and `args` is a CommandSpec on its way to runCommand.
  const checkCommandSpec = (obj: ts.ObjectLiteralExpression): void => {
    const cmd = propValue(obj, 'cmd');
    const args = propValue(obj, 'args');
    if (cmd === undefined || args === undefined) return;
    checkCommandExpr(cmd, 'cmd');
    checkArgList(args);
  };

  const checkCommandExpr = (expr: ts.Expression, what: string): void => {
    const e = unwrap(expr);
    if ((ts.isTemplateExpression(e) && e.templateSpans.length > 0) || isConcat(e)) {
      report(e, 'string-built-command', `${what} built from strings: ${e.getText(source)}`);
    }
  };

  const checkArgList = (expr: ts.Expression): void => {
    const e = unwrap(expr);
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ['split', 'join'].includes(e.expression.name.text)) {
      report(e, 'string-built-command', `argument list made with .${e.expression.name.text}(): ${e.getText(source)}`);
      return;
    }
    if (ts.isTemplateExpression(e) || isConcat(e) || ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) {
      report(e, 'string-built-command', `argument list given as one string: ${e.getText(source)}`);
      return;
    }
    if (!ts.isArrayLiteralExpression(e)) return;
    for (const el of e.elements) {
      const a = unwrap(ts.isSpreadElement(el) ? el.expression : el);
      if (ts.isSpreadElement(el) && ts.isCallExpression(a)) checkArgList(a);
      if (gluesArguments(a)) report(a, 'string-built-command', `one argument glues several together: ${a.getText(source)}`);
    }
  };

  visit(source);

  // A marker that excuses nothing is a stale review: say so, so allow-lists do not outlive their code.
  lines.forEach((l, i) => {
    if (MARKER_LINE.test(l.trim()) && !usedMarkers.has(i + 1)) {
      findings.push({ file, line: i + 1, rule: 'stale-marker', detail: `"${ALLOW_MARKER}" marker with no spawn below it (or a reason under ${MIN_REASON} characters)` });
    }
  });
  return findings;
}

/** Every allowed direct spawn in a file: where, and the reviewer's reason (for the gate's printout). */
export function allowedSpawns(file: string, text: string): { file: string; line: number; reason: string }[] {
  return text.split('\n').flatMap((l, i) => {
    const reason = MARKER_LINE.exec(l.trim())?.[1];
    return reason === undefined ? [] : [{ file, line: i + 1, reason: reason.trim() }];
  });
}

function loadsChildProcess(e: ts.Expression): boolean {
  const x = ts.isAwaitExpression(e) ? e.expression : e;
  if (!ts.isCallExpression(x)) return false;
  const isLoader = (ts.isIdentifier(x.expression) && x.expression.text === 'require') || x.expression.kind === ts.SyntaxKind.ImportKeyword;
  const [spec] = x.arguments;
  return isLoader && spec !== undefined && ts.isStringLiteral(spec) && CHILD_PROCESS.has(spec.text);
}

function propName(name: ts.PropertyName): string | null {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

function propValue(obj: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && propName(p.name) === key) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === key) return p.name;
  }
  return undefined;
}

function hasProp(obj: ts.ObjectLiteralExpression, key: string): boolean {
  return propValue(obj, key) !== undefined;
}

function unwrap(e: ts.Expression): ts.Expression {
  let x = e;
  while (ts.isParenthesizedExpression(x) || ts.isAsExpression(x) || ts.isSatisfiesExpression(x) || ts.isNonNullExpression(x)) x = x.expression;
  return x;
}

function isConcat(e: ts.Expression): boolean {
  return ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

/** `--port=${p}` is one argument; `-n ${count} ${host}` or `'-c ' + n` are several glued into one. */
function gluesArguments(e: ts.Expression): boolean {
  if (ts.isTemplateExpression(e)) {
    const parts = [e.head.text, ...e.templateSpans.map((s) => s.literal.text)];
    return parts.some((p) => /\s/.test(p));
  }
  if (isConcat(e) && ts.isBinaryExpression(e)) {
    const leaves: ts.Expression[] = [];
    const collect = (x: ts.Expression): void => {
      const u = unwrap(x);
      if (isConcat(u) && ts.isBinaryExpression(u)) {
        collect(u.left);
        collect(u.right);
      } else leaves.push(u);
    };
    collect(e);
    return leaves.some((l) => (ts.isStringLiteral(l) || ts.isNoSubstitutionTemplateLiteral(l)) && /\s/.test(l.text));
  }
  return false;
}
