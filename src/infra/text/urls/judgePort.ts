import { LEGACY_DEFAULT_PORT } from '../legacyTokenUrl';
import { assignedExpressions } from './portAssignments';

/**
 * What a lexer can tell of a port: `legacy` when it is, or can be, 50342 (the extension's default);
 * `other` when every value found is another number; `unknown` otherwise. `miNamed` says whether the
 * value's names or sources mention the managed identity (`msiPort`, `MSI_PORT`, `managed_identity_port`).
 */
export interface PortJudgement {
  verdict: 'legacy' | 'other' | 'unknown';
  ports: string[];
  miNamed: boolean;
}

/** Where the judge looks up names: the file's code (comments blanked) and its naming rules. */
export interface PortScope {
  code: string;
  caseInsensitive: boolean;
}

const LEGACY_NUMBER = /(?<![\w.])50_?342(?![\w])/;
const WHOLE_NUMBER = /^\(?\s*['"]?(\d{1,5})['"]?\s*\)?;?$/;
const MI_WORDS = /msi|managed_?identity|managedidentity|managed identity/i;
const NOT_VALUES = new Set([
  'str',
  'int',
  'string',
  'String',
  'Integer',
  'Itoa',
  'strconv',
  'valueOf',
  'toString',
  'ToString',
  'to_s',
  'to_i',
  'Convert',
  'ToInt32',
  'parseInt',
  'new',
  'env',
  'ENV',
  'os',
  'environ',
  'getenv',
  'Getenv',
  'get',
  'fetch',
  'self',
  'this',
  'true',
  'false',
  'null',
  'nil',
  'None',
  'var',
  'int32',
  'final',
  'static',
]);

/** Judges a port written as an expression (`port`, `self.port`, `$msiPort`, `str(port)`, `MSI_PORT 50342`). */
export function judgePortExpression(expression: string, scope: PortScope): PortJudgement {
  const seen = new Set<string>();
  const ports = new Set<string>();
  let unknown = false;
  let miNamed = MI_WORDS.test(expression);

  const visit = (text: string, depth: number): void => {
    if (LEGACY_NUMBER.test(text)) {
      ports.add(LEGACY_DEFAULT_PORT);
      return;
    }
    const whole = WHOLE_NUMBER.exec(text.trim());
    if (whole) {
      ports.add(whole[1]);
      return;
    }
    const names = namesIn(text);
    if (names.length === 0 || depth > 3) {
      unknown = true;
      return;
    }
    for (const name of names) {
      const key = scope.caseInsensitive ? name.toLowerCase() : name;
      if (seen.has(key)) continue;
      seen.add(key);
      if (MI_WORDS.test(name)) miNamed = true;
      const values = assignedExpressions(scope.code, name, scope.caseInsensitive).filter((value) => !isSelfReference(value, name));
      if (values.length === 0) unknown = true;
      for (const value of values) {
        if (MI_WORDS.test(value)) miNamed = true;
        visit(value, depth + 1);
      }
    }
  };
  visit(expression, 0);
  const list = [...ports];
  const verdict = ports.has(LEGACY_DEFAULT_PORT) ? 'legacy' : unknown || list.length === 0 ? 'unknown' : 'other';
  return { verdict, ports: list, miNamed };
}

/** A literal port. */
export function judgePortLiteral(port: string): PortJudgement {
  return { verdict: port === LEGACY_DEFAULT_PORT ? 'legacy' : 'other', ports: [port], miNamed: false };
}

/** A port nobody can see (a placeholder filled elsewhere). */
export function unknownPort(miNamed: boolean): PortJudgement {
  return { verdict: 'unknown', ports: [], miNamed };
}

/** The names an expression reads, without called functions, keywords, or string contents. */
function namesIn(expression: string): string[] {
  const withoutStrings = expression.replace(/(["'])(?:\\.|(?!\1)[^\\])*\1/g, ' ');
  const names: string[] = [];
  for (const match of withoutStrings.matchAll(/[$@]?[A-Za-z_][\w]*(?::[A-Za-z_]\w*)?/g)) {
    const after = withoutStrings.slice(match.index + match[0].length).trimStart();
    if (after.startsWith('(') || after.startsWith('::')) continue;
    let name = match[0].replace(/^[$@]+/, '');
    if (/^(?:env|script|global|local):/i.test(name)) name = name.slice(name.indexOf(':') + 1);
    if (NOT_VALUES.has(name)) continue;
    names.push(name);
  }
  return [...new Set(names)];
}

/** `port = port || 50342` style lines hold the name itself: that part says nothing new, the rest still counts. */
function isSelfReference(value: string, name: string): boolean {
  return value.trim() === name || value.trim() === `$${name}`;
}
