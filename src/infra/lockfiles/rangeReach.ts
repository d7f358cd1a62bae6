import { compareVersions, type Version } from './versions';

/**
 * Whether a package.json range admits versions below a boundary version (from `floor` on, when one is given) and
 * versions at/above it; `allowsUnderFloor` when it admits versions below `floor` too.
 */
export interface RangeReach {
  allowsBelow: boolean;
  allowsAtOrAbove: boolean;
  allowsUnderFloor?: boolean;
}

interface Interval {
  min: Version;
  minInclusive: boolean;
  max?: Version;
  maxInclusive: boolean;
}

/**
 * Which side of `boundary` an npm range reaches, or undefined for specs that are not version ranges
 * (dist-tags, git, file:, workspace:). Handles `||`, hyphen ranges, `^`, `~`, comparators and x-ranges.
 */
export function rangeReach(range: string, boundary: Version, floor?: Version): RangeReach | undefined {
  const spec = range.startsWith('npm:') ? range.slice(range.lastIndexOf('@') + 1) : range;
  const intervals: Interval[] = [];
  for (const set of spec.split('||')) {
    const interval = setInterval(set.trim());
    if (!interval) return undefined;
    if (!isEmpty(interval)) intervals.push(interval);
  }
  const reachesAbove = (interval: Interval, version: Version): boolean => {
    if (!interval.max) return true;
    const order = compareVersions(interval.max, version);
    return order > 0 || (order === 0 && interval.maxInclusive);
  };
  const reach: RangeReach = {
    allowsBelow: intervals.some(
      (interval) => compareVersions(interval.min, boundary) < 0 && (floor === undefined || reachesAbove(interval, floor)),
    ),
    allowsAtOrAbove: intervals.some((interval) => reachesAbove(interval, boundary)),
  };
  if (floor !== undefined) reach.allowsUnderFloor = intervals.some((interval) => compareVersions(interval.min, floor) < 0);
  return reach;
}

function isEmpty(interval: Interval): boolean {
  if (!interval.max) return false;
  const order = compareVersions(interval.min, interval.max);
  return order > 0 || (order === 0 && !(interval.minInclusive && interval.maxInclusive));
}

function setInterval(set: string): Interval | undefined {
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(set);
  const comparators = hyphen ? [`>=${hyphen[1]}`, `<=${hyphen[2]}`] : set === '' ? ['*'] : set.replace(/([<>=~^])\s+/g, '$1').split(/\s+/);
  let result: Interval = { min: [0, 0, 0], minInclusive: true, maxInclusive: false };
  for (const comparator of comparators) {
    const interval = comparatorInterval(comparator);
    if (!interval) return undefined;
    result = intersect(result, interval);
  }
  return result;
}

/** A partial version: the numbers given (`2`, `2.5`, `2.5.9`); `x`/`*` parts end it. */
function parsePartial(text: string): number[] | undefined {
  if (/^[*xX]?$/.test(text)) return [];
  const match = /^v?(\d+)(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:[-+].*)?$/.exec(text);
  if (!match) return undefined;
  const parts: number[] = [];
  for (const part of match.slice(1)) {
    if (part === undefined || /^[xX*]$/.test(part)) break;
    parts.push(Number(part));
  }
  return parts;
}

function floor(parts: number[]): Version {
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}

/** The first version above every version matching the partial (`2.5` → 2.6.0, `2` → 3.0.0). */
function ceiling(parts: number[]): Version | undefined {
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return [parts[0] + 1, 0, 0];
  if (parts.length === 2) return [parts[0], parts[1] + 1, 0];
  return [parts[0], parts[1], parts[2] + 1];
}

function comparatorInterval(comparator: string): Interval | undefined {
  const match = /^(\^|~>?|>=|<=|>|<|=)?(.*)$/.exec(comparator)!;
  const operator = match[1] ?? '';
  const parts = parsePartial(match[2]);
  if (!parts) return undefined;
  const low = floor(parts);
  const any: Interval = { min: [0, 0, 0], minInclusive: true, maxInclusive: false };
  switch (operator) {
    case '^': {
      const [major, minor, patch] = low;
      const max: Version | undefined =
        parts.length === 0
          ? undefined
          : major > 0 || parts.length === 1
            ? [major + 1, 0, 0]
            : minor > 0 || parts.length === 2
              ? [0, minor + 1, 0]
              : [0, 0, patch + 1];
      return { min: low, minInclusive: true, max, maxInclusive: false };
    }
    case '~':
    case '~>':
      return { min: low, minInclusive: true, max: parts.length >= 2 ? [low[0], low[1] + 1, 0] : ceiling(parts), maxInclusive: false };
    case '>=':
      return { ...any, min: low };
    case '>': {
      const above = ceiling(parts);
      return above ? { ...any, min: parts.length === 3 ? low : above, minInclusive: parts.length !== 3 } : { ...any, max: [0, 0, 0] };
    }
    case '<':
      return { ...any, max: low };
    case '<=':
      return parts.length === 3 ? { ...any, max: low, maxInclusive: true } : { ...any, max: ceiling(parts) };
    default:
      return { min: low, minInclusive: true, max: parts.length === 3 ? low : ceiling(parts), maxInclusive: parts.length === 3 };
  }
}

function intersect(a: Interval, b: Interval): Interval {
  const minOrder = compareVersions(a.min, b.min);
  const min = minOrder >= 0 ? a : b;
  let max: Interval = a;
  if (!a.max) max = b;
  else if (b.max) {
    const maxOrder = compareVersions(a.max, b.max);
    max = maxOrder < 0 || (maxOrder === 0 && !a.maxInclusive) ? a : b;
  }
  return {
    min: min.min,
    minInclusive: minOrder === 0 ? a.minInclusive && b.minInclusive : min.minInclusive,
    max: max.max,
    maxInclusive: max.maxInclusive,
  };
}
