import { ts } from '../typescript';
import { findProperty, hasOpaqueMembers, insertPropertyEdits, propertyName, propertyValue, removePropertyEdit } from '../ast/objectEdits';
import { memberKey, type FileScope } from '../ast/scope';
import { removeStatementEdit } from '../ast/statementEdits';
import { outsideWrappers, skipWrappers } from '../ast/wrappers';
import type { TextEdit } from '../types';
import { calledFunction } from '../values/sources';

/** One option of a request's options object, wherever it is set. */
export interface OptionMember {
  key: string;
  /** The value the request sees: the last one set. */
  value: ts.Expression;
  /** The property (`key: value`) or the assignment (`options.key = value`) that sets that value. */
  node: ts.Node;
  /** Edits that delete every place the member is set (the literal's property and each assignment). */
  remove(): TextEdit[];
  /** Edits that rename it (`form` → `qs`) everywhere it is set, or undefined when the new key is taken. */
  rename(newKey: string): TextEdit[] | undefined;
}

interface MemberWrite {
  key: string;
  assignment: ts.BinaryExpression;
  /** The `options.key` (or `options['key']`) access written to. */
  target: ts.PropertyAccessExpression | ts.ElementAccessExpression;
  statement: ts.ExpressionStatement;
}

/**
 * A request's options as the request sees them: an object literal, and the assignments that fill it in
 * afterwards (`const req = {}; req.uri = …; req.headers = {…}`, `options.headers['Metadata'] = 'true'`),
 * followed through a const or a function or method that builds and returns it
 * (`const options = this.prepareRequestOptions()`). `problems` says what the tool cannot follow (a spread,
 * a member set conditionally, the object handed to other code); the request is then left to a person.
 */
export class OptionsObject {
  readonly problems: string[] = [];
  private readonly writes: MemberWrite[] = [];
  /** Members removed by the rewrite: a property added later is anchored after the last one that stays. */
  private readonly removed = new Set<ts.Node>();

  /** Object literals spread into this one from consts that nothing else reads (`{ ...defaults, params }`), in order. */
  private readonly spreadLiterals: ts.ObjectLiteralExpression[] = [];

  private constructor(
    readonly literal: ts.ObjectLiteralExpression,
    readonly scope: FileScope,
  ) {
    for (const property of literal.properties) {
      if (ts.isSpreadAssignment(property)) {
        const spread = spreadLiteralOf(property, literal, scope);
        if (typeof spread === 'string') this.problems.push(spread);
        else this.spreadLiterals.push(spread);
      } else if (propertyName(property) === undefined) this.problems.push('its options are set through a computed key');
    }
  }

  /** The options object an expression holds, or undefined when it is not one the tool can follow. */
  static of(expression: ts.Expression | undefined, scope: FileScope): OptionsObject | undefined {
    if (!expression) return undefined;
    return build(expression, scope, 0);
  }

  /** A nested options object (`headers`): the member's object literal and the writes into it. */
  nested(key: string, caseInsensitive = false): OptionsObject | undefined {
    const member = this.member(key, caseInsensitive);
    if (!member) return undefined;
    const value = skipWrappers(member.value);
    let literal: ts.ObjectLiteralExpression | undefined;
    if (ts.isObjectLiteralExpression(value)) literal = value;
    else if (ts.isNewExpression(value) && ts.isIdentifier(value.expression) && value.expression.text === 'Headers') {
      const init = value.arguments?.[0] ? skipWrappers(value.arguments[0]) : undefined;
      if (init && ts.isObjectLiteralExpression(init)) literal = init;
    }
    if (!literal) {
      const built = build(value, this.scope, 1);
      return built;
    }
    const nested = new OptionsObject(literal, this.scope);
    // `options.headers['Metadata'] = 'true'` writes into the nested object through the outer one.
    for (const inner of this.innerWrites(member.key)) nested.addWrite(inner);
    nested.problems.push(...this.problems.filter((problem) => problem.startsWith('its options are set')));
    return nested;
  }

