// Ordinary code: each function renders one block (a class, a config object, an HTTP helper, a
// component...) in the file's dialect. None of them may produce a string the engine's prefilter
// looks for; generate-tree.mjs checks that.
import { DEV_PORTS, HOSTS, NOUNS } from './words.mjs';
import { capitalize, claim, functionName, safeNumber, typeName, variableName } from './names.mjs';

/** `: T` in TypeScript files, nothing in JavaScript. */
const ann = (dialect, type) => (dialect.typed ? `: ${type}` : '');
const exported = (dialect) => (dialect.commonjs ? '' : 'export ');

/** A file-top comment: licence banner or a module description. */
export function headerComment(random) {
  if (random.chance(0.4)) {
    return `/*\n * Copyright (c) ${random.int(2016, 2024)} Example Corp. All rights reserved.\n * Licensed under the MIT License.\n */\n`;
  }
  const noun = random.pick(NOUNS);
  return `/**\n * ${capitalize(noun)} helpers used by the ${random.pick(NOUNS)} workflow.\n *\n * Keep this module free of side effects: it is imported by both the API and the workers.\n */\n`;
}

/** The import block: packages and sibling modules. */
export function importBlock(random, dialect) {
  const lines = [];
  const packages = [
    ['axios', 'axios'],
    ['express', 'express'],
    ['node-fetch', 'fetch'],
    ['got', 'got'],
    ['lodash', '_'],
    ['zod', 'z'],
    ['dayjs', 'dayjs'],
    ['uuid', '{ v4 as uuid }'],
  ];
  const builtins = [
    ['node:http', 'http'],
    ['node:https', 'https'],
    ['node:path', 'path'],
    ['node:fs/promises', 'fs'],
  ];
  const count = random.int(2, 5);
  for (let i = 0; i < count; i += 1) {
    const [specifier, binding] = random.chance(0.6) ? random.pick(packages) : random.pick(builtins);
    if (dialect.taken.has(binding)) continue;
    dialect.taken.add(binding);
    lines.push(
      dialect.commonjs
        ? `const ${binding.replace(/^\{ v4 as uuid \}$/, '{ v4: uuid }')} = require('${specifier}');`
        : `import ${binding.startsWith('{') ? binding : `* as ${binding}`} from '${specifier}';`,
    );
  }
  if (dialect.jsx) lines.push(dialect.commonjs ? "const React = require('react');" : "import React, { useEffect, useState } from 'react';");
  for (const sibling of dialect.siblings.slice(0, random.int(0, 3))) {
    const name = claim(dialect, functionName(random));
    lines.push(dialect.commonjs ? `const { ${name} } = require('${sibling}');` : `import { ${name} } from '${sibling}';`);
  }
  return [...new Set(lines)].join('\n') + '\n';
}

/** An interface or type alias (TypeScript only). */
export function typeDeclaration(random, dialect) {
  const name = claim(dialect, typeName(random));
  dialect.taken.add(`${name}Status`);
  const fields = [];
  for (let i = random.int(3, 9); i > 0; i -= 1) {
    const type = random.pick([
      'string',
      'number',
      'boolean',
      'Date',
      'string[]',
      `Record<string, ${random.pick(['string', 'number', 'unknown'])}>`,
      `${typeName(random)} | null`,
    ]);
    fields.push(`  ${random.chance(0.2) ? 'readonly ' : ''}${variableName(random)}${random.chance(0.3) ? '?' : ''}: ${type};`);
  }
  if (random.chance(0.3)) {
    return `export type ${name}Status = ${['active', 'pending', 'archived'].map((s) => `'${s}'`).join(' | ')};\n\nexport interface ${name} {\n${fields.join('\n')}\n}\n`;
  }
  return `/** Shape of a ${name.toLowerCase()} as the API returns it. */\nexport interface ${name} {\n  id: string;\n${fields.join('\n')}\n}\n`;
}

/** A config object pointing at a few hosts. */
export function configObject(random, dialect) {
  const name = claim(dialect, `${variableName(random)}Config`);
  const host = random.pick(HOSTS);
  const devPort = random.pick(DEV_PORTS);
  return `${exported(dialect)}const ${name} = {
  baseUrl: process.env.${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}_URL ?? 'https://${host}/v${random.int(1, 3)}',
  devUrl: 'http://localhost:${devPort}/api',
  timeoutMs: ${safeNumber(random, 1, 30) * 1000},
  retries: ${random.int(0, 5)},
  // Batches above this size are split client-side; the server rejects larger payloads.
  maxBatchSize: ${safeNumber(random, 10, 500)},
  features: {
    ${variableName(random)}: ${random.chance(0.5)},
    ${variableName(random)}: ${random.chance(0.5)},
  },
}${dialect.typed ? ' as const' : ''};
${dialect.commonjs ? `module.exports.${name} = ${name};\n` : ''}`;
}

