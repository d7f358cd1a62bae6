/** A release version as [major, minor, patch]; pre-release and build tags are ignored. */
export type Version = readonly [number, number, number];

/** Parses `x.y.z` (a leading `v` or `=` and any `-pre`/`+build` tail allowed), or undefined. */
export function parseVersion(text: string): Version | undefined {
  const match = /^[v=]?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** Negative, zero or positive as `a` is lower than, equal to or higher than `b`. */
export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
