import type { ts } from './typescript';
import type { FileScope } from './ast/scope';

/** What every detector of one file shares: the parsed file, its scope index and the run's options. */
export interface EngineContext {
  sourceFile: ts.SourceFile;
  text: string;
  scope: FileScope;
  apiVersion: string;
  /** Quote character new string literals use: the file's own habit. */
  quote: string;
}
