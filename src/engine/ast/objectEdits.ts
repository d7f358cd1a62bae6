import { ts } from '../typescript';
import type { TextEdit } from '../types';

export type ObjectProperty = ts.PropertyAssignment | ts.ShorthandPropertyAssignment;

/** The name of a property as written (`a`, `'a'`, `"a"`, `['a']`), or undefined when computed. */
export function propertyName(property: ts.ObjectLiteralElementLike): string | undefined {
  const name = property.name;
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

/** The property named `name` (case-insensitive when asked), ignoring spreads and methods. */
export function findProperty(object: ts.ObjectLiteralExpression, name: string, caseInsensitive = false): ObjectProperty | undefined {
  const wanted = caseInsensitive ? name.toLowerCase() : name;
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
    const found = propertyName(property);
    if (found !== undefined && (caseInsensitive ? found.toLowerCase() : found) === wanted) return property;
  }
  return undefined;
}

/** True when the object has a spread or a computed key the engine cannot see through. */
export function hasOpaqueMembers(object: ts.ObjectLiteralExpression): boolean {
  return object.properties.some((property) => ts.isSpreadAssignment(property) || propertyName(property) === undefined);
}

/** The value expression of a property (`a: v` → v, shorthand `a` → the identifier a). */
export function propertyValue(property: ObjectProperty): ts.Expression {
  return ts.isPropertyAssignment(property) ? property.initializer : property.name;
}

/** The line break style of a file: CRLF when its first line break is one. */
export function eolOf(text: string): string {
  const index = text.indexOf('\n');
  return index > 0 && text[index - 1] === '\r' ? '\r\n' : '\n';
}

/** Deletes one property with its separator and, on a line of its own, its whole line. */
export function removePropertyEdit(object: ts.ObjectLiteralExpression, property: ts.ObjectLiteralElementLike): TextEdit {
  return removeListElementEdit(object.properties, property, object.getSourceFile().text);
}

/** Deletes one element of a comma-separated list (properties, arguments, array elements). */
export function removeListElementEdit(list: ts.NodeArray<ts.Node>, element: ts.Node, text: string): TextEdit {
  const index = list.indexOf(element);
  const start = element.getStart();
  const end = element.getEnd();
  const afterElement = skipSpaces(text, end);
  if (text[afterElement] === ',') {
    const afterComma = afterElement + 1;
    if (isAloneOnLine(text, start, afterComma)) {
      const stop = lineEnd(text, afterComma);
      return { start: lineStart(text, start), end: stop + lineBreakLength(text, stop), text: '' };
    }
    const next = skipSpaces(text, afterComma);
    // The last element on its line (`host: 'localhost', port: 50342,⏎`): the spaces before it go too.
    if (text[next] === '\n' || text[next] === '\r') {
      let before = start;
      while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
      return { start: before, end: afterComma, text: '' };
    }
    return { start, end: next, text: '' };
  }
  if (index > 0) return { start: list[index - 1].getEnd(), end, text: '' };
  if (isAloneOnLine(text, start, end)) {
    const stop = lineEnd(text, end);
    return { start: lineStart(text, start), end: stop + lineBreakLength(text, stop), text: '' };
  }
  return { start, end: skipSpaces(text, end), text: '' };
}

/**
 * Inserts `propertyText` as the last property, matching single- or multi-line layout and line endings.
 * Properties in `removed` are being deleted by other edits: the new ones go after the last that stays.
 */
export function insertPropertyEdits(
  object: ts.ObjectLiteralExpression,
  propertyTexts: string | string[],
  removed: ReadonlySet<ts.Node> = new Set(),
): TextEdit[] {
  const texts = Array.isArray(propertyTexts) ? propertyTexts : [propertyTexts];
  const propertyText = texts.join(', ');
  const text = object.getSourceFile().text;
  const properties = object.properties;
  const kept = properties.filter((property) => !removed.has(property));
  if (properties.length === 0) {
    return [{ start: object.getStart() + 1, end: object.getEnd() - 1, text: ` ${propertyText} ` }];
  }
  if (kept.length === 0) {
    // Every property goes: the new ones open the object, ahead of the deletions.
    return [{ start: object.getStart() + 1, end: object.getStart() + 1, text: ` ${propertyText},` }];
  }
  const last = kept[kept.length - 1];
  if (last !== properties[properties.length - 1]) {
    // The properties after this one are removed, with the separators around them: the new ones go right
    // after it, each with its own leading comma, whatever the deletions take.
    if (isSameLine(text, last.getStart(), properties[properties.length - 1].getEnd())) {
      return [{ start: last.getEnd(), end: last.getEnd(), text: `, ${propertyText}` }];
    }
    const indent = indentationAt(text, last.getStart());
    const eol = eolOf(text);
    return [{ start: last.getEnd(), end: last.getEnd(), text: texts.map((t) => `,${eol}${indent}${t}`).join('') }];
  }
  const trailingComma = properties.hasTrailingComma;
  const afterLast = trailingComma ? text.indexOf(',', last.getEnd()) + 1 : last.getEnd();
  const closeBrace = object.getEnd() - 1;
  const multiLine = !isSameLine(text, object.getStart(), last.getStart()) && !isSameLine(text, afterLast, closeBrace);
  if (multiLine) {
    const indent = indentationAt(text, last.getStart());
    const at = lineEnd(text, afterLast);
    const edits: TextEdit[] = [];
    if (!trailingComma) edits.push({ start: last.getEnd(), end: last.getEnd(), text: ',' });
    const eol = eolOf(text);
    edits.push({ start: at, end: at, text: texts.map((t) => `${eol}${indent}${t}`).join(',') + (trailingComma ? ',' : '') });
    return edits;
  }
  return [{ start: afterLast, end: afterLast, text: trailingComma ? ` ${propertyText},` : `, ${propertyText}` }];
}

function isAloneOnLine(text: string, start: number, end: number): boolean {
  const before = text.slice(lineStart(text, start), start);
  const after = skipSpaces(text, end);
  return /^[ \t]*$/.test(before) && (after >= text.length || text[after] === '\n' || text[after] === '\r');
}

function skipSpaces(text: string, index: number): number {
  let i = index;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function lineStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEnd(text: string, index: number): number {
  let i = index;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function lineBreakLength(text: string, index: number): number {
  if (text[index] === '\r' && text[index + 1] === '\n') return 2;
  return text[index] === '\n' || text[index] === '\r' ? 1 : 0;
}

function isSameLine(text: string, a: number, b: number): boolean {
  return !/[\r\n]/.test(text.slice(Math.min(a, b), Math.max(a, b)));
}

/** The leading whitespace of the line that holds `index`. */
export function indentationAt(text: string, index: number): string {
  const start = lineStart(text, index);
  return /^[ \t]*/.exec(text.slice(start, index))?.[0] ?? '';
}
