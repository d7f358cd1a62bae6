import { textFileKind } from './textFileKind';

/** Raw-text markers of everything src/infra/text reports (token URLs, provisioning, `--msi-port`). */
const CANDIDATE = /oauth2\/token|ManagedIdentity|-port\b|:50342\b/i;

/** True for the scripts, CI YAML, Dockerfiles, Markdown and non-JS sources src/infra/text reads. */
export function isTextInfraFile(filename: string): boolean {
  return textFileKind(filename) !== undefined;
}

/** Cheap raw-text scan: false means the text certainly holds nothing src/infra/text reports. */
export function textMayContainPattern(text: string): boolean {
  return CANDIDATE.test(text);
}

/** textMayContainPattern, for a file src/infra/text reads (false for any other file). */
export function textFileMayContainPattern(text: string, filename: string): boolean {
  return textFileKind(filename) !== undefined && textMayContainPattern(text);
}
