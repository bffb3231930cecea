import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

// Parsers found by convention rather than listed by hand: every `parse*.ts` file under the given
// folders, and in each, every exported function. Those whose first parameter is a string and whose
// other parameters are optional are text parsers the generic fuzzer can feed; the rest must be
// explained (see the test), so a new parser is never silently left out.

/** An exported function of a parse file, as read from its syntax tree. */
export interface ParserExport {
  /** Repository-relative path of the file. */
  readonly file: string;
  readonly name: string;
  /** True when it takes one string and nothing else it requires. */
  readonly takesText: boolean;
}

const PARSE_FILE = /^parse[-a-z0-9]*\.ts$/;

/** Every parse*.ts file under `roots` (repository-relative), sorted. */
export function parseFiles(repoRoot: string, roots: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && e.name !== 'node_modules') walk(join(dir, e.name));
      else if (PARSE_FILE.test(e.name)) out.push(relative(repoRoot, join(dir, e.name)).split(sep).join('/'));
    }
  };
  for (const r of roots) walk(join(repoRoot, r));
  return out.sort();
}

/** The exported functions of one file. */
export function parserExports(repoRoot: string, file: string): ParserExport[] {
  const source = ts.createSourceFile(file, readFileSync(join(repoRoot, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: ParserExport[] = [];
  for (const st of source.statements) {
    const exported = ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isFunctionDeclaration(st) && st.name) out.push({ file, name: st.name.text, takesText: takesText(st.parameters) });
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const init = d.initializer;
        if (ts.isIdentifier(d.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) {
          out.push({ file, name: d.name.text, takesText: takesText(init.parameters) });
        }
      }
    }
  }
  return out;
}

function takesText(params: ts.NodeArray<ts.ParameterDeclaration>): boolean {
  const [first, ...rest] = params;
  if (!first || first.type?.kind !== ts.SyntaxKind.StringKeyword) return false;
  return rest.every((p) => p.questionToken !== undefined || p.initializer !== undefined);
}
