import { assembleFileResult } from '../../engine/fileResult';
import type { DraftFinding, FileResult } from '../../engine/types';
import { extensionFinding } from '../../extension/extensionFinding';
import { isManagedIdentityExtension, mayDeclareManagedIdentityExtension } from '../../extension/managedIdentityExtension';
import { scanBicep, type BicepToken } from './bicepTokens';

/** An object literal `{ ... }`: token indexes of its braces, and its direct `key: value` properties. */
interface BicepObject {
  open: number;
  close: number;
  strings: Map<string, string>;
  objects: Map<string, number>;
  /** Properties whose value is a bare identifier (`publisher: msiPublisher`): the identifier. */
  idents: Map<string, string>;
}

/** The Bicep kind's analyser: report-only findings (Bicep is not rewritten). Pure. */
export function analyseBicepFile(text: string, options: { filename: string }): FileResult {
  return assembleFileResult(text, options.filename, analyseBicep(text));
}

/**
 * Reports every Managed Identity extension in a Bicep file: an extension `resource` declaration, or a
 * scale set `extensionProfile.extensions` entry, with its line span. Report-only (no fix). Pure.
 */
export function analyseBicep(text: string): DraftFinding[] {
  if (!mayDeclareManagedIdentityExtension(text)) return [];
  const tokens = scanBicep(text);
  const objects = readObjects(tokens);
  const symbols = stringSymbols(tokens);
  const reported = new Set<number>();
  const findings: DraftFinding[] = [];
  for (const object of objects) {
    // A literal, or a `var`/`param` whose value (default) is a literal: `var msiPublisher = 'Microsoft.ManagedIdentity'`.
    const via: string[] = [];
    const field = (key: string): string | undefined => {
      const literal = object.strings.get(key);
      if (literal !== undefined) return literal;
      const symbol = object.idents.get(key);
      const value = symbol === undefined ? undefined : symbols.get(symbol);
      if (value !== undefined) via.push(`${key} from '${symbol}'`);
      return value;
    };
    const publisher = field('publisher');
    const extensionType = field('type');
    if (!isManagedIdentityExtension(publisher, extensionType)) continue;
    // `properties: { publisher, type }` inside a resource body or a profile entry: report the outer object.
    const owner = objects.find((candidate) => candidate.objects.get('properties') === object.open) ?? object;
    if (reported.has(owner.open)) continue;
    reported.add(owner.open);
    const declaration = resourceKeywordBefore(tokens, owner.open);
    const start = declaration !== undefined ? tokens[declaration].start : tokens[owner.open].start;
    const end = tokens[owner.close]?.end ?? text.length;
    const what =
      declaration !== undefined
        ? `resource '${tokens[declaration + 1]?.text ?? '?'}'`
        : `extension entry '${owner.strings.get('name') ?? '?'}'`;
    findings.push(
      extensionFinding(
        start,
        end,
        `Deploys the retired Managed Identity VM extension: ${what} (Microsoft.ManagedIdentity/${extensionType}` +
          `${via.length > 0 ? `, ${via.join(', ')}` : ''}). ` +
          `Delete it and every dependsOn/reference to it, keep the VM's identity. Reported only: Bicep is not rewritten.`,
      ),
    );
  }
  return findings;
}

/** Every object literal in the token stream, with its direct string- and object-valued properties. */
function readObjects(tokens: readonly BicepToken[]): BicepObject[] {
  const objects: BicepObject[] = [];
  const stack: Array<{ index: number; object?: BicepObject }> = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'punct') return;
    if (token.text === '{') {
      const object: BicepObject = {
        open: index,
        close: tokens.length - 1,
        strings: new Map(),
        objects: new Map(),
        idents: new Map(),
      };
      objects.push(object);
      stack.push({ index, object });
    } else if (token.text === '[' || token.text === '(') {
      stack.push({ index });
    } else if (token.text === '}' || token.text === ']' || token.text === ')') {
      const top = stack.pop();
      if (top?.object) top.object.close = index;
    } else if (token.text === ':') {
      const owner = stack[stack.length - 1]?.object;
      const key = tokens[index - 1];
      const before = tokens[index - 2];
      const startsProperty = !before || before.kind === 'newline' || before.text === '{' || before.text === ',';
      if (!owner || !key || (key.kind !== 'ident' && key.kind !== 'string') || !startsProperty) return;
      const name = key.kind === 'ident' ? key.text : key.value;
      const value = tokens[index + 1];
      if (name === undefined || !value) return;
      if (value.kind === 'string' && value.value !== undefined) owner.strings.set(name, value.value);
      if (value.kind === 'punct' && value.text === '{') owner.objects.set(name, index + 1);
      const after = tokens[index + 2];
      if (value.kind === 'ident' && (!after || after.kind === 'newline' || after.text === ',' || after.text === '}')) {
        owner.idents.set(name, value.text);
      }
    }
  });
  return objects;
}

/**
 * Top-level `var name = '…'` and `param name type = '…'` declarations whose value (default) is a plain string.
 */
function stringSymbols(tokens: readonly BicepToken[]): Map<string, string> {
  const symbols = new Map<string, string>();
  tokens.forEach((token, index) => {
    const before = tokens[index - 1];
    if (token.kind !== 'ident' || (before && before.kind !== 'newline')) return;
    const name = tokens[index + 1];
    const equals = token.text === 'var' ? 2 : token.text === 'param' ? 3 : 0;
    const value = tokens[index + equals + 1];
    if (equals === 0 || name?.kind !== 'ident' || tokens[index + equals]?.text !== '=' || value?.kind !== 'string') return;
    const end = tokens[index + equals + 2];
    if (value.value !== undefined && (!end || end.kind === 'newline')) symbols.set(name.text, value.value);
  });
  return symbols;
}

/** Index of the `resource` keyword whose declaration body opens at `open` (same line, `= if (...)`, `[for ...:`). */
function resourceKeywordBefore(tokens: readonly BicepToken[], open: number): number | undefined {
  let depth = 0;
  for (let k = open - 1; k >= 0; k--) {
    const token = tokens[k];
    if (token.kind === 'newline' && depth === 0) return undefined;
    if (token.kind === 'punct' && (token.text === ')' || token.text === ']' || token.text === '}')) depth++;
    else if (token.kind === 'punct' && (token.text === '(' || token.text === '[' || token.text === '{')) {
      if (depth === 0 && token.text !== '[') return undefined;
      if (depth > 0) depth--;
    } else if (depth === 0 && token.kind === 'ident' && token.text === 'resource' && tokens[k + 1]?.kind === 'ident') {
      return k;
    }
  }
  return undefined;
}
