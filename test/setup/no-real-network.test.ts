// The fence behind every interceptor: a socket to a non-loopback address throws before it is opened, however
// it is asked for. 0.0.0.0 is the target because, were the fence down, it would still only reach this machine.
import http from 'node:http';
import net from 'node:net';
import { describe, expect, it } from 'vitest';

const REFUSED = 'test tried to open a real connection to 0.0.0.0';

describe('test/setup/no-real-network.ts', () => {
  it('refuses net.connect(options)', () => {
    expect(() => net.connect({ host: '0.0.0.0', port: 9 })).toThrow(REFUSED);
  });

  it('refuses net.connect(port, host)', () => {
    expect(() => net.connect(9, '0.0.0.0')).toThrow(REFUSED);
  });

  it('refuses http.request through the default agent', () => {
    expect(() => http.request({ host: '0.0.0.0', port: 9 }).end()).toThrow(REFUSED);
  });

  it('lets loopback through', async () => {
    const server = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const socket = net.connect({ host: '127.0.0.1', port: (server.address() as net.AddressInfo).port });
    await new Promise((resolve) => socket.on('close', resolve));
    await new Promise((resolve) => server.close(resolve));
  });
});
