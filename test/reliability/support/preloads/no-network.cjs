// Preload (node --require): records every attempt to open a network connection or resolve a name to
// $MI_NETWORK_LOG and refuses it, unless it is a local (loopback or IPC) connection.
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');

const log = process.env.MI_NETWORK_LOG;
const appendRecord = fs.appendFileSync.bind(fs);
function record(entry) {
  if (log) appendRecord(log, `${JSON.stringify({ ...entry, pid: process.pid })}\n`);
}
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\]|::ffff:127(?:\.\d{1,3}){3})$/i;

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  let host;
  if (typeof first === 'object' && first !== null) {
    if (first.path) return originalConnect.apply(this, args);
    host = first.host ?? 'localhost';
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    host = typeof args[1] === 'string' ? args[1] : 'localhost';
  } else {
    return originalConnect.apply(this, args); // IPC path
  }
  if (!LOOPBACK.test(host)) {
    record({ op: 'connect', host });
    throw new Error(`no-network preload: refused a connection to ${host}`);
  }
  record({ op: 'connect-loopback', host });
  return originalConnect.apply(this, args);
};

function refusedLookup(name) {
  return function lookup(hostname, ...rest) {
    record({ op: name, hostname });
    const callback = rest.find((arg) => typeof arg === 'function');
    const error = Object.assign(new Error(`no-network preload: refused ${name}(${hostname})`), { code: 'ENOTFOUND' });
    if (callback) process.nextTick(callback, error);
    else return Promise.reject(error);
  };
}
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveSrv', 'resolveTxt']) dns[name] = refusedLookup(name);
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns.promises[name] = refusedLookup(`promises.${name}`);
for (const name of ['fetch']) {
  const original = globalThis[name];
  if (original) {
    globalThis[name] = function patchedFetch(input) {
      record({ op: 'fetch', url: String(input && input.url ? input.url : input) });
      return Promise.reject(new Error('no-network preload: refused fetch'));
    };
  }
}
