// What dead-port-config says about the port's variable once the rewrite no longer reads it.
import { describe, expect, it } from 'vitest';
import { migrateSource } from '../../src/engine/migrateSource';

const deadPortMessages = (text: string): string[] =>
  migrateSource(text, { filename: 'token.js' })
    .findings.filter((finding) => finding.ruleId === 'dead-port-config')
    .map((finding) => finding.message);

const request = "fetch(`http://${HOST}:${PORT}/oauth2/token?resource=${r}`, { headers: { Metadata: 'true' } });\n";

describe('dead-port-config', () => {
  it('removes a local const of its own, and says why it keeps one declared with other names (not "exported")', () => {
    expect(deadPortMessages(`const HOST = 'localhost';\nconst PORT = 50342;\nexports.t = (r) => ${request}`)).toEqual([
      "PORT holds the VM extension's port, which only the legacy request used; IMDS has no port to configure.",
    ]);
    expect(deadPortMessages(`const HOST = 'localhost', PORT = 50342;\nexports.t = (r) => ${request}`)).toEqual([
      "PORT held the VM extension's port; IMDS has no port to configure. It is declared together with other names, so remove it by hand once nothing needs it.",
    ]);
    expect(deadPortMessages(`const HOST = 'localhost';\nexport const PORT = 50342;\nexport const t = (r) => ${request}`)).toEqual([
      "PORT held the VM extension's port; IMDS has no port to configure. It is exported, so remove it by hand once nothing needs it.",
    ]);
  });

  it('names the parameter folded into a URL member, not the member that still holds the URL', () => {
    const text =
      "class Source {\n  constructor(port) {\n    this.url = 'http://localhost:' + (port || 50342) + '/oauth2/token';\n  }\n" +
      "  token(r) {\n    return fetch(this.url + '?resource=' + r, { headers: { Metadata: 'true' } });\n  }\n}\nmodule.exports = Source;\n";
    expect(deadPortMessages(text)).toEqual([
      "The parameter port held the VM extension's port; IMDS has no port to configure. Remove it, and what its callers pass, once nothing else needs it.",
    ]);
  });
});
