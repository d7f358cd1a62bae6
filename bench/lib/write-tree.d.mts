// Types for write-tree.mjs.
import type { Density, TreeManifest } from './generate-tree.mjs';

export function readExistingManifest(directory: string, seed: number, density?: Density): (TreeManifest & { totalBytes: number }) | null;
export function ensureTree(options: {
  directory: string;
  fileCount: number;
  seed?: number;
  density?: Density;
  regenerate?: boolean;
  log?: (message: string) => void;
}): {
  manifest: TreeManifest & { totalBytes: number };
  generated: boolean;
  totalBytes: number;
};