  member(key: string, caseInsensitive = false): OptionMember | undefined {
    const matches = (name: string | undefined) =>
      name !== undefined && (caseInsensitive ? name.toLowerCase() === key.toLowerCase() : name === key);
    const isMatch = (candidate: ts.ObjectLiteralElementLike): candidate is ts.PropertyAssignment | ts.ShorthandPropertyAssignment =>
      (ts.isPropertyAssignment(candidate) || ts.isShorthandPropertyAssignment(candidate)) && matches(propertyName(candidate));
    // Own properties come after the spreads (spreadLiteralOf checks it), so they win; then the last spread that sets it.
    let holder = this.literal;
    let property = this.literal.properties.find(isMatch);
    for (const spread of this.spreadLiterals) {
      if (property && holder === this.literal) break;
      const found = spread.properties.find(isMatch);
      if (found) [holder, property] = [spread, found];
    }
    const writes = this.writes.filter((write) => matches(write.key));
    if (!property && writes.length === 0) return undefined;
    const last = writes[writes.length - 1];
    const name = property ? propertyName(property)! : last.key;
    return {
      key: name,
      value: last ? last.assignment.right : propertyValue(property!),
      node: last ? last.statement : property!,
      remove: () => {
        const edits: TextEdit[] = [];
        if (property) {
          this.removed.add(property);
          edits.push(removePropertyEdit(holder, property));
        }
        for (const write of writes) edits.push(removeStatementEdit(write.statement, write.statement.getSourceFile().text));
        return edits;
      },
      rename: (newKey) => {
        if (this.member(newKey)) return undefined;
        const edits: TextEdit[] = [];
        if (property) edits.push(renameProperty(property, newKey));
        for (const write of writes) edits.push(renameAccess(write.target, newKey));
        return edits;
      },
    };
  }

  /** Every member set, by key, in the order first set. */
  memberKeys(): string[] {
    const keys: string[] = [];
    for (const property of [...this.spreadLiterals.flatMap((spread) => spread.properties), ...this.literal.properties]) {
      const name = propertyName(property);
      if (name !== undefined && !keys.includes(name)) keys.push(name);
    }
    for (const write of this.writes) if (!keys.includes(write.key)) keys.push(write.key);
    return keys;
  }

  /** Edits that add properties to the object literal, after the last property the rewrite keeps. */
  insert(propertyTexts: string[]): TextEdit[] {
    if (propertyTexts.length === 0) return [];
    return insertPropertyEdits(this.literal, propertyTexts, this.removed);
  }

  /** True when a property of this name is in the literal itself (not only assigned later). */
  hasLiteralProperty(key: string): boolean {
    return [this.literal, ...this.spreadLiterals].some((literal) => findProperty(literal, key) !== undefined);
  }

  private addWrite(write: MemberWrite): void {
    this.writes.push(write);
  }

  /** Writes two levels deep (`options.headers.Metadata = …`) recorded for a nested member. */
  private innerWrites(key: string): MemberWrite[] {
    return this.deepWrites.filter((entry) => entry.outerKey === key).map((entry) => entry.write);
  }

  private readonly deepWrites: Array<{ outerKey: string; write: MemberWrite }> = [];

  /**
   * Records the assignments to members of the variable `declaration` that holds this object: those in
   * the block that declares it, after it, run unconditionally. Anything else done to the variable (a
   * conditional assignment, the object passed to other code) is a problem, unless `isUse` accepts it.
   */
  collectWrites(declaration: ts.VariableDeclaration, isUse: (reference: ts.Identifier) => boolean): void {
    const block = declaration.parent?.parent?.parent;
    for (const reference of this.scope.referencesOf(declaration)) {
      if (isUse(reference)) continue;
      // `options!.headers`, `(options as Options).headers`: type-only wrappers do not change what is written.
      const { parent: access, child: receiver } = outsideWrappers(reference);
      if (!(ts.isPropertyAccessExpression(access) || ts.isElementAccessExpression(access)) || access.expression !== receiver) {
        this.problems.push(`its options are handed to other code on line ${lineOf(reference)}, where the tool cannot follow them`);
        continue;
      }
      const key = memberKey(access);
      const parent = access.parent;
      if (key === undefined) {
        if (isWriteTarget(access)) this.problems.push(`its options are set through a computed key on line ${lineOf(reference)}`);
        continue;
      }
      if (isAssignment(parent, access)) {
        const statement = parent.parent;
        if (!ts.isExpressionStatement(statement) || statement.parent !== block || parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken) {
          this.problems.push(`its options are set conditionally or in another way on line ${lineOf(reference)}`);
          continue;
        }
        this.writes.push({ key, assignment: parent, target: access, statement });
        continue;
      }
      // `options.headers['Metadata'] = 'true'`: a write into a nested object.
      const { parent: outer, child: inner } = outsideWrappers(access);
      if ((ts.isPropertyAccessExpression(outer) || ts.isElementAccessExpression(outer)) && outer.expression === inner) {
        const innerKey = memberKey(outer);
        if (innerKey !== undefined && isAssignment(outer.parent, outer)) {
          const statement = outer.parent.parent;
          if (
            !ts.isExpressionStatement(statement) ||
            statement.parent !== block ||
            outer.parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken
          ) {
            this.problems.push(`its options are set conditionally or in another way on line ${lineOf(reference)}`);
            continue;
          }
          this.deepWrites.push({ outerKey: key, write: { key: innerKey, assignment: outer.parent, target: outer, statement } });
          continue;
        }
      }
      if (isWriteTarget(access)) this.problems.push(`its options are changed in a way the tool cannot follow on line ${lineOf(reference)}`);
    }
  }

