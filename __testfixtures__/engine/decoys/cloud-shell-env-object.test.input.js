const assert = require('node:assert');
const { describe, it, afterEach } = require('mocha');
const { pickCredential } = require('../lib/pickCredential');

describe('pickCredential', () => {
  const original = process.env;

  afterEach(() => {
    process.env = original;
  });

  it('uses the Cloud Shell endpoint when ACC_CLOUD is set', () => {
    process.env = {
      IDENTITY_ENDPOINT: 'http://localhost:50342/oauth2/token',
      ACC_CLOUD: 'cloudshell-01',
    };
    assert.strictEqual(pickCredential().kind, 'cloud-shell');
  });
});
