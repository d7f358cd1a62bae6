export { migrateSource } from './engine/migrateSource';
export { analyseFile, mayContainPattern, isSupportedFile } from './analyseFile';
export type { AnalyseOptions } from './analyseFile';
export { applyEdits } from './engine/applyEdits';
export { DEFAULT_API_VERSION, IMDS_IDENTITY_API_VERSIONS, apiVersionProblem } from './engine/apiVersions';
export type { Finding, FileResult, MigrateOptions, RuleId, Severity, TextEdit, Position } from './engine/types';
