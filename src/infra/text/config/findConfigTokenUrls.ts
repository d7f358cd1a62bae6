import { visit, type JSONPath } from 'jsonc-parser';
import type { DraftFinding } from '../../../engine/types';
import { IMDS_TOKEN_ENDPOINT } from '../legacyTokenUrl';
import type { ConfigFormat } from './configFormat';
import { LOOPBACK_HOST_SOURCE } from '../../../engine/url/loopback';

/**
 * The extension's token URL or its bare origin on the default port, as a configuration value holds it:
 * `http://localhost:50342`, `http://127.0.0.1:50342/`, `http://[::1]:50342/oauth2/token?resource=…`. A `\` may
 * precede a colon (`.properties` escapes). Another path on the port (`/api/values`, a local web server) is not one.
 */
const LEGACY_VALUE_URL = String.raw`https?\\?://${LOOPBACK_HOST_SOURCE}\\?:50342(?:/oauth2/token(?:[?#][^\s'",}\]]*)?|/)?(?![\w/.~%:-])`;
const URL_IN_LINE = new RegExp(LEGACY_VALUE_URL, 'gi');
/** A whole string value: the URL, or `NAME=URL` (an environment entry in a list). */
const WHOLE_STRING_VALUE = new RegExp(String.raw`^(?:(?:export\s+)?[A-Za-z_][\w.]*=)?${LEGACY_VALUE_URL}$`, 'i');

/**
 * What may stand before a value on its line (the URL's opening quote excluded): a list item's `- `, a key and
 * its `:` or `=` (`tokenUrl: `, `TOKEN_URL=`, `export TOKEN_URL=`, `"token url" = `, `- "TOKEN_URL=`), or a flow
 * collection's `[`, `{` or `,`. Prose before the URL (`Cloud Shell serves http://…`) is not a value.
 */
