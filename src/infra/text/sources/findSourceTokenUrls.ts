import { enclosingDeclarationNames } from '../context/enclosingLines';
import type { TextLine } from '../regions/yamlLines';
import { formatArgumentsOf, placeholderExpression } from '../urls/formatArguments';
import { judgePortExpression, judgePortLiteral, unknownPort, type PortJudgement, type PortScope } from '../urls/judgePort';
import { speaksOfManagedIdentity } from '../urls/identityWords';
import { findLegacyUrlShapes, type HoleGrammar, type LegacyUrlShape } from '../urls/legacyUrlShapes';
import type { StringLiteral } from './scanSourceText';
import type { SourceLanguage } from './sourceLanguage';

/** How the port of a token URL in source code is written. */
export type SourcePortForm = 'literal' | 'interpolation' | 'format' | 'concatenation';

/** A loopback `/oauth2/token` URL in a string of a source file, with what is known of its port. */
export interface SourceTokenUrl {
  /** From `http` to the end of `/oauth2/token`. */
  start: number;
  end: number;
  /** The string the URL starts in. */
  literal: StringLiteral;
  form: SourcePortForm;
  judgement: PortJudgement;
  /** The port as written, for messages. */
  portText: string;
  /** The port as a reader would name it (`port`, `{0}`, `%d`, `EXTENSION_PORT`), for messages. */
  portLabel: string;
}

const GRAMMAR: Record<SourceLanguage, HoleGrammar> = {
  python: 'printf-and-braces',
  csharp: 'printf-and-braces',
  java: 'printf-and-braces',
  go: 'printf-and-braces',
  ruby: 'ruby',
};

const MI_NAME = /msi|managed_?identity|managedidentity/i;

/**
 * Every loopback token URL in the strings of `code` (comments blanked), however its port is written: a
 * literal, an interpolation hole (`f'{port}'`, `$"{port}"`, `"#{port}"`), a format placeholder filled by
 * `.format`, `%`, `String.format`, `string.Format` or `fmt.Sprintf`, or a concatenated operand. The port is
 * followed through the file's assignments (default parameter values included). Only URLs that are, or may
 * be, the extension's are returned: port 50342 possible, or any port with a `Metadata` header in the file,
 * or an unknown port in code that speaks of the managed identity (`msiPort`, `get_msi_token`, `MSI_PORT`).
 */
export function findSourceTokenUrls(
  code: string,
  literals: readonly StringLiteral[],
  language: SourceLanguage,
  lines: readonly TextLine[],
  mentionsMetadata: boolean,
): SourceTokenUrl[] {
  const scope: PortScope = { code, caseInsensitive: false };
  const fileSpeaksOfIdentity = speaksOfManagedIdentity(code);
  const found: SourceTokenUrl[] = [];
  for (const shape of findLegacyUrlShapes(code, GRAMMAR[language])) {
    const literal = literals.find((candidate) => candidate.contentStart <= shape.start && shape.start < candidate.contentEnd);
    if (!literal) continue;
    const { form, judgement } = judge(shape, literal, code, scope, language);
    const miContext =
      judgement.miNamed || fileSpeaksOfIdentity || enclosingDeclarationNames(code, lines, shape.start).some((name) => MI_NAME.test(name));
    const candidate = judgement.verdict === 'legacy' || mentionsMetadata || (judgement.verdict === 'unknown' && miContext);
    if (!candidate) continue;
    const portLabel = shape.port.kind === 'expression' ? shape.port.text.trim() : shape.portText.trim();
    found.push({ start: shape.start, end: shape.end, literal, form, judgement, portText: shape.portText, portLabel });
  }
  return found;
}

function judge(
  shape: LegacyUrlShape,
  literal: StringLiteral,
  code: string,
  scope: PortScope,
  language: SourceLanguage,
): { form: SourcePortForm; judgement: PortJudgement } {
  const { port } = shape;
  if (port.kind === 'literal') return { form: 'literal', judgement: judgePortLiteral(port.port) };
  if (port.kind === 'expression') {
    const interpolated = language === 'ruby' && port.text === shape.portText.slice(2, -1);
    return { form: interpolated ? 'interpolation' : 'concatenation', judgement: judgePortExpression(port.text, scope) };
  }
  if (literal.interpolated && (language === 'python' || language === 'csharp') && port.key !== '' && !/^\d+$/.test(port.key)) {
    return { form: 'interpolation', judgement: judgePortExpression(port.key, scope) };
  }
  const args = formatArgumentsOf(code, literal.start, literal.end);
  const content = code.slice(literal.contentStart, literal.contentEnd);
  const expression = args ? placeholderExpression(port, content, args) : undefined;
  if (expression === undefined) return { form: 'format', judgement: unknownPort(MI_NAME.test(content)) };
  return { form: 'format', judgement: judgePortExpression(expression, scope) };
}