/** One HTTP call in one of the common client styles, to one of many hosts. */
export function httpCall(random, dialect, indent = '    ') {
  const host = random.pick(HOSTS);
  const path = `/${random.pick(NOUNS)}s/\${id}`;
  const style = random.pick(['fetch', 'fetch', 'axios', 'axios', 'https', 'got']);
  if (style === 'fetch') {
    return `${indent}const response = await fetch(\`https://${host}${path}\`, {
${indent}  method: '${random.pick(['GET', 'POST', 'PUT'])}',
${indent}  headers: { Accept: 'application/json', Authorization: \`Bearer \${token}\` },
${indent}});
${indent}if (!response.ok) throw new Error(\`${host} answered \${response.status}\`);
${indent}return response.json();`;
  }
  if (style === 'axios') {
    return `${indent}const { data } = await axios.${random.pick(['get', 'post', 'put'])}(\`https://${host}${path}\`, {
${indent}  headers: { Authorization: \`Bearer \${token}\` },
${indent}  timeout: ${safeNumber(random, 1, 20) * 1000},
${indent}});
${indent}return data;`;
  }
  if (style === 'got') {
    return `${indent}return got(\`https://${host}${path}\`, { headers: { authorization: \`Bearer \${token}\` }, timeout: { request: ${safeNumber(random, 1, 20) * 1000} } }).json();`;
  }
  return `${indent}return new Promise((resolve, reject) => {
${indent}  const request = https.request({ hostname: '${host}', port: 443, path: \`${path}\`, method: 'GET', headers: { Authorization: \`Bearer \${token}\` } }, (res) => {
${indent}    let body = '';
${indent}    res.on('data', (chunk) => (body += chunk));
${indent}    res.on('end', () => resolve(JSON.parse(body)));
${indent}  });
${indent}  request.on('error', reject);
${indent}  request.end();
${indent}});`;
}

/** A class with a constructor, state and async methods that call remote services. */
export function serviceClass(random, dialect) {
  const name = claim(dialect, typeName(random, random.pick(['Service', 'Client', 'Repository', 'Gateway'])));
  const methods = [];
  for (let i = random.int(2, 5); i > 0; i -= 1) {
    const method = functionName(random);
    methods.push(`  /** ${capitalize(method.replace(/([A-Z])/g, ' $1').toLowerCase())}. */
  ${dialect.typed ? random.pick(['', 'public ', 'private ']) : ''}async ${method}(id${ann(dialect, 'string')}, token${ann(dialect, 'string')})${ann(dialect, 'Promise<unknown>')} {
    this.requests += 1;
${httpCall(random, dialect)}
  }`);
  }
  const fields = dialect.typed
    ? `  private requests = 0;\n  private readonly cache = new Map<string, unknown>();\n\n  constructor(private readonly baseUrl: string, private readonly timeoutMs = ${safeNumber(random, 1, 30) * 1000}) {}\n`
    : `  constructor(baseUrl, timeoutMs = ${safeNumber(random, 1, 30) * 1000}) {\n    this.baseUrl = baseUrl;\n    this.timeoutMs = timeoutMs;\n    this.requests = 0;\n    this.cache = new Map();\n  }\n`;
  return `${exported(dialect)}class ${name} {\n${fields}\n${methods.join('\n\n')}\n\n  get requestCount()${ann(dialect, 'number')} {\n    return this.requests;\n  }\n}\n${dialect.commonjs ? `module.exports.${name} = ${name};\n` : ''}`;
}

/** A standalone async function with retries around an HTTP call. */
export function asyncFunction(random, dialect) {
  const name = claim(dialect, functionName(random));
  return `${exported(dialect)}async function ${name}(id${ann(dialect, 'string')}, token${ann(dialect, 'string')}, attempts = ${random.int(1, 4)})${ann(dialect, 'Promise<unknown>')} {
  for (let attempt = 1; ; attempt += 1) {
    try {
${httpCall(random, dialect, '      ')}
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, ${safeNumber(random, 50, 500)} * 2 ** attempt));
    }
  }
}
${dialect.commonjs ? `module.exports.${name} = ${name};\n` : ''}`;
}

