// Loaded before every test file: any socket to an address outside the loopback range fails at once,
// so no test can reach 169.254.169.254 (or anything else) for real, even if an interceptor is missing.
import net from 'node:net';

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\]|::ffff:127(?:\.\d{1,3}){3})$/i;

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  // net.connect(), http.request() and every agent call socket.connect() with their options normalised into an array.
  const first = (Array.isArray(args[0]) ? args[0][0] : args[0]) as { host?: string; path?: string } | number | string | undefined;
  let host: string | undefined;
  if (typeof first === 'object' && first !== null) {
    if (first.path) return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
    host = first.host ?? 'localhost';
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    host = typeof args[1] === 'string' ? (args[1] as string) : 'localhost';
  } else if (typeof first === 'string') {
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args); // IPC path
  }
  if (host !== undefined && !LOOPBACK.test(host)) {
    throw new Error(`test tried to open a real connection to ${host}: tests may only reach loopback`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
