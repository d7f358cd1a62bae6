// Types for generate-tree.mjs, so the TypeScript tests can import the generator.

export interface PlantedFile {
  path: string;
  /** The legacy client style, the decoy kind or the near-miss kind. */
  variant: string;
}

export interface TreeManifest {
  generatorVersion: number;
  seed: number;
  fileCount: number;
  /** 'dense' for a candidate-dense tree (near misses planted); absent in manifests written before it existed. */
  density?: Density;
  legacy: PlantedFile[];
  decoys: PlantedFile[];
  nearMisses?: PlantedFile[];
}

export type Density = 'normal' | 'dense';

export interface PlannedFile {
  index: number;
  path: string;
  extension: string;
  targetBytes: number;
  kind: 'ordinary' | 'legacy' | 'decoy' | 'near-miss';
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
export function nearMissFileCount(fileCount: number, density?: Density): number;
export function planTree(options: { fileCount: number; seed?: number; density?: Density }): {
  entries: PlannedFile[];
  manifest: TreeManifest;
};
export function renderFile(entry: PlannedFile, seed?: number): string;
export function renderPackageJson(): string;
export function generateFiles(options: { fileCount: number; seed?: number; density?: Density }): Generator<GeneratedFile>;
export function generateTree(options: { fileCount: number; seed?: number; density?: Density }): {
  files: GeneratedFile[];
  manifest: TreeManifest;
};
