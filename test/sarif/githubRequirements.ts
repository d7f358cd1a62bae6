// What GitHub code scanning requires of an uploaded SARIF log beyond the JSON schema, from GitHub's
// "SARIF support for code scanning" reference (supported properties, "required" marks, upload limits)
// and from what `github/codeql-action/upload-sarif` does with locations (a relative URI is resolved
// against the repository checkout; any scheme other than file:// is ignored). Pure: a parsed log in,
// a list of problems out.

// Loose shapes of the parts we read; everything is optional because the input is untrusted.
interface Text {
  text?: unknown;
}
interface Rule {
  id?: unknown;
  name?: unknown;
  shortDescription?: Text;
  fullDescription?: Text;
  help?: Text;
  helpUri?: unknown;
  defaultConfiguration?: { level?: unknown };
  properties?: { tags?: unknown };
}
interface Region {
  startLine?: unknown;
  startColumn?: unknown;
  endLine?: unknown;
  endColumn?: unknown;
}
interface Location {
  physicalLocation?: { artifactLocation?: { uri?: unknown }; region?: Region };
}
interface Result {
  ruleId?: unknown;
  ruleIndex?: unknown;
  level?: unknown;
  message?: Text;
  locations?: Location[];
  partialFingerprints?: unknown;
}
interface Run {
  tool?: { driver?: { name?: unknown; rules?: Rule[] } };
  results?: Result[];
}
interface Log {
  $schema?: unknown;
  version?: unknown;
  runs?: Run[];
}

const LIMITS = { runs: 20, resultsPerRun: 25_000, rulesPerRun: 25_000, locationsPerResult: 10, tagsPerRule: 20 };
const LEVELS = ['none', 'note', 'warning', 'error'];
const RULE_LEVELS = ['note', 'warning', 'error'];

/** A required string: GitHub does not accept the empty string for required properties. */
function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isPositiveInteger(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1;
}

/** Why a location URI would not map onto a file of the repository (undefined: it would). */
export function repositoryUriProblem(uri: unknown): string | undefined {
  if (!isFilled(uri)) return 'is missing or empty';
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) return `"${uri}" is absolute; use a path relative to the repository root`;
  if (uri.startsWith('/')) return `"${uri}" starts with "/"`;
  if (uri.includes('\\')) return `"${uri}" contains a backslash; use "/"`;
  let decoded: string;
  try {
    decoded = decodeURIComponent(uri);
  } catch {
    return `"${uri}" is not a valid percent-encoded URI reference`;
  }
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.' || segment === '')) {
    return `"${uri}" has an empty, "." or ".." segment`;
  }
  return undefined;
}

function regionProblems(region: Region | undefined, where: string): string[] {
  if (!region) return [`${where}.region is missing`];
  const problems: string[] = [];
  for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) {
    if (!isPositiveInteger(region[key]))
      problems.push(`${where}.region.${key} must be an integer >= 1, got ${JSON.stringify(region[key])}`);
  }
  if (problems.length > 0) return problems;
  const { startLine, startColumn, endLine, endColumn } = region as Required<{ [K in keyof Region]: number }>;
  if (endLine < startLine || (endLine === startLine && endColumn < startColumn)) {
    problems.push(`${where}.region ends (${endLine}:${endColumn}) before it starts (${startLine}:${startColumn})`);
  }
  return problems;
}

function ruleProblems(rule: Rule, where: string): string[] {
  const problems: string[] = [];
  if (!isFilled(rule.id)) problems.push(`${where}.id is required`);
  if (rule.name !== undefined && (!isFilled(rule.name) || rule.name.length > 255)) problems.push(`${where}.name must be 1-255 characters`);
  const short = rule.shortDescription?.text;
  if (!isFilled(short) || short.length > 1024) problems.push(`${where}.shortDescription.text must be 1-1024 characters`);
  if (!isFilled(rule.helpUri) || !/^https:\/\/[^\s]+$/.test(rule.helpUri)) problems.push(`${where}.helpUri must be an absolute https URI`);
  if (!RULE_LEVELS.includes(rule.defaultConfiguration?.level as string)) {
    problems.push(`${where}.defaultConfiguration.level must be one of ${RULE_LEVELS.join(', ')}`);
  }
  const tags = rule.properties?.tags;
  if (tags !== undefined && (!Array.isArray(tags) || tags.length > LIMITS.tagsPerRule))
    problems.push(`${where}.properties.tags: at most ${LIMITS.tagsPerRule}`);
  return problems;
}

