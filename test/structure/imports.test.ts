// Which way the source's dependencies point, read from the import statements of every file under src/:
// the engine imports nothing from the edges (infrastructure formats, files, CLI, reporters), and the
// registry of file kinds, which the CLI loads on every run to scan every file, loads no analyser and no
// parser (each kind's analyser is imported dynamically, on first use).
import fs from 'node:fs';
import path from 'node:path';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');

interface ModuleImport {
  /** The specifier as written. */
  specifier: string;
  /** The file it resolves to (relative to the repository, forward slashes), for a relative specifier. */
  file?: string;
  /** Elided from the JavaScript: `import type`, or only type-qualified names. */
  typeOnly: boolean;
  /** An `import()` expression: loaded when it runs, not with the module. */
  dynamic: boolean;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function resolveRelative(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier).replace(/\.js$/, '');
  const file = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate));
  if (!file) throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${specifier}`);
  return path.relative(ROOT, file).split(path.sep).join('/');
}

function importsOf(file: string): ModuleImport[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: ModuleImport[] = [];
  const add = (specifier: string, typeOnly: boolean, dynamic: boolean) =>
    found.push({ specifier, file: resolveRelative(file, specifier), typeOnly, dynamic });
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node.moduleSpecifier.text, isTypeOnly(node), false);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) add(expression.text, node.isTypeOnly, false);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) add(argument.text, false, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const clause = node.exportClause;
    return (
      clause !== undefined &&
      ts.isNamedExports(clause) &&
      clause.elements.length > 0 &&
      clause.elements.every((element) => element.isTypeOnly)
    );
  }
  const clause = node.importClause;
  if (!clause) return false; // `import 'x'`: run for its effects
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return (
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

const files = sourceFiles(SRC);
const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

describe('layering', () => {
  it('reads the imports of every source file', () => {
    expect(files.length).toBeGreaterThan(100);
    const fileResultImports = importsOf(path.join(SRC, 'engine/migrateSource.ts')).map((entry) => entry.file);
    expect(fileResultImports).toContain('src/engine/fileResult.ts');
  });

  it('the engine imports nothing from src/infra, src/files, src/cli or src/reporters', () => {
    const edges = /^src\/(?:infra|files|cli|reporters)\//;
    const crossings = files
      .filter((file) => relative(file).startsWith('src/engine/'))
      .flatMap((file) => importsOf(file).map((entry) => `${relative(file)} -> ${entry.file ?? entry.specifier}`))
      .filter((edge) => edges.test(edge.split(' -> ')[1]));
    expect(crossings).toEqual([]);
  });

  it('what recognises the extension (src/extension) depends on nothing but the engine’s types', () => {
    const extension = files.filter((file) => relative(file).startsWith('src/extension/'));
    expect(extension.length).toBeGreaterThan(0);
    const imports = extension.flatMap((file) => importsOf(file).map((entry) => ({ ...entry, from: relative(file) })));
    expect(imports.filter((entry) => !(entry.typeOnly && entry.file === 'src/engine/types.ts'))).toEqual([]);
  });
});

describe('the registry of file kinds (src/fileKinds.ts)', () => {
  /** Every module loaded with `start`: its runtime imports, transitively (type-only and dynamic imports are not loaded). */
  function loadedWith(start: string): { modules: Set<string>; packages: Set<string>; dynamic: Set<string> } {
    const modules = new Set<string>();
    const packages = new Set<string>();
    const dynamic = new Set<string>();
    const visit = (file: string) => {
      if (modules.has(file)) return;
      modules.add(file);
      for (const entry of importsOf(path.join(ROOT, file))) {
        if (entry.typeOnly) continue;
        if (entry.dynamic) {
          if (entry.file) dynamic.add(entry.file);
        } else if (entry.file) visit(entry.file);
        else packages.add(entry.specifier);
      }
    };
    visit(start);
    return { modules, packages, dynamic };
  }

  it('loads no analyser and no parser: each kind’s analyser is imported on first use', () => {
    const { modules, packages, dynamic } = loadedWith('src/fileKinds.ts');
    expect([...packages].filter((name) => !name.startsWith('node:'))).toEqual([]);
    expect(dynamic).toContain('src/engine/migrateSource.ts');
    // JSON: ARM templates and configuration values, in one analyser.
    expect(dynamic).toContain('src/infra/text/config/index.ts');
    for (const analyser of dynamic) expect(modules.has(analyser)).toBe(false);
    expect([...modules].filter((file) => file === 'src/engine/typescript.ts' || file.startsWith('src/engine/fileResult'))).toEqual([]);
  });
});
