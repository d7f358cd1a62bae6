import { ts } from '../typescript';
import { extensionFinding } from '../../extension/extensionFinding';
import { isManagedIdentityExtension, mayDeclareManagedIdentityExtension } from '../../extension/managedIdentityExtension';
import { removeListElements, type CommaFinder } from '../../extension/removeListElements';
import type { DraftFinding } from '../types';
import type { Step } from '../ledger';

/**
 * Finds object literals that provision the Managed Identity VM extension from application code (Azure SDK
 * `virtualMachineExtensions.beginCreateOrUpdate(..., {...})`, Pulumi `VirtualMachineExtension`, scale set
 * `extensions: [{...}]` entries): publisher `Microsoft.ManagedIdentity` with `typePropertiesType`, `virtualMachineExtensionType` or `type`
 * `ManagedIdentityExtensionFor…`, directly or under `properties`. An element of an `extensions: [...]`
 * array literal is removed with its comma; anything else is reported. Pure.
 */
export function detectExtensionProvisioning(sourceFile: ts.SourceFile, text: string): DraftFinding[] {
  if (!mayDeclareManagedIdentityExtension(text)) return [];
  const findings: DraftFinding[] = [];
  const removedByList = new Map<ts.ArrayLiteralExpression, Map<number, string>>();
  const seen = new Set<ts.Node>();

  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      // `virtualMachineExtensionType`: the name older azure-arm-compute releases gave the same field.
      const extensionType =
        stringProperty(node, 'typePropertiesType') ?? stringProperty(node, 'virtualMachineExtensionType') ?? stringProperty(node, 'type');
      if (isManagedIdentityExtension(stringProperty(node, 'publisher'), extensionType)) {
        const element = declaringObject(node);
        if (!seen.has(element)) {
          seen.add(element);
          const list = extensionsList(element);
          if (list) {
            const removed = removedByList.get(list) ?? new Map<number, string>();
            removed.set(list.elements.indexOf(element), extensionType!);
            removedByList.set(list, removed);
          } else {
            findings.push(reportOnly(sourceFile, element, extensionType!));
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);

  const commaAfter = tsCommaFinder(text, sourceFile.languageVariant);
  for (const [list, removed] of removedByList) {
    const elements = list.elements.map((element) => ({ start: element.getStart(sourceFile), end: element.end }));
    for (const run of removeListElements(text, elements, new Set(removed.keys()), commaAfter)) {
      for (let index = run.first; index <= run.last; index++) {
        const { start, end } = elements[index];
        findings.push(
          extensionFinding(
            start,
            end,
            `This extensions list deploys the retired Managed Identity VM extension ` +
              `(Microsoft.ManagedIdentity/${removed.get(index)}), which is not needed: tokens come from IMDS.`,
            // One run's edits delete all its elements; every finding of the run carries them (applyEdits
            // drops the duplicates), so each finding is fixable on its own.
            { edits: run.edits, description: 'removed from the list; the identity stays' },
          ),
        );
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** The string a property holds (`'…'`, `"…"` or a plain template), if any. */
function stringProperty(object: ts.ObjectLiteralExpression, name: string): string | undefined {
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = property.name;
    const keyText = ts.isIdentifier(key) || ts.isStringLiteralLike(key) ? key.text : undefined;
    if (keyText !== name) continue;
    const value = property.initializer;
    return ts.isStringLiteralLike(value) ? value.text : undefined;
  }
  return undefined;
}

/** `{ name, properties: { publisher, type } }` declares the extension as a whole: the outer object. */
function declaringObject(object: ts.ObjectLiteralExpression): ts.ObjectLiteralExpression {
  const parent = object.parent;
  if (
    ts.isPropertyAssignment(parent) &&
    (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name)) &&
    parent.name.text === 'properties' &&
    ts.isObjectLiteralExpression(parent.parent)
  ) {
    return parent.parent;
  }
  return object;
}

/** The `extensions: [ ... ]` array literal that holds `element` directly, if any. */
function extensionsList(element: ts.ObjectLiteralExpression): ts.ArrayLiteralExpression | undefined {
  const list = element.parent;
  if (!ts.isArrayLiteralExpression(list)) return undefined;
  const owner = list.parent;
  if (!ts.isPropertyAssignment(owner)) return undefined;
  const key = owner.name;
  return (ts.isIdentifier(key) || ts.isStringLiteral(key)) && key.text === 'extensions' ? list : undefined;
}

function reportOnly(sourceFile: ts.SourceFile, element: ts.ObjectLiteralExpression, extensionType: string): DraftFinding {
  const call = ts.isCallExpression(element.parent) || ts.isNewExpression(element.parent) ? element.parent : undefined;
  const node = call ?? element;
  const via = call ? ` via \`${call.expression.getText(sourceFile)}\`` : '';
  return extensionFinding(
    node.getStart(sourceFile),
    node.end,
    `Provisions the retired Managed Identity VM extension (Microsoft.ManagedIdentity/${extensionType})${via}: ` +
      `delete this ${call ? 'call' : 'object'} and whatever depends on it, keep the VM's identity. Reported only: ` +
      `removing code whose result may be used is not automatic.`,
  );
}

/** A CommaFinder over TypeScript text: the next token after an offset (skipping comments), if a comma. */
function tsCommaFinder(text: string, languageVariant: ts.LanguageVariant): CommaFinder {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, languageVariant, text);
  return (offset) => {
    scanner.resetTokenState(offset);
    return scanner.scan() === ts.SyntaxKind.CommaToken ? scanner.getTokenStart() : undefined;
  };
}

/** Step: application code that deploys the extension through an SDK (Azure SDK, Pulumi). */
export const reportExtensionProvisioning: Step = (ctx, ledger) => {
  ledger.findings.push(...detectExtensionProvisioning(ctx.sourceFile, ctx.text));
};
