// No dead code behind an export: every function, const, class and type that a file under src/ exports
// is used somewhere, in its own file or another (src, test, transforms, bench). A word search, not a
// type-checked reference search (a few seconds instead of half a minute), so it can only miss a dead
// export whose name happens to appear elsewhere, never report a live one.
import fs from 'node:fs';
import path from 'node:path';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

function filesUnder(dir: string, extensions: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : filesUnder(full, extensions);
    return extensions.test(entry.name) ? [full] : [];
  });
}

/** The names a file declares with `export` (re-exports and default exports are not declarations of its own). */
function exportedNames(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const names: string[] = [];
  for (const statement of source.statements) {
    const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
    const exported = modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
    if (!exported || isDefault) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
      }
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.push(statement.name.text);
    }
  }
  return names;
}

const sources = filesUnder(path.join(ROOT, 'src'), /\.ts$/);
const everyFile = [
  ...sources,
  ...filesUnder(path.join(ROOT, 'test'), /\.(?:ts|mts|mjs)$/),
  ...filesUnder(path.join(ROOT, 'transforms'), /\.ts$/),
  ...filesUnder(path.join(ROOT, 'bench'), /\.(?:mjs|cjs|ts)$/),
].filter((file) => !/[\\/](?:fixtures|cases|known-good|fixture-project)[\\/]/.test(file));
const texts = new Map(everyFile.map((file) => [file, fs.readFileSync(file, 'utf8')]));

function occurrences(text: string, name: string): number {
  return text.match(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))?.length ?? 0;
}

describe('exports of src/', () => {
  it('finds the exports of every source file', () => {
    const names = sources.flatMap(exportedNames);
    expect(names).toContain('assembleFileResult');
    expect(names).toContain('FileResult');
  });

  it('are each used somewhere: in their own file or another one', () => {
    const unused: string[] = [];
    for (const file of sources) {
      for (const name of exportedNames(file)) {
        if (occurrences(texts.get(file)!, name) > 1) continue;
        if ([...texts].some(([other, text]) => other !== file && occurrences(text, name) > 0)) continue;
        unused.push(`${path.relative(ROOT, file)}: ${name}`);
      }
    }
    expect(unused).toEqual([]);
  });
});
