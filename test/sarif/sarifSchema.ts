// The SARIF 2.1.0 JSON schema, as Microsoft's SARIF team publishes it on npm, compiled with ajv.
//
// @microsoft/jest-sarif ships `lib/schemas/sarif-2.1.0-rtm.5.json`: the schema of the 2.1.0 release
// candidate that OASIS adopted as the standard. Its definitions are the same as those of the final
// `sarif-schema-2.1.0.json` (only descriptions, the title, `id` and the draft-04 meta-schema differ),
// so it is validated with ajv's draft-04 class, exactly as published. We load the JSON file only, not
// the package's matchers.
import fs from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

export const SARIF_SCHEMA_FILE = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

/** The parsed schema file, unmodified. */
export function loadSarifSchema(): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(SARIF_SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
}

/** One schema violation, as ajv reports it: where, and what. */
export interface SchemaViolation {
  path: string;
  message: string;
}

/** Compiles the schema once; the returned function lists every violation of a parsed log (none: valid). */
export function compileSarifValidator(): (log: unknown) => SchemaViolation[] {
  const ajv = new AjvDraft04({
    allErrors: true,
    strict: true,
    // The schema's `anyOf: [{ required: ["index"] }, …]` names properties declared one level up: legal
    // JSON Schema, which ajv's strict mode only flags as unusual.
    strictRequired: false,
    // `run.language` has the pattern `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$` (also in the final
    // OASIS schema): a stray `]` that is a literal in classic regular expressions and an error under
    // the `u` flag ajv uses by default.
    unicodeRegExp: false,
  });
  // `uri`, `uri-reference` and `date-time` are checked, not ignored.
  addFormats(ajv);
  const validate = ajv.compile(loadSarifSchema());
  return (log) => {
    if (validate(log)) return [];
    return (validate.errors ?? []).map((error) => ({ path: error.instancePath || '/', message: error.message ?? error.keyword }));
  };
}
