import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface PackageMeta {
  name: string;
  version: string;
  homepage?: string;
}

const PACKAGE_NAME = 'mi-codemod';

/** name, version and homepage of this package, read from its package.json (found from src/ or dist/src/). */
export function readPackageMeta(fromDirectory: string = __dirname): PackageMeta {
  for (let directory = fromDirectory; ; directory = path.dirname(directory)) {
    const candidate = path.join(directory, 'package.json');
    if (existsSync(candidate)) {
      const manifest = JSON.parse(readFileSync(candidate, 'utf8')) as Partial<PackageMeta>;
      if (manifest.name === PACKAGE_NAME && typeof manifest.version === 'string') {
        return { name: manifest.name, version: manifest.version, homepage: manifest.homepage };
      }
    }
    if (path.dirname(directory) === directory) {
      throw new Error(`${PACKAGE_NAME}: cannot find its package.json above ${fromDirectory}`);
    }
  }
}
