import { createTwoFilesPatch } from 'diff';
import type { Colors } from './colors';

/** A unified diff of one file's change, with `a/` and `b/` paths as git prints them. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
  // The library starts with a line of "=" and ends both header lines with a tab; git has neither.
  return patch
    .replace(/^=+\n/, '')
    .replace(/^(--- .*)\t\n/m, '$1\n')
    .replace(/^(\+\+\+ .*)\t\n/m, '$1\n');
}

/** Colours a unified diff for a terminal: headers bold, hunks cyan, removals red, additions green. */
export function colourDiff(diffText: string, colors: Colors): string {
  return diffText
    .split('\n')
    .map((line) => {
      if (line.startsWith('--- ') || line.startsWith('+++ ')) return colors.bold(line);
      if (line.startsWith('@@')) return colors.cyan(line);
      if (line.startsWith('-')) return colors.red(line);
      if (line.startsWith('+')) return colors.green(line);
      return line;
    })
    .join('\n');
}
