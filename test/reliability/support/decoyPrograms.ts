// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// Building blocks of realistic programs that hold no legacy pattern: calls to other hosts, the number
// 50342 used for something else, comments naming the old endpoint, Entra ID and App Service token code,
// Azure Arc and code already on IMDS. The engine must return such files byte for byte.
import fc from 'fast-check';

/** One top-level statement; `n` keeps names unique, `q` is the file's quote. */
type Snippet = (q: string, n: number) => string;

const q2 = (q: string, value: string): string => `${q}${value}${q}`;

export const DECOY_SNIPPETS: Record<string, Snippet> = {
  importNode: (q, n) => `import path${n} from ${q2(q, 'node:path')};`,
  importNamed: (q, n) => `import { readFile as readFile${n} } from ${q2(q, 'node:fs/promises')};`,
  pureFunction: (_q, n) => `export function add${n}(a, b) {\n  return a + b;\n}`,
  arrowWithDefault: (q, n) => `const greet${n} = (name = ${q2(q, 'world')}) => \`hello \${name}\`;`,
  fetchOtherHost: (q, n) =>
    `fetch(${q2(q, 'https://api.example.com/v1/items?page=2')}, { headers: { Accept: ${q2(q, 'application/json')} } }).then((r${n}) => r${n}.json());`,
  fetchOtherHostOauth: (q, n) =>
    `fetch(${q2(q, 'https://auth.example.com/oauth2/token')}, { method: ${q2(q, 'POST')}, body: ${q2(q, 'grant_type=client_credentials')} }).then((r${n}) => r${n}.json());`,
  axiosOtherHost: (q, n) => `axios.get(${q2(q, 'http://example.org:8080/status')}).then((r${n}) => r${n}.data);`,
  entraLiteral: (q, n) =>
    `axios.post(${q2(q, 'https://login.microsoftonline.com/')} + tenant${n} + ${q2(q, '/oauth2/token')}, querystring.stringify({ grant_type: ${q2(q, 'client_credentials')}, client_id: id${n}, client_secret: secret${n} }));`,
  entraTemplate: (q, n) =>
    `fetch(\`https://login.microsoftonline.com/\${tenant${n}}/oauth2/token\`, { method: ${q2(q, 'POST')}, body: new URLSearchParams({ grant_type: ${q2(q, 'client_credentials')} }) });`,
  localDevOauth: (q, n) =>
    `axios.post(${q2(q, 'http://localhost:8080/oauth2/token')}, querystring.stringify({ grant_type: ${q2(q, 'password')}, client_secret: secret${n} }));`,
  numberConst: (_q, n) => `export const MAX_ROWS_${n} = 50342;`,
  numberListen: (_q, n) => `server${n}.listen(50342);`,
  numberInArray: (_q, n) => `const ports${n} = [80, 443, 50342, 8080];`,
  accountId: (q, n) => `const account${n} = ${q2(q, 'MSI@50342')};`,
  hexConstant: (_q, n) => `const mask${n} = 0x50342;`,
  otherHostPort: (q, n) => `const mirror${n} = ${q2(q, 'http://mirror.example.com:50342/oauth2/token')};`,
  lineComment: (_q, n) => `// ${n}: the old code used http://localhost:50342/oauth2/token (retired)`,
  blockComment: () => `/*\n * POST http://localhost:50342/oauth2/token with resource=... was the old way.\n */`,
  jsdocComment: () => `/** Replaces \`http://127.0.0.1:50342/oauth2/token\`. */\nexport const note = 1;`,
  appServiceMsi: (q, n) =>
    `fetch(process.env.MSI_ENDPOINT + ${q2(q, '?resource=')} + res${n} + ${q2(q, '&api-version=2017-09-01')}, { headers: { secret: process.env.MSI_SECRET } });`,
  appServiceIdentity: (q, n) =>
    `fetch(\`\${process.env.IDENTITY_ENDPOINT}?resource=\${res${n}}&api-version=2019-08-01\`, { headers: { ${q2(q, 'X-IDENTITY-HEADER')}: process.env.IDENTITY_HEADER } });`,
  azureArc: (q, n) =>
    `fetch(${q2(q, 'http://localhost:40342/metadata/identity/oauth2/token?api-version=2020-06-01&resource=')} + res${n}, { headers: { Metadata: ${q2(q, 'true')} } });`,
  alreadyImds: (q, n) =>
    `fetch(${q2(q, 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=')} + res${n}, { headers: { Metadata: ${q2(q, 'true')} }, signal: AbortSignal.timeout(5000) });`,
  configName: (_q, n) => `const settings${n} = { useManagedIdentityExtension: false, retries: 3 };`,
  classWithMethod: (q, n) =>
    `export class Cache${n} {\n  private items = new Map();\n  get(key) {\n    return this.items.get(key) ?? ${q2(q, '')};\n  }\n}`,
};

export interface DecoyProgram {
  snippets: string[];
  quote: string;
  eol: string;
  bom: boolean;
  extension: 'ts' | 'js';
  finalNewline: boolean;
}

/** A program of 1–12 decoy statements in a random byte style. */
export const decoyProgram: fc.Arbitrary<DecoyProgram> = fc.record({
  snippets: fc.array(fc.constantFrom(...Object.keys(DECOY_SNIPPETS)), { minLength: 1, maxLength: 12 }),
  quote: fc.constantFrom("'", '"'),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  extension: fc.constantFrom('ts' as const, 'js' as const),
  finalNewline: fc.boolean(),
});

/** Renders a decoy program as a file. */
export function renderDecoyProgram(program: DecoyProgram): { filename: string; text: string } {
  const header = [`import axios from ${q2(program.quote, 'axios')};`, `import querystring from ${q2(program.quote, 'querystring')};`];
  const body = program.snippets.map((name, index) => DECOY_SNIPPETS[name](program.quote, index));
  const joined = [...header, '', ...body].join('\n').split('\n').join(program.eol);
  const text = (program.bom ? '\uFEFF' : '') + joined + (program.finalNewline ? program.eol : '');
  return { filename: `decoy.${program.extension}`, text };
}
