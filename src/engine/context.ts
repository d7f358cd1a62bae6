import type { ts } from './typescript';
import type { FileScope } from './ast/scope';
import type { CloudShellContext } from './detectors/cloudShellContext';
import type { MigrateOptions } from './types';

/** What every step of one file shares: the parsed file, its scope index and the run's options. */
export interface EngineContext {
  sourceFile: ts.SourceFile;
  text: string;
  scope: FileScope;
  apiVersion: string;
  /** Quote character new string literals use: the file's own habit. */
  quote: string;
  /** What the file says about Cloud Shell and the other hosts that serve the extension's URL. */
  cloudShell: CloudShellContext;
  /** The legacy SDK versions the project's lockfile resolves (see MigrateOptions). */
  legacySdkVersions?: MigrateOptions['legacySdkVersions'];
  /** Edits importers need in this file (see MigrateOptions). */
  importedBy: NonNullable<MigrateOptions['importedBy']>;
}
