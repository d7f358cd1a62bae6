// One definition of a loopback host (src/engine/url/loopback.ts) for the engine, the text scan and the other
// languages: the text scan must keep every file that names a host the engine takes for this machine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayContainLegacyPattern } from '../../src/engine/prefilter';
import { LOOPBACK_HOST_VALUE, LOOPBACK_NEEDLES } from '../../src/engine/url/loopback';

const octet = fc.integer({ min: 0, max: 255 }).map(String);
const zeros = fc.integer({ min: 0, max: 4 }).map((count) => '0'.repeat(count));
/** ::1 written with two to seven groups of zeros before the 1 (`::1`, `0:0:0:0:0:0:0:1`, `0000::0001`). */
const ipv6Loopback = fc
  .tuple(fc.array(zeros, { minLength: 2, maxLength: 7 }), fc.integer({ min: 0, max: 3 }))
  .map(([groups, leading]) => `${groups.join(':')}:${'0'.repeat(leading)}1`)
  .filter((host) => /^(?:0{0,4}:){2,7}0{0,3}1$/.test(host));
const loopbackHost = fc.oneof(
  fc.constantFrom('localhost', 'localhost.', 'Localhost', 'LOCALHOST', 'localHost', 'LocalHost', '0.0.0.0'),
  fc.tuple(octet, octet, octet).map((parts) => `127.${parts.join('.')}`),
  ipv6Loopback.map((host) => `[${host}]`),
);

describe('the loopback host', () => {
  it('is one the text scan can see wherever the engine takes it for this machine', () => {
    fc.assert(
      fc.property(loopbackHost, (host) => {
        expect(LOOPBACK_HOST_VALUE.test(host), host).toBe(true);
        expect(
          LOOPBACK_NEEDLES.some((needle) => host.includes(needle)),
          host,
        ).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("takes ::1 without brackets as Node's host option writes it, and no other server", () => {
    expect(LOOPBACK_HOST_VALUE.test('::1')).toBe(true);
    for (const other of ['example.com', '10.0.0.1', '128.0.0.1', '127.0.0', 'localhost.example.com', '[::2]', '0.0.0.1'])
      expect(LOOPBACK_HOST_VALUE.test(other), other).toBe(false);
  });

  it.each(['127.0.0.2', '0.0.0.0', 'localhost.', '[0:0:0:0:0:0:0:1]', 'LOCALHOST', '[::1]'])(
    'keeps a script that exports nothing and asks %s for a token (the text scan ruled it out before)',
    (host) => {
      const script = `fetch('http://${host}:50342/oauth2/token?resource=x', { headers: { Metadata: 'true' } }).then((r) => r.json());\n`;
      expect(mayContainLegacyPattern(script, 'get-token.js')).toBe(true);
    },
  );
});
