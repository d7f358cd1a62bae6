// Which planted files a command's output mentions: a sanity check that the timed run did real work
// (legacy files reported) and did not flag the decoys. Works for any output format that prints paths.

/** `{ legacyReported, legacyTotal, missedLegacy, flaggedDecoys }` for the manifest against `output`. */
export function plantedFilesMentioned(manifest, output) {
  const normalized = output.replace(/\\/g, '/');
  const mentions = (entry) => normalized.includes(entry.path);
  const missedLegacy = manifest.legacy.filter((entry) => !mentions(entry));
  return {
    legacyReported: manifest.legacy.length - missedLegacy.length,
    legacyTotal: manifest.legacy.length,
    missedLegacy,
    flaggedDecoys: manifest.decoys.filter(mentions),
  };
}