/** Pure helpers: mapping, grouping, formatting. */
export function pureHelpers(random, dialect) {
  const item = random.pick(NOUNS);
  const type = dialect.typed ? typeName(random) : '';
  const name = claim(dialect, functionName(random));
  const label = claim(dialect, `${variableName(random)}Label`);
  return `// ${capitalize(item)}s arrive unsorted and may repeat; callers rely on a stable order.
${exported(dialect)}function ${name}(items${ann(dialect, `${type}[]`)})${ann(dialect, `Map<string, ${type}[]>`)} {
  const groups = new Map();
  for (const item of items) {
    const key = String(item.${random.pick(['id', 'status', 'region', 'tenant'])} ?? 'unknown').toLowerCase();
    const group = groups.get(key) ?? [];
    group.push(item);
    groups.set(key, group);
  }
  return groups;
}

${exported(dialect)}const ${label} = (value${ann(dialect, 'number')})${ann(dialect, 'string')} =>
  value >= ${safeNumber(random, 100, 9999)} ? \`\${(value / 1000).toFixed(1)}k\` : String(value);
`;
}

/** A string enum (TypeScript) or a frozen object (JavaScript). */
export function enumBlock(random, dialect) {
  const name = claim(dialect, typeName(random, 'Kind'));
  const members = [...new Set(Array.from({ length: random.int(3, 7) }, () => capitalize(random.pick(NOUNS))))];
  if (dialect.typed) return `export enum ${name} {\n${members.map((m) => `  ${m} = '${m.toLowerCase()}',`).join('\n')}\n}\n`;
  return `${exported(dialect)}const ${name} = Object.freeze({\n${members.map((m) => `  ${m}: '${m.toLowerCase()}',`).join('\n')}\n});\n`;
}

/** An Express router with a couple of handlers. */
export function routeHandlers(random, dialect) {
  const noun = random.pick(NOUNS);
  const router = claim(dialect, `${noun}Router`);
  const reqType = dialect.typed ? ': express.Request' : '';
  const resType = dialect.typed ? ': express.Response' : '';
  return `${exported(dialect)}const ${router} = express.Router();

${router}.get('/${noun}s/:id', async (req${reqType}, res${resType}) => {
  const ${noun} = await ${functionName(random)}(req.params.id, String(req.headers.authorization ?? ''));
  if (!${noun}) {
    res.status(404).json({ error: '${noun} not found' });
    return;
  }
  res.json(${noun});
});

${router}.post('/${noun}s', async (req${reqType}, res${resType}) => {
  // Validation happens in the schema layer; here we only forward.
  const created = await ${functionName(random)}(req.body, String(req.headers.authorization ?? ''));
  res.status(201).json(created);
});
`;
}

/** A React function component (JSX/TSX files). */
export function component(random, dialect) {
  const name = claim(dialect, typeName(random, random.pick(['List', 'Card', 'Panel', 'Form', 'Table'])));
  const props = dialect.typed ? `{ id, title }: { id: string; title: string }` : '{ id, title }';
  const host = random.pick(HOSTS);
  return `${exported(dialect)}function ${name}(${props}) {
  const [items, setItems] = useState${dialect.typed ? '<unknown[]>' : ''}([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    fetch(\`https://${host}/${random.pick(NOUNS)}s?owner=\${id}\`)
      .then((response) => response.json())
      .then((body) => {
        if (!cancelled) setItems(body.items ?? []);
      })
      .finally(() => setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [id]);

  if (loading) return <p className="muted">Loading…</p>;
  return (
    <section className="${name.toLowerCase()}">
      <h2>{title}</h2>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{JSON.stringify(item)}</li>
        ))}
      </ul>
    </section>
  );
}
`;
}

/** A long explanatory comment, as real code accumulates. */
export function longComment(random) {
  const lines = [];
  for (let i = random.int(3, 10); i > 0; i -= 1) {
    lines.push(
      ` * ${capitalize(random.pick(NOUNS))}s are ${random.pick(['cached', 'retried', 'validated', 'batched', 'logged'])} before the ${random.pick(NOUNS)} step; see the runbook for the ${random.pick(NOUNS)} outage.`,
    );
  }
  return `/*\n${lines.join('\n')}\n */\n`;
}
