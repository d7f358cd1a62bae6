// The TypeScript compiler that ts-morph bundles, loaded by path (see src/engine/typescript.ts). Its
// package declares the module as `export { ts }`, but the file itself exports the namespace.
declare module '@ts-morph/common/dist/typescript.js' {
  import { ts } from 'ts-morph';
  export = ts;
}
