// The engine's parser: the TypeScript compiler API that ts-morph bundles (DESIGN.md), loaded from its
// own file. `require('ts-morph')` would also load ts-morph's Project layer and its dependencies, which
// the engine never uses: about 0.12 s more on every run that parses a file.
import compiler = require('@ts-morph/common/dist/typescript.js');

export { compiler as ts };
