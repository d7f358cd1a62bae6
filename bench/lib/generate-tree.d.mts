// Types for generate-tree.mjs, so the TypeScript tests can import the generator.

export interface PlantedFile {
  path: string;
  /** The legacy client style or the decoy kind. */
  variant: string;
}

export interface TreeManifest {
  generatorVersion: number;
  seed: number;
  fileCount: number;
  legacy: PlantedFile[];
  decoys: PlantedFile[];
}

export interface PlannedFile {
  index: number;
  path: string;
  extension: string;
  targetBytes: number;
  kind: 'ordinary' | 'legacy' | 'decoy';
  variant?: string;
}

export interface GeneratedFile {
  path: string;
  content: string;
}

export const GENERATOR_VERSION: number;
export const DEFAULT_SEED: number;
export function legacyFileCount(fileCount: number): number;
export function decoyFileCount(fileCount: number): number;
export function planTree(options: { fileCount: number; seed?: number }): { entries: PlannedFile[]; manifest: TreeManifest };
export function renderFile(entry: PlannedFile, seed?: number): string;
export function renderPackageJson(): string;
export function generateFiles(options: { fileCount: number; seed?: number }): Generator<GeneratedFile>;
export function generateTree(options: { fileCount: number; seed?: number }): { files: GeneratedFile[]; manifest: TreeManifest };
