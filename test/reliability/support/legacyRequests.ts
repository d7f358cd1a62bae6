// Generates one legacy token request per file from a combination of independent choices (client, URL
// style, host, verb, header, identity parameter, quote, line ending, BOM), so property tests can state
// what the migrated file must look like for every combination.

export const CLIENTS = ['fetch', 'axios', 'request', 'got', 'superagent', 'needle', 'http'] as const;
export const URL_STYLES = ['literal', 'template', 'concat', 'const', 'envPort'] as const;
export const HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;
export const VERBS = ['GET', 'POST'] as const;
export const IDENTITIES = ['none', 'client_id', 'object_id', 'msi_res_id'] as const;
export const QUOTES = ["'", '"'] as const;
export const LINE_ENDINGS = ['\n', '\r\n'] as const;
export const EXTENSIONS = ['ts', 'js'] as const;

export type Client = (typeof CLIENTS)[number];
export type UrlStyle = (typeof URL_STYLES)[number];
export type Verb = (typeof VERBS)[number];
export type Identity = (typeof IDENTITIES)[number];

/** The semantic choices: they decide what the request is. */
export interface RequestShape {
  client: Client;
  urlStyle: UrlStyle;
  host: (typeof HOSTS)[number];
  verb: Verb;
  withMetadata: boolean;
  identity: Identity;
}

/** The byte-level choices: they must come back exactly as they went in. */
export interface ByteStyle {
  quote: (typeof QUOTES)[number];
  eol: (typeof LINE_ENDINGS)[number];
  bom: boolean;
  extension: (typeof EXTENSIONS)[number];
}

export interface LegacyCase extends RequestShape, ByteStyle {}

/** http.get has no body: POST is generated only for clients with a form-body API. */
export function isGeneratable(shape: RequestShape): boolean {
  return !(shape.client === 'http' && shape.verb === 'POST');
}

/** A short stable name for a request shape, used in reports and in the documented-limits table. */
export function shapeKey(shape: RequestShape): string {
  return [shape.client, shape.verb, shape.urlStyle, shape.host, shape.withMetadata ? 'metadata' : 'no-metadata', shape.identity].join('/');
}

const IMPORTS: Record<Client, string> = {
  fetch: '',
  axios: "import axios from 'axios';",
  request: "import request from 'request';",
  got: "import got from 'got';",
  superagent: "import superagent from 'superagent';",
  needle: "import needle from 'needle';",
  http: "import http from 'node:http';",
};

/** Renders the case as a complete source file. */
export function renderLegacyFile(c: LegacyCase): { filename: string; text: string } {
  return renderLegacyFiles([c]);
}

/**
 * Renders several requests into one file, in the byte style of the first: imports once, then each
 * request's declarations and function with its own names (TOKEN_URL_1, port_1, getToken1, …).
 */