const VALUE_START = /(?:^\s*(?:-\s+)+|(?:^\s*(?:-\s+)*|^\s*export\s+|[{[,]\s*)["']?[\w.$@/ -]*?["']?\s*[:=]\s*|[{[,]\s*)["']?$/;
/** What may follow a value on its line: its closing quote, then the end, a separator, or a comment. */
const VALUE_END = /^["']?\s*(?:$|[,}\]]|[#;]|\/\/)/;
/** A variable reference with a default (`${NAME:-`, `${NAME-`, `${NAME:=`) ending just before a URL. */
const SHELL_DEFAULT = /\$\{[A-Za-z_]\w*:?[-=]$/;
/** Whole-line comments of the line-based formats. */
const COMMENT_LINE: Record<Exclude<ConfigFormat, 'json'>, RegExp> = {
  yaml: /^\s*#/,
  env: /^\s*#/,
  ini: /^\s*[#;]/,
  properties: /^\s*[#!]/,
  toml: /^\s*#/,
};
/** Keys and files that name Cloud Shell or the endpoint variables it and App Service announce. */
const CLOUD_SHELL_CONTEXT = /cloud.?(?:shell|console)|\b(?:MSI|IDENTITY)_ENDPOINT\b/i;

/** One configuration value that holds the extension's token URL. */
interface LegacyConfigValue {
  start: number;
  end: number;
  /** The key (JSON: the property path), for the Cloud Shell check. */
  key: string;
}

/**
 * Reports every configuration value that is the retired extension's token URL or its origin on port 50342
 * (manual-review, error, never rewritten: the code that reads the value may append `?resource=`, and IMDS needs
 * api-version and a GET with `Metadata: true`). A value only: the URL must be the whole value (or an `NAME=URL`
 * entry), so prose and comments that mention it are not findings. A value under a key or in a file named for
 * Cloud Shell, or held by MSI_ENDPOINT / IDENTITY_ENDPOINT (Cloud Shell's and App Service's endpoint, as a
 * test or a container sets it), is `info`. Pure.
 */
export function findConfigTokenUrls(text: string, format: ConfigFormat, filename: string, apiVersion: string): DraftFinding[] {
  const values = format === 'json' ? jsonValues(text) : lineValues(text, format);
  const cloudShellFile = /cloud.?shell/i.test(filename);
  return values.map(({ start, end, key }): DraftFinding => {
    if (cloudShellFile || CLOUD_SHELL_CONTEXT.test(key)) {
      return {
        ruleId: 'legacy-endpoint',
        severity: 'info',
        start,
        end,
        message:
          "Azure Cloud Shell's (or App Service's) token endpoint, the same localhost:50342 URL, set under a key or in a " +
          'file named for it: not the VM extension, left as it is. On a VM, this setting would call the retired extension.',
      };
    }
    return {
      ruleId: 'manual-review',
      severity: 'error',
      start,
      end,
      message:
        "This setting holds the retired Managed Identity VM extension's token URL (http://localhost:50342/oauth2/token). " +
        `Not rewritten: the code that reads it may append '?resource=', and IMDS also needs api-version. Point the setting at ` +
        `${IMDS_TOKEN_ENDPOINT} with api-version=${apiVersion} (${IMDS_TOKEN_ENDPOINT}?api-version=${apiVersion}), and make ` +
        'the code that reads it send a GET with the header Metadata: true (resource in the query), bypassing any proxy.',
      blocksFile: true,
    };
  });
}

/** String values of a JSON/JSONC text (comments allowed) that are wholly a legacy URL. */
function jsonValues(text: string): LegacyConfigValue[] {
  const found: LegacyConfigValue[] = [];
  visit(
    text,
    {
      onLiteralValue(value: unknown, offset: number, length: number, _line: number, _column: number, pathSupplier: () => JSONPath) {
        if (typeof value !== 'string' || !WHOLE_STRING_VALUE.test(value)) return;
        found.push({ start: offset + 1, end: offset + length - 1, key: pathSupplier().join('.') });
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return found;
}

/** Values of a line-based format (YAML, .env, INI, .properties, TOML) that are wholly a legacy URL. */
function lineValues(text: string, format: Exclude<ConfigFormat, 'json'>): LegacyConfigValue[] {
  const commentLine = COMMENT_LINE[format];
  const lines = text.split('\n');
  const found: LegacyConfigValue[] = [];
  let lineStart = 0;
  lines.forEach((line, index) => {
    if (line.includes('50342') && !commentLine.test(line)) {
      for (const match of line.matchAll(URL_IN_LINE)) {
        let before = line.slice(0, match.index);
        let after = line.slice(match.index + match[0].length);
        // A default in a variable reference (docker-compose, .env): `${TOKEN_URL:-http://localhost:50342/…}`.
        const defaulted = SHELL_DEFAULT.exec(before);
        if (defaulted && after.startsWith('}')) {
          before = before.slice(0, defaulted.index);
          after = after.slice(1);
        }
        // An element on its own line of an array spread over several lines (TOML, a YAML flow sequence).
        const arrayKey = /^\s*["']?$/.test(before) ? openArrayKey(lines, index, commentLine) : undefined;
        // YAML: the whole of a one-line block scalar (`token_url: >-`, then the URL alone on the next line).
        const blockKey = format === 'yaml' && /^\s*$/.test(before) ? blockScalarKey(lines, index) : undefined;
        const isValue = arrayKey !== undefined || blockKey !== undefined || VALUE_START.test(before);
        if (!isValue || !VALUE_END.test(after)) continue;
        const start = lineStart + match.index;
        const key = [...enclosingKeys(lines, index, format), arrayKey ?? blockKey ?? '', before].join(' ');
        found.push({ start, end: start + match[0].length, key });
      }
    }
    lineStart += line.length + 1;
  });
  return found;
}

/**
 * When line `index` is the only line of a YAML block scalar (`token_url: >-` or `|` above it, less indented, and no
 * more of the block below): the line that opens it. Undefined otherwise (a URL inside prose of a longer block is not
 * the value).
 */
function blockScalarKey(lines: readonly string[], index: number): string | undefined {
  const indent = (line: string): number => line.length - line.trimStart().length;
  const own = indent(lines[index]);
  let above = index - 1;
  while (above >= 0 && lines[above].trim() === '') above--;
  if (above < 0) return undefined;
  const header = lines[above].replace(/\r$/, '');
  if (!/:\s*[|>][-+]?\d?\s*(?:#.*)?$/.test(header) || indent(header) >= own) return undefined;
  let below = index + 1;
  while (below < lines.length && lines[below].trim() === '') below++;
  return below >= lines.length || indent(lines[below]) < own ? header : undefined;
}

/**
 * When line `index` continues an array opened on an earlier line (`token_urls = [`, then elements each on its
 * line, separated by commas): the line that opens it. Undefined otherwise.
 */
function openArrayKey(lines: readonly string[], index: number, commentLine: RegExp): string | undefined {
  for (let above = index - 1; above >= 0 && above >= index - 50; above--) {
    const line = lines[above].replace(/\r$/, '');
    if (line.trim() === '' || commentLine.test(line)) continue;
    if (/[:=]\s*\[\s*$/.test(line)) return line;
    if (!/,\s*$/.test(line)) return undefined;
  }
  return undefined;
}

/**
 * The lines that name where line `index` sits: in YAML its parent keys (each less indented line above, up to
 * the top level); in INI and TOML its `[section]` header.
 */
function enclosingKeys(lines: readonly string[], index: number, format: Exclude<ConfigFormat, 'json'>): string[] {
  const keys: string[] = [];
  if (format === 'yaml') {
    let indent = /^\s*/.exec(lines[index])![0].length;
    for (let above = index - 1; above >= 0 && indent > 0; above--) {
      const line = lines[above];
      if (line.trim() === '' || /^\s*#/.test(line)) continue;
      const own = /^\s*/.exec(line)![0].length;
      if (own < indent) {
        keys.push(line);
        indent = own;
      }
    }
  } else if (format === 'ini' || format === 'toml') {
    for (let above = index - 1; above >= 0; above--) {
      if (/^\s*\[/.test(lines[above])) {
        keys.push(lines[above]);
        break;
      }
    }
  }
  return keys;
}
