// The floor of a pre-commit check of one legacy file: start Node, load the TypeScript compiler the
// engine parses with (plain require, no code cache) and parse the file once.
// Usage: node bench/lib/parse-one.cjs <file>
const fs = require('node:fs');
const ts = require('@ts-morph/common/dist/typescript.js');

const file = process.argv[2];
ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
