/** One installed package version found in a lockfile, with the text range of its version. */
export interface ResolvedPackage {
  name: string;
  version: string;
  start: number;
  end: number;
}
