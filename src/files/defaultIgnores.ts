/** Directory names never scanned: dependencies, build output, vendored code and VCS metadata. */
export const IGNORED_DIRECTORY_NAMES: readonly string[] = ['node_modules', 'dist', 'build', 'vendor', 'coverage', '.git'];

/** The same rules as glob `ignore` patterns, for glob arguments (tinyglobby). */
export const IGNORED_GLOBS: readonly string[] = [...IGNORED_DIRECTORY_NAMES.map((name) => `**/${name}/**`), '**/*.min.{js,mjs,cjs}'];

const MINIFIED_NAME = /\.min\.[cm]?js$/i;

/**
 * True when a path (relative to the root it was found under, `/`-separated) lies in an ignored
 * directory or names a minified bundle. Leading `..` segments are not judged.
 */
export function isIgnoredByDefault(relativePath: string): boolean {
  const segments = relativePath.split('/').filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
  const fileName = segments.pop() ?? '';
  if (MINIFIED_NAME.test(fileName)) return true;
  return segments.some((segment) => IGNORED_DIRECTORY_NAMES.includes(segment));
}

const IGNORED_DIRECTORY_IN_PATH = new RegExp(`(?:^|/)(?:${IGNORED_DIRECTORY_NAMES.map((name) => name.replace(/\./g, '\\.')).join('|')})/`);

/**
 * isIgnoredByDefault for a clean relative path (no `.`, `..` or empty segments, as git prints them):
 * two regex tests instead of a split per file.
 */
export function isCleanPathIgnoredByDefault(relativePath: string): boolean {
  return IGNORED_DIRECTORY_IN_PATH.test(relativePath) || MINIFIED_NAME.test(relativePath);
}