export function renderLegacyFiles(cases: readonly LegacyCase[]): { filename: string; text: string } {
  const style = cases[0];
  const q = style.quote;
  const s = (value: string): string => `${q}${value}${q}`;
  const imports = new Set<string>();
  for (const c of cases) {
    const importLine = IMPORTS[c.client].replace(/'/g, q);
    if (importLine) imports.add(importLine);
    if (c.verb === 'POST' && c.client === 'axios') imports.add(`import querystring from ${s('querystring')};`);
  }
  const lines: string[] = [...imports, ''];
  // A string literal in the file's quote: the engine takes the quote for the literals it adds from the
  // file (a file without any string literal gets single quotes).
  lines.push(`export const userAgent = ${s('token-client/1.0')};`);
  cases.forEach((c, index) => {
    lines.push(
      '',
      ...requestFunction({ ...c, quote: style.quote, extension: style.extension }, cases.length === 1 ? '' : String(index + 1)),
    );
  });
  lines.push('');
  const text = (style.bom ? '\uFEFF' : '') + lines.join(style.eol);
  return { filename: `token.${style.extension}`, text };
}

/** The declarations and the function of one request; `suffix` keeps its names apart from the others. */
function requestFunction(c: LegacyCase, suffix: string): string[] {
  const q = c.quote;
  const s = (value: string): string => `${q}${value}${q}`;
  const ts = c.extension === 'ts';
  const typed = (name: string, type: string): string => (ts ? `${name}: ${type}` : name);
  const base = `http://${c.host}:50342/oauth2/token`;
  const names = { tokenUrl: suffix ? `TOKEN_URL_${suffix}` : 'TOKEN_URL', port: suffix ? `port_${suffix}` : 'port' };
  const lines: string[] = [];
  if (c.urlStyle === 'const') lines.push(`const ${names.tokenUrl} = ${s(base)};`);
  if (c.urlStyle === 'envPort') lines.push(`const ${names.port} = process.env.MSI_PORT || 50342;`);
  if (c.urlStyle === 'const' || c.urlStyle === 'envPort') lines.push('');

  const url = c.verb === 'GET' ? getUrl(c, s, names) : postUrl(c, s, names);
  const metadata = `headers: { Metadata: ${s('true')} }`;
  const formHeaders = c.withMetadata
    ? `headers: { ${s('Content-Type')}: ${s('application/x-www-form-urlencoded')}, Metadata: ${s('true')} }`
    : `headers: { ${s('Content-Type')}: ${s('application/x-www-form-urlencoded')} }`;
  const formFields = c.identity === 'none' ? '{ resource }' : `{ resource, ${c.identity}: identityId }`;

  lines.push(`// Asks the VM for a token (localhost:50342 is the port of the extension).`);
  lines.push(
    `export function getToken${suffix}(${typed('resource', 'string')}, ${typed('identityId', 'string')}, ${typed('done', '(error: unknown, token?: string) => void')}) {`,
  );
  for (const line of requestStatement(c, url, s, metadata, formHeaders, formFields)) lines.push(`  ${line}`);
  lines.push('}');
  return lines;
}

interface Names {
  tokenUrl: string;
  port: string;
}

function identityQuery(c: LegacyCase, style: 'literal' | 'template' | 'concat', s: (v: string) => string): string {
  if (c.identity === 'none') return '';
  if (style === 'literal') return `&${c.identity}=00000000-0000-0000-0000-000000000001`;
  if (style === 'template') return `&${c.identity}=\${identityId}`;
  return ` + ${s(`&${c.identity}=`)} + identityId`;
}

function getUrl(c: LegacyCase, s: (v: string) => string, names: Names): string {
  const path = `/oauth2/token?resource=`;
  switch (c.urlStyle) {
    case 'literal':
      return s(`http://${c.host}:50342${path}https://management.azure.com/${identityQuery(c, 'literal', s)}`);
    case 'template':
      return `\`http://${c.host}:50342${path}\${resource}${identityQuery(c, 'template', s)}\``;
    case 'concat':
      return `${s(`http://${c.host}:50342${path}`)} + resource${identityQuery(c, 'concat', s)}`;
    case 'const':
      return `${names.tokenUrl} + ${s('?resource=')} + resource${identityQuery(c, 'concat', s)}`;
    case 'envPort':
      return `${s(`http://${c.host}:`)} + ${names.port} + ${s(path)} + resource${identityQuery(c, 'concat', s)}`;
  }
}

function postUrl(c: LegacyCase, s: (v: string) => string, names: Names): string {
  switch (c.urlStyle) {
    case 'literal':
      return s(`http://${c.host}:50342/oauth2/token`);
    case 'template':
      return `\`http://${c.host}:50342/oauth2/token\``;
    case 'concat':
      return `${s(`http://${c.host}:50342`)} + ${s('/oauth2/token')}`;
    case 'const':
      return names.tokenUrl;
    case 'envPort':
      return `${s(`http://${c.host}:`)} + ${names.port} + ${s('/oauth2/token')}`;
  }
}

function requestStatement(
  c: LegacyCase,
  url: string,
  s: (v: string) => string,
  metadata: string,
  formHeaders: string,
  formFields: string,
): string[] {
  const get = c.verb === 'GET';
  const headers = c.withMetadata ? `, { ${metadata} }` : '';
  switch (c.client) {
    case 'fetch':
      if (get) return [`fetch(${url}${headers}).then((response) => response.json()).then((body) => done(null, body.access_token), done);`];
      return [
        `fetch(${url}, {`,
        `  method: ${s('POST')},`,
        `  ${formHeaders},`,
        `  body: new URLSearchParams(${formFields}),`,
        `}).then((response) => response.json()).then((body) => done(null, body.access_token), done);`,
      ];
    case 'axios':
      if (get) return [`axios.get(${url}${headers}).then((response) => done(null, response.data.access_token), done);`];
      return [
        `axios.post(${url}, querystring.stringify(${formFields}), { ${formHeaders} }).then((response) => done(null, response.data.access_token), done);`,
      ];
    case 'request':
      if (get)
        return [
          `request.get({ url: ${url}, json: true${c.withMetadata ? `, ${metadata}` : ''} }, (error${typedAny(c)}, response${typedAny(c)}, body${typedAny(c)}) => done(error, body && body.access_token));`,
        ];
      return [
        `request.post({ url: ${url}, form: ${formFields}, json: true${c.withMetadata ? `, ${metadata}` : ''} }, (error${typedAny(c)}, response${typedAny(c)}, body${typedAny(c)}) => done(error, body && body.access_token));`,
      ];
    case 'got':
      if (get) return [`got(${url}${headers}).json().then((body${typedAny(c)}) => done(null, body.access_token), done);`];
      return [
        `got.post(${url}, { form: ${formFields}${c.withMetadata ? `, ${metadata}` : ''} }).json().then((body${typedAny(c)}) => done(null, body.access_token), done);`,
      ];
    case 'superagent': {
      const header = c.withMetadata ? `.set(${s('Metadata')}, ${s('true')})` : '';
      if (get) return [`superagent.get(${url})${header}.then((response) => done(null, response.body.access_token), done);`];
      return [
        `superagent.post(${url}).type(${s('form')}).send(${formFields})${header}.then((response) => done(null, response.body.access_token), done);`,
      ];
    }
    case 'needle':
      if (get)
        return [
          `needle(${s('get')}, ${url}, null${c.withMetadata ? `, { ${metadata} }` : ''}).then((response) => done(null, response.body.access_token), done);`,
        ];
      return [
        `needle.post(${url}, ${formFields}${c.withMetadata ? `, { ${metadata} }` : ', {}'}, (error${typedAny(c)}, response${typedAny(c)}) => done(error, response && response.body.access_token));`,
      ];
    case 'http':
      return [
        `http.get(${url}${headers}, (response) => {`,
        `  let raw = ${s('')};`,
        `  response.on(${s('data')}, (chunk) => (raw += chunk));`,
        `  response.on(${s('end')}, () => done(null, JSON.parse(raw).access_token));`,
        `}).on(${s('error')}, done);`,
      ];
  }
}

function typedAny(c: LegacyCase): string {
  return c.extension === 'ts' ? ': any' : '';
}
