// How a lexer-level analysis reads a token URL's port in each language: where the port is written, what
// the file assigns to it, which format argument fills a placeholder. Pure functions on text.
import { describe, expect, it } from 'vitest';
import { scanSourceText } from '../../src/infra/text/sources/scanSourceText';
import { formatArgumentsOf, placeholderExpression } from '../../src/infra/text/urls/formatArguments';
import { judgePortExpression } from '../../src/infra/text/urls/judgePort';
import { findLegacyUrlShapes, type HoleGrammar } from '../../src/infra/text/urls/legacyUrlShapes';
import { assignedExpressions } from '../../src/infra/text/urls/portAssignments';

const portOf = (code: string, grammar: HoleGrammar) => findLegacyUrlShapes(code, grammar).map((shape) => shape.port);

describe('findLegacyUrlShapes', () => {
  it.each<[string, HoleGrammar, unknown]>([
    [`"http://localhost:50342/oauth2/token"`, 'printf-and-braces', { kind: 'literal', port: '50342' }],
    [`'http://localhost:{}/oauth2/token'.format(port)`, 'printf-and-braces', { kind: 'placeholder', key: '', raw: '{}' }],
    [`f'http://127.0.0.1:{self.port}/oauth2/token'`, 'printf-and-braces', { kind: 'placeholder', key: 'self.port', raw: '{self.port}' }],
    [`String.format("http://localhost:%d/oauth2/token", p)`, 'printf-and-braces', { kind: 'placeholder', key: '%', raw: '%d' }],
    [`'http://localhost:%(port)s/oauth2/token' % vars`, 'printf-and-braces', { kind: 'placeholder', key: 'port', raw: '%(port)s' }],
    [`"http://localhost:" + str(port) + "/oauth2/token"`, 'printf-and-braces', { kind: 'expression', text: 'str(port)' }],
    [`"http://[::1]:#{port}/oauth2/token"`, 'ruby', { kind: 'expression', text: 'port' }],
    [`"http://localhost:\${MSI_PORT:-50342}/oauth2/token"`, 'shell', { kind: 'expression', text: 'MSI_PORT 50342' }],
    [`"http://localhost:"$PORT"/oauth2/token"`, 'shell', { kind: 'expression', text: 'PORT' }],
    [`"http://localhost:$env:MSI_PORT/oauth2/token"`, 'powershell', { kind: 'expression', text: '$env:MSI_PORT' }],
    [`"http://localhost:" + $msiPort + "/oauth2/token?resource=" + $r`, 'powershell', { kind: 'expression', text: '$msiPort' }],
  ])('%s', (code, grammar, port) => {
    expect(portOf(code, grammar)).toEqual([port]);
  });

  it('ignores Arc, IMDS emulators, other paths and other hosts', () => {
    for (const code of [
      `"http://localhost:40342/metadata/identity/oauth2/token"`,
      `f"http://localhost:{port}/metadata/identity/oauth2/token"`,
      `"http://localhost:50342/api/oauth2/token"`,
      `"http://localhost:50342/oauth2/tokens"`,
      `"https://login.microsoftonline.com/common/oauth2/token"`,
      `"http://myhost:50342/oauth2/token"`,
    ])
      expect(portOf(code, 'printf-and-braces'), code).toEqual([]);
  });
});

describe('assignedExpressions', () => {
  it.each<[string, string, boolean, string[]]>([
    ['def get_token(resource, port=50342, conf=None):', 'port', false, ['50342']],
    ['port: int = 50342\n', 'port', false, ['50342']],
    ['self.msi_port = int(os.environ.get("MSI_PORT", 50342))\n', 'msi_port', false, ['int(os.environ.get("MSI_PORT", 50342))']],
    ['private int msiPort = 50342;', 'msiPort', false, ['50342']],
    ['const extensionPort = 50342', 'extensionPort', false, ['50342']],
    ['port := 50343', 'port', false, ['50343']],
    ['def token(resource, port: 50342)', 'port', false, ['50342']],
    ['public int Port { get; set; } = 50342;', 'Port', false, ['50342']],
    ['param([int] $ExtensionPort = 50342)', 'extensionport', true, ['50342']],
    ['MSI_PORT="${MSI_PORT:-50342}"', 'MSI_PORT', false, ['"${MSI_PORT:-50342}"']],
  ])('%s', (code, name, caseInsensitive, values) => {
    expect(assignedExpressions(code, name, caseInsensitive)).toEqual(values);
  });

  it('does not take a comparison for an assignment', () => {
    expect(assignedExpressions('if port == 50342:\n  pass\nif port != 1: x\nport += 1', 'port', false)).toEqual([]);
  });
});

