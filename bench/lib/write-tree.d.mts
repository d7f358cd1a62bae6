// Types for write-tree.mjs.
import type { TreeManifest } from './generate-tree.mjs';

export function readExistingManifest(directory: string, seed: number): (TreeManifest & { totalBytes: number }) | null;
export function ensureTree(options: {
  directory: string;
  fileCount: number;
  seed?: number;
  regenerate?: boolean;
  log?: (message: string) => void;
}): {
  manifest: TreeManifest & { totalBytes: number };
  generated: boolean;
  totalBytes: number;
};
