// The nock fake answers every request to 169.254.169.254 itself (any port, scheme, verb or path), even with
// real connections enabled; nothing is passed on.
import nock from 'nock';
import { describe, it } from 'vitest';
import { imdsNock } from '../../src/testing';
import { sendStrays, spyOnConnections } from './connectionSpy';
import { ARM } from './ruleCases';

spyOnConnections();

describe('imdsNock', () => {
  it('answers every request to 169.254.169.254 itself, with real connections still enabled', async () => {
    nock.enableNetConnect();
    const imds = imdsNock({ resources: [ARM] });
    try {
      await sendStrays(imds);
    } finally {
      imds.remove();
      nock.cleanAll();
    }
  });
});