  /** Makes an object whose literal is `literal` (for callers that build one themselves). */
  static fromLiteral(literal: ts.ObjectLiteralExpression, scope: FileScope): OptionsObject {
    return new OptionsObject(literal, scope);
  }
}

/**
 * The object literal that `...name` spreads into `literal`, when the tool can treat its members as the literal's
 * own: `name` is a const of this file, initialised with an object literal that has no spread or computed key of its
 * own, read nowhere else (its members may then be edited in place), and none of its keys is also set in `literal`
 * before the spread (which the spread would override). Otherwise why not.
 */
function spreadLiteralOf(
  spread: ts.SpreadAssignment,
  literal: ts.ObjectLiteralExpression,
  scope: FileScope,
): ts.ObjectLiteralExpression | string {
  const opaque = 'its options are spread from a value the tool cannot see';
  const name = skipWrappers(spread.expression);
  if (!ts.isIdentifier(name)) return opaque;
  const binding = scope.bindingOf(name);
  if (binding?.kind !== 'variable' || !binding.isConst || !binding.declaration.initializer) return opaque;
  const source = skipWrappers(binding.declaration.initializer);
  if (!ts.isObjectLiteralExpression(source) || hasOpaqueMembers(source)) return opaque;
  const statement = binding.declaration.parent.parent;
  if (ts.isVariableStatement(statement) && statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword))
    return `its options are spread from ${name.text}, which other modules can read`;
  const other = scope.referencesOf(binding.declaration).find((reference) => reference !== name);
  if (other) return `its options are spread from ${name.text}, which is also read on line ${lineOf(other)}`;
  const keys = new Set(source.properties.map(propertyName));
  const overridden = literal.properties.find((property) => property.end <= spread.pos && keys.has(propertyName(property)));
  if (overridden) return `its options set ${propertyName(overridden)} both before and in the spread of ${name.text}`;
  return source;
}

/** Follows an options expression to its literal, collecting the writes into it. */
function build(expression: ts.Expression, scope: FileScope, depth: number): OptionsObject | undefined {
  const node = skipWrappers(expression);
  if (ts.isObjectLiteralExpression(node)) return OptionsObject.fromLiteral(node, scope);
  if (depth > 4) return undefined;
  if (ts.isIdentifier(node)) {
    const binding = scope.bindingOf(node);
    if (binding?.kind !== 'variable' || !binding.declaration.initializer) return undefined;
    if (
      !binding.isConst &&
      scope
        .assignmentsOf(node.text)
        .some((assignment) => scope.bindingOf(assignment.left as ts.Identifier)?.declaration === binding.declaration)
    )
      return undefined;
    const inner = build(binding.declaration.initializer, scope, depth + 1);
    if (!inner) return undefined;
    const use = node;
    inner.collectWrites(binding.declaration, (reference) => reference === use || isReturned(reference));
    return inner;
  }
  if (ts.isCallExpression(node)) {
    // `this.prepareRequestOptions()`, `buildOptions()`: the object the function builds and returns.
    const called = calledFunction(node, scope);
    if (!called?.fn.body) return undefined;
    const returned = returnedExpressions(called.fn);
    if (returned.length !== 1) return undefined;
    return build(returned[0], called.scope, depth + 1);
  }
  return undefined;
}

function returnedExpressions(fn: ts.SignatureDeclaration & { body?: ts.ConciseBody }): ts.Expression[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return found;
}

function isReturned(reference: ts.Identifier): boolean {
  const { parent } = outsideWrappers(reference);
  return parent !== undefined && ts.isReturnStatement(parent);
}

function isAssignment(node: ts.Node, target: ts.Node): node is ts.BinaryExpression {
  return (
    ts.isBinaryExpression(node) &&
    node.left === target &&
    node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

function isWriteTarget(access: ts.Node): boolean {
  return isAssignment(access.parent, access) || ts.isDeleteExpression(access.parent);
}

function lineOf(node: ts.Node): number {
  return node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1;
}

function renameProperty(property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment, newKey: string): TextEdit {
  const name = property.name;
  if (ts.isShorthandPropertyAssignment(property))
    return { start: name.getStart(), end: name.getEnd(), text: `${newKey}: ${name.getText()}` };
  return { start: name.getStart(), end: name.getEnd(), text: newKey };
}

function renameAccess(target: ts.PropertyAccessExpression | ts.ElementAccessExpression, newKey: string): TextEdit {
  if (ts.isPropertyAccessExpression(target)) return { start: target.name.getStart(), end: target.name.getEnd(), text: newKey };
  const key = target.argumentExpression;
  return { start: key.getStart() + 1, end: key.getEnd() - 1, text: newKey };
}
