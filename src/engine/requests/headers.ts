import { ts } from '../typescript';
import { findProperty, propertyName, propertyValue, removePropertyEdit, insertPropertyEdits } from '../ast/objectEdits';
import { constInitializer, skipWrappers } from '../url/evaluate';
import type { FileScope } from '../ast/scope';
import type { TextEdit } from '../types';
import type { HeaderSlot } from './types';

const FORM_TYPE = /x-www-form-urlencoded|multipart\/form-data/i;

export interface HeaderPlan {
  edits: TextEdit[];
  /** True when the request already sent `Metadata: true`. */
  hadMetadata: boolean;
  /** Edits that add the missing `Metadata: true` header (empty when it was there). */
  metadataEdits: TextEdit[];
  problem?: string;
}

/** True when the slot visibly sends a `Metadata` header (any casing). */
export function slotHasMetadata(slot: HeaderSlot): boolean {
  if (slot.kind === 'object') return findProperty(slot.object, 'metadata', true) !== undefined;
  if (slot.kind === 'chain') return slot.names.some((entry) => entry.name.toLowerCase() === 'metadata');
  return false;
}

/**
 * Plans the header edits of a migrated request: `Metadata: true` added when missing, and, when the body
 * goes away, the form `Content-Type` and `Content-Length` removed.
 */
export function planHeaders(slot: HeaderSlot, bodyRemoved: boolean, quote: string): HeaderPlan {
  const hadMetadata = slotHasMetadata(slot);
  const edits: TextEdit[] = [];
  let metadataEdits: TextEdit[] = [];
  if (slot.kind === 'opaque') {
    // The extension required Metadata: true as IMDS does, so working legacy code sends it: headers the
    // tool cannot see are trusted for a GET; a POST whose form headers would have to go is left to a person.
    if (bodyRemoved)
      return {
        edits,
        hadMetadata: true,
        metadataEdits,
        problem: 'the request headers come from a value the tool cannot see, so it cannot remove the form Content-Type',
      };
    return { edits, hadMetadata: true, metadataEdits };
  }
  if (slot.kind === 'object') {
    if (slot.object.properties.some((p) => ts.isSpreadAssignment(p)) && !hadMetadata) {
      return { edits, hadMetadata, metadataEdits, problem: 'the request headers are spread from a value the tool cannot see' };
    }
    const removable = bodyRemoved ? slot.object.properties.filter((property) => isBodyHeader(property)) : [];
    const remaining = slot.object.properties.length - removable.length;
    for (const property of removable) edits.push(removePropertyEdit(slot.object, property));
    if (!hadMetadata) {
      if (remaining === 0) {
        // Every property goes: replace the whole inside of the object at once.
        edits.length = 0;
        metadataEdits = [{ start: slot.object.getStart() + 1, end: slot.object.getEnd() - 1, text: ` Metadata: ${quote}true${quote} ` }];
      } else {
        metadataEdits = insertPropertyEdits(slot.object, `Metadata: ${quote}true${quote}`);
      }
    }
  } else if (slot.kind === 'absent') {
    if (!hadMetadata) metadataEdits = slot.addHeaders(`{ Metadata: ${quote}true${quote} }`);
  } else if (slot.kind === 'chain') {
    if (bodyRemoved) {
      for (const entry of slot.names) {
        if (/^content-(type|length)$/i.test(entry.name)) edits.push(...slot.removeHeader(entry.call));
      }
    }
    if (!hadMetadata) metadataEdits = slot.addHeader('Metadata', 'true');
  }
  return { edits, hadMetadata, metadataEdits };
}

function isBodyHeader(property: ts.ObjectLiteralElementLike): boolean {
  if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) return false;
  const name = propertyName(property)?.toLowerCase();
  if (name === 'content-length') return true;
  if (name !== 'content-type') return false;
  const value = skipWrappers(propertyValue(property));
  return ts.isStringLiteralLike(value) && FORM_TYPE.test(value.text);
}

/** The object literal of `headers: {…}` or `headers: new Headers({…})`, or the slot for another shape. */
export function headerSlotOf(
  options: ts.ObjectLiteralExpression | undefined,
  addToOptions: (propertyText: string) => TextEdit[],
  key = 'headers',
  scope?: FileScope,
): HeaderSlot {
  const property = options ? findProperty(options, key) : undefined;
  if (!property) return { kind: 'absent', addHeaders: (headersText) => addToOptions(`${key}: ${headersText}`) };
  let value = skipWrappers(propertyValue(property));
  // `const headers = { Metadata: 'true' }; fetch(url, { headers })`: the object the const holds.
  if (scope && ts.isIdentifier(value)) value = skipWrappers(constInitializer(value, scope) ?? value);
  if (ts.isObjectLiteralExpression(value)) return { kind: 'object', object: value };
  if (ts.isNewExpression(value) && ts.isIdentifier(value.expression) && value.expression.text === 'Headers') {
    const init = value.arguments?.[0] ? skipWrappers(value.arguments[0]) : undefined;
    if (init && ts.isObjectLiteralExpression(init)) return { kind: 'object', object: init };
  }
  return { kind: 'opaque', node: value };
}

/**
 * The headers a request sends: its own, or, when only the client instance it goes through sends the
 * Metadata header (`axios.create({ headers })`, `got.extend({ headers })`), the instance's.
 */
export function requestOrInstanceHeaders(
  own: HeaderSlot,
  instanceConfig: ts.ObjectLiteralExpression | undefined,
  scope?: FileScope,
): HeaderSlot {
  if (!instanceConfig || slotHasMetadata(own)) return own;
  const instanceHeaders = headerSlotOf(instanceConfig, () => [], 'headers', scope);
  return slotHasMetadata(instanceHeaders) ? instanceHeaders : own;
}
