// Types for coverage.mjs.
import type { PlantedFile, TreeManifest } from './generate-tree.mjs';

export function plantedFilesMentioned(
  manifest: Pick<TreeManifest, 'legacy' | 'decoys'>,
  output: string,
): { legacyReported: number; legacyTotal: number; missedLegacy: PlantedFile[]; flaggedDecoys: PlantedFile[] };