describe('judgePortExpression', () => {
  const judge = (expression: string, code: string, caseInsensitive = false) => judgePortExpression(expression, { code, caseInsensitive });

  it('follows names to literal values, defaults and environment fallbacks', () => {
    expect(judge('port', 'def f(port=50342): pass').verdict).toBe('legacy');
    expect(judge('str(self.port)', 'self.port = other\nother = 50_342').verdict).toBe('legacy');
    expect(judge('$msiPort', '$MsiPort = 50342', true).verdict).toBe('legacy');
    expect(judge('MSI_PORT 50342', '').verdict).toBe('legacy');
    expect(judge('port', 'port = 8080')).toMatchObject({ verdict: 'other', ports: ['8080'] });
  });

  it('says unknown when the value cannot be seen, and notices names of the managed identity', () => {
    expect(judge('port', 'port = server.port()')).toMatchObject({ verdict: 'unknown', miNamed: false });
    expect(judge('port', 'port = os.environ["MSI_PORT"]')).toMatchObject({ verdict: 'unknown', miNamed: true });
    expect(judge('$connection.Data.msiPort', '', true)).toMatchObject({ verdict: 'unknown', miNamed: true });
  });

  it('a port that may be 50342 or another is legacy (it can be the extension)', () => {
    expect(judge('port', 'port = 8080\nif x:\n    port = 50342').verdict).toBe('legacy');
  });
});

describe('formatArgumentsOf', () => {
  const argumentsOf = (code: string) => {
    const start =
      code.indexOf('"') >= 0 && (code.indexOf("'") < 0 || code.indexOf('"') < code.indexOf("'")) ? code.indexOf('"') : code.indexOf("'");
    const quote = code[start];
    return formatArgumentsOf(code, start, code.indexOf(quote, start + 1) + 1);
  };

  it.each<[string, string[] | undefined]>([
    [`'http://localhost:{}/oauth2/token'.format(port)`, ['port']],
    [`'http://localhost:%d/oauth2/token?resource=%s' % (port, resource)`, ['port', 'resource']],
    [`'http://localhost:%d/oauth2/token' % port`, ['port']],
    [`"http://localhost:{0}/oauth2/token" -f $port, $x`, ['$port', '$x']],
    [`String.format("http://localhost:%d/oauth2/token", this.msiPort)`, ['this.msiPort']],
    [`string.Format(CultureInfo.InvariantCulture, "http://localhost:{0}/oauth2/token", port)`, ['port']],
    [`fmt.Sprintf("http://localhost:%d/oauth2/token?resource=%s", msiPort, url.QueryEscape(r))`, ['msiPort', 'url.QueryEscape(r)']],
    [`TEMPLATE = "http://localhost:{0}/oauth2/token"`, undefined],
  ])('%s', (code, args) => {
    expect(argumentsOf(code)).toEqual(args);
  });

  it('maps placeholders to arguments by index, order or keyword', () => {
    const content = 'http://localhost:%s/oauth2/token?resource=%s';
    expect(placeholderExpression({ kind: 'placeholder', key: '%', raw: '%s' }, content, ['p', 'r'])).toBe('p');
    expect(placeholderExpression({ kind: 'placeholder', key: '1', raw: '{1}' }, 'x', ['a', 'b'])).toBe('b');
    expect(placeholderExpression({ kind: 'placeholder', key: 'port', raw: '{port}' }, 'x', ['resource=r', 'port=self.port'])).toBe(
      'self.port',
    );
  });
});

describe('Python docstrings are documentation', () => {
  it('a module or function docstring is skipped, a string alone inside brackets is not', () => {
    const text = '"""Module."""\ndef f():\n    """Doc."""\n    x = (\n        """value"""\n    )\n';
    const scanned = scanSourceText(text, 'python');
    expect(scanned.literals.map((literal) => text.slice(literal.contentStart, literal.contentEnd))).toEqual(['value']);
    expect(scanned.comments.map((comment) => text.slice(comment.start, comment.end))).toEqual(['"""Module."""', '"""Doc."""']);
  });
});
