import { ts } from '../typescript';
import { findProperty, hasOpaqueMembers, insertPropertyEdits, propertyValue, removePropertyEdit } from '../ast/objectEdits';
import type { EngineContext } from '../context';
import { constInitializer, skipWrappers } from '../url/evaluate';
import type { TextEdit } from '../types';
import { headerSlotOf } from './headers';
import type { BodyPart, HeaderSlot, RequestParts } from './types';

/** Rewrites a string-literal verb to GET in place, keeping its quotes and its case habit. */
export function methodToGet(literal: ts.StringLiteralLike): TextEdit[] {
  const get = literal.text === literal.text.toLowerCase() ? 'get' : 'GET';
  return [{ start: literal.getStart() + 1, end: literal.getEnd() - 1, text: get }];
}

/** The object literal an options argument is, directly or through a const in the same file. */
export function optionsObjectOf(expression: ts.Expression | undefined, ctx: EngineContext): ts.ObjectLiteralExpression | undefined {
  if (!expression) return undefined;
  const node = skipWrappers(expression);
  if (ts.isObjectLiteralExpression(node)) return node;
  if (ts.isIdentifier(node)) {
    const initializer = constInitializer(node, ctx.scope);
    if (initializer && ts.isObjectLiteralExpression(skipWrappers(initializer)))
      return skipWrappers(initializer) as ts.ObjectLiteralExpression;
  }
  return undefined;
}

export interface OptionsReading {
  method?: RequestParts['method'];
  body?: BodyPart;
  headers: HeaderSlot;
  hasTimeout: boolean;
  problems: string[];
}

export interface OptionsKeys {
  /** Property names that may carry the body, in order of preference. */
  bodyKeys: string[];
  /** Builds the move of an object body into the query, for clients that have one (`form` → `qs`). */
  moveObject?: (object: ts.ObjectLiteralExpression, property: ts.ObjectLiteralElementLike) => () => TextEdit[] | string;
  timeoutKeys?: string[];
}

/** Reads verb, body, headers and timeout off an options object literal (fetch init, axios config, …). */
export function readOptions(
  options: ts.ObjectLiteralExpression | undefined,
  keys: OptionsKeys,
  editor: OptionsEditor,
  ctx: EngineContext,
): OptionsReading {
  const addOptions = (propertyText: string) => editor.add(propertyText);
  const problems: string[] = [];
  const timeoutKeys = keys.timeoutKeys ?? ['timeout', 'signal'];
  if (!options) {
    return { headers: headerSlotOf(undefined, addOptions), hasTimeout: false, problems };
  }
  if (hasOpaqueMembers(options)) problems.push('its options are spread from a value the tool cannot see');
  let method: RequestParts['method'];
  const methodProperty = findProperty(options, 'method');
  if (methodProperty) {
    const value = skipWrappers(propertyValue(methodProperty));
    if (ts.isStringLiteralLike(value)) method = { value: value.text, toGet: () => methodToGet(value) };
    else problems.push('its verb is not a literal');
  }
  let body: BodyPart | undefined;
  for (const key of keys.bodyKeys) {
    const property = findProperty(options, key);
    if (!property) continue;
    body = {
      expression: propertyValue(property),
      remove: [removePropertyEdit(options, property)],
      moveObject: keys.moveObject?.(options, property),
    };
    break;
  }
  const hasTimeout = timeoutKeys.some((key) => findProperty(options, key) !== undefined);
  return { method, body, headers: headerSlotOf(options, addOptions, 'headers', ctx.scope), hasTimeout, problems };
}

/**
 * Collects the properties a rewrite adds to one options object (or to an options argument it creates),
 * so that several additions become one edit instead of colliding insertions.
 */
export class OptionsEditor {
  private readonly added: string[] = [];

  constructor(
    private readonly options: ts.ObjectLiteralExpression | undefined,
    /** The node after which a new options argument goes when there is none. */
    private readonly after: ts.Node,
  ) {}

  add(propertyText: string): TextEdit[] {
    this.added.push(propertyText);
    return [];
  }

  edits(): TextEdit[] {
    if (this.added.length === 0) return [];
    if (this.options) return insertPropertyEdits(this.options, this.added);
    return [{ start: this.after.getEnd(), end: this.after.getEnd(), text: `, { ${this.added.join(', ')} }` }];
  }
}
