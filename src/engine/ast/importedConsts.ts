import { ts } from '../typescript';
import { parseSource } from '../parse';
import type { ModuleHost } from '../types';
import { FileScope } from './scope';

export interface ExportedConst {
  initializer: ts.Expression;
  declaration: ts.VariableDeclaration;
  /** The scope of the module that declares it, for following its own consts. */
  scope: FileScope;
}

/**
 * Finds the const a relative import names (`import { MSI_URL } from './config'`) in the module the
 * host resolves, parsing each module once. Only `const` declarations count: their value is fixed.
 */
export class ImportedConsts {
  private readonly modules = new Map<string, FileScope | null>();

  constructor(private readonly host: ModuleHost) {}

  exportedConst(fromFilename: string, specifier: string, name: string): ExportedConst | undefined {
    if (!specifier.startsWith('.')) return undefined;
    const resolved = this.host.resolveImport(fromFilename, specifier);
    if (!resolved) return undefined;
    let scope = this.modules.get(resolved.filename);
    if (scope === undefined) {
      const { sourceFile, syntaxError } = parseSource(resolved.text, resolved.filename, false); // FileScope links the parents
      scope = syntaxError ? null : new FileScope(sourceFile, this);
      this.modules.set(resolved.filename, scope);
    }
    if (!scope) return undefined;
    const declaration = exportedDeclaration(scope.sourceFile, name);
    if (!declaration?.initializer) return undefined;
    return { initializer: declaration.initializer, declaration, scope };
  }
}

/** `export const name = …`, or `const local = …` exported as `export { local as name }`. */
function exportedDeclaration(sourceFile: ts.SourceFile, name: string): ts.VariableDeclaration | undefined {
  let localName = name;
  for (const statement of sourceFile.statements) {
    if (
      ts.isExportDeclaration(statement) &&
      !statement.moduleSpecifier &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) {
        if (element.name.text === name) localName = (element.propertyName ?? element.name).text;
      }
    }
  }
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || (statement.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
    const exported = statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name)) continue;
      if (
        (exported && declaration.name.text === name) ||
        (declaration.name.text === localName && localName !== name) ||
        (declaration.name.text === name && hasExportSpecifier(sourceFile, name))
      ) {
        return declaration;
      }
    }
  }
  return undefined;
}

function hasExportSpecifier(sourceFile: ts.SourceFile, name: string): boolean {
  return sourceFile.statements.some(
    (statement) =>
      ts.isExportDeclaration(statement) &&
      !statement.moduleSpecifier &&
      statement.exportClause !== undefined &&
      ts.isNamedExports(statement.exportClause) &&
      statement.exportClause.elements.some((element) => (element.propertyName ?? element.name).text === name),
  );
}