/** The rule texts GitHub marks required and shows next to every alert: `fullDescription.text`, `help.text`. */
export function ruleDocumentationProblems(log: unknown): string[] {
  const problems: string[] = [];
  ((log as Log).runs ?? []).forEach((run, runIndex) => {
    (run.tool?.driver?.rules ?? []).forEach((rule, ruleIndex) => {
      const where = `runs[${runIndex}].tool.driver.rules[${ruleIndex}] (${String(rule.id)})`;
      const full = rule.fullDescription?.text;
      if (!isFilled(full) || full.length > 1024) problems.push(`${where}.fullDescription.text must be 1-1024 characters`);
      if (!isFilled(rule.help?.text)) problems.push(`${where}.help.text is required`);
    });
  });
  return problems;
}

function resultProblems(result: Result, rules: Rule[], where: string): string[] {
  const problems: string[] = [];
  const ruleIds = rules.map((rule) => rule.id);
  if (!isFilled(result.ruleId)) problems.push(`${where}.ruleId is required (alerts are filtered by rule)`);
  else if (!ruleIds.includes(result.ruleId)) problems.push(`${where}.ruleId "${result.ruleId}" is not in tool.driver.rules`);
  if (result.ruleIndex !== undefined && (!Number.isInteger(result.ruleIndex) || ruleIds[result.ruleIndex as number] !== result.ruleId)) {
    problems.push(`${where}.ruleIndex ${JSON.stringify(result.ruleIndex)} does not point at rule "${String(result.ruleId)}"`);
  }
  if (!LEVELS.includes(result.level as string)) problems.push(`${where}.level must be one of ${LEVELS.join(', ')}`);
  if (!isFilled(result.message?.text)) problems.push(`${where}.message.text is required`);
  const locations = result.locations ?? [];
  if (locations.length < 1 || locations.length > LIMITS.locationsPerResult) {
    problems.push(`${where}.locations must hold 1-${LIMITS.locationsPerResult} locations, got ${locations.length}`);
  }
  locations.forEach((location, index) => {
    const at = `${where}.locations[${index}].physicalLocation`;
    if (!location.physicalLocation) {
      problems.push(`${at} is required`);
      return;
    }
    const uriProblem = repositoryUriProblem(location.physicalLocation.artifactLocation?.uri);
    if (uriProblem) problems.push(`${at}.artifactLocation.uri ${uriProblem}`);
    problems.push(...regionProblems(location.physicalLocation.region, at));
  });
  const fingerprints = result.partialFingerprints;
  if (
    fingerprints !== undefined &&
    (typeof fingerprints !== 'object' || fingerprints === null || Object.values(fingerprints).some((value) => typeof value !== 'string'))
  ) {
    problems.push(`${where}.partialFingerprints must map names to strings`);
  }
  return problems;
}

/** Every way `log` falls short of what GitHub code scanning requires (besides the rule texts above). */
export function githubCodeScanningProblems(log: unknown): string[] {
  const sarif = log as Log;
  const problems: string[] = [];
  if (!isFilled(sarif.$schema)) problems.push('$schema is required');
  if (sarif.version !== '2.1.0') problems.push(`version must be "2.1.0", got ${JSON.stringify(sarif.version)}`);
  if (!Array.isArray(sarif.runs) || sarif.runs.length < 1 || sarif.runs.length > LIMITS.runs) {
    problems.push(`runs must hold 1-${LIMITS.runs} runs`);
    return problems;
  }
  sarif.runs.forEach((run, runIndex) => {
    const where = `runs[${runIndex}]`;
    const driver = run.tool?.driver;
    if (!isFilled(driver?.name)) problems.push(`${where}.tool.driver.name is required`);
    const rules = driver?.rules;
    if (!Array.isArray(rules) || rules.length > LIMITS.rulesPerRun)
      problems.push(`${where}.tool.driver.rules must be an array of at most ${LIMITS.rulesPerRun} rules`);
    const ruleList = Array.isArray(rules) ? rules : [];
    ruleList.forEach((rule, index) => problems.push(...ruleProblems(rule, `${where}.tool.driver.rules[${index}]`)));
    const ids = ruleList.map((rule) => rule.id);
    if (new Set(ids).size !== ids.length) problems.push(`${where}.tool.driver.rules has duplicate ids`);
    if (!Array.isArray(run.results) || run.results.length > LIMITS.resultsPerRun) {
      problems.push(`${where}.results must be an array of at most ${LIMITS.resultsPerRun} results`);
      return;
    }
    run.results.forEach((result, index) => problems.push(...resultProblems(result, ruleList, `${where}.results[${index}]`)));
  });
  return problems;
}
