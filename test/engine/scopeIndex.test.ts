// FileScope skips the scopes whose declared names (collectDeclaredNames) do not include the name looked
// up; that index restates declarationIn's cases, so it must never miss a name declarationIn finds.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileScope, collectDeclaredNames, declarationIn } from '../../src/engine/ast/scope';
import { parseSource } from '../../src/engine/parse';
import { ts } from '../../src/engine/typescript';

const ROOT = path.resolve(__dirname, '../..');

function sourcesUnder(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return /\.(?:[cm]?[jt]s|[jt]sx)$/.test(entry.name) ? [full] : [];
  });
}

/** Every way to declare a name that declarationIn knows, and some it does not. */
const EVERY_DECLARATION = `
import def, { named, other as renamed } from 'm1';
import * as space from 'm2';
import eq = require('m3');
const { a, b: { c }, d = 1, ...rest } = require('axios');
let [e, , f, ...g] = list;
var h = 1, i;
function fn(p, { q, r: [s] }, ...t) { const inner = 1; return function named2(u) { return u; }; }
class Klass { method(v) { return v; } }
const arrow = (w, [x2]) => w;
for (const y of ys) {} for (let z = 0; ; ) {} for (const key in obj) {}
try {} catch ({ message }) {}
switch (k) { case 1: const inCase = 1; break; default: let inDefault = 2; }
enum Colour { Red } namespace Space { export const inside = 1; }
`;

describe('the scope index', () => {
  const files = [
    ...sourcesUnder(path.join(ROOT, '__testfixtures__/engine')),
    ...sourcesUnder(path.join(ROOT, 'test/behaviour/cases')),
    ...sourcesUnder(path.join(ROOT, 'examples')),
  ];

  it.each([
    ['every-declaration.ts', EVERY_DECLARATION],
    ...files.map((file) => [path.relative(ROOT, file), fs.readFileSync(file, 'utf8')]),
  ])('never misses a name declarationIn finds: %s', (name, text) => {
    const { sourceFile } = parseSource(text, name);
    const names = new Set<string>();
    const scopes: ts.Node[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) names.add(node.text);
      scopes.push(node);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    let found = 0;
    for (const scope of scopes) {
      const declared = collectDeclaredNames(scope);
      for (const candidate of names) {
        if (!declarationIn(scope, candidate)) continue;
        found++;
        expect(declared.has(candidate), `${candidate} in ${ts.SyntaxKind[scope.kind]}`).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe('FileScope.forEachNode', () => {
  // The detectors go through this list instead of walking the tree again: it must meet exactly the nodes a
  // walk with ts.forEachChild from the file meets, in the same order, and skip a subtree the way a walk that
  // does not descend would.
  const walk = (sourceFile: ts.SourceFile, skip: (node: ts.Node) => boolean): ts.Node[] => {
    const met: ts.Node[] = [];
    const visit = (node: ts.Node): void => {
      met.push(node);
      if (!skip(node)) ts.forEachChild(node, visit);
    };
    ts.forEachChild(sourceFile, visit);
    return met;
  };
  const listed = (scope: FileScope, skip: (node: ts.Node) => boolean): ts.Node[] => {
    const met: ts.Node[] = [];
    scope.forEachNode((node) => {
      met.push(node);
      return skip(node) ? 'skip' : undefined;
    });
    return met;
  };
  const files = [...sourcesUnder(path.join(ROOT, '__testfixtures__/engine')), ...sourcesUnder(path.join(ROOT, 'test/behaviour/cases'))];

  it('meets every node of every engine fixture in walk order, and skips what a walk would not enter', () => {
    const skips: Array<(node: ts.Node) => boolean> = [
      () => false,
      (node) => ts.isObjectLiteralExpression(node) || ts.isTemplateExpression(node),
      (node) => ts.isCallExpression(node) || ts.isFunctionLike(node),
    ];
    expect(files.length).toBeGreaterThan(80);
    for (const file of files) {
      const { sourceFile } = parseSource(fs.readFileSync(file, 'utf8'), file.replace('.input.', '.'), false);
      const scope = new FileScope(sourceFile);
      for (const skip of skips) expect(listed(scope, skip), file).toEqual(walk(sourceFile, skip));
    }
  });

  it("ends the visit at 'stop'", () => {
    const scope = new FileScope(parseSource("const a = 'x'; const b = 'y'; const c = 'z';", 'a.ts').sourceFile);
    const met: string[] = [];
    scope.forEachNode((node) => {
      if (!ts.isStringLiteral(node)) return undefined;
      met.push(node.text);
      return met.length === 2 ? 'stop' : undefined;
    });
    expect(met).toEqual(['x', 'y']);
  });
});
