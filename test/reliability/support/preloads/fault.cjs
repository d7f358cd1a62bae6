// Preload (node --require): makes chosen file-system calls fail the way a permission problem or a
// broken disk would, for tests that run as root (where chmod does not stop anything). Both the
// promise and the synchronous APIs are covered, so the test does not depend on which one the CLI uses.
// $MI_FAULT is JSON: [{ "op": "read" | "open-write" | "rename", "match": "<substring of the path>", "code": "EACCES" }]
const fs = require('node:fs');

const faults = JSON.parse(process.env.MI_FAULT || '[]');
function failure(op, file) {
  const fault = faults.find((entry) => entry.op === op && String(file).includes(entry.match));
  if (!fault) return undefined;
  const error = new Error(`${fault.code}: injected failure, ${op} '${file}'`);
  error.code = fault.code;
  error.path = String(file);
  return error;
}
const opOfFlags = (flags) => (typeof flags === 'string' && /[wa+]/.test(flags) ? 'open-write' : 'read');

const promises = fs.promises;
const originals = { readFile: promises.readFile, open: promises.open, rename: promises.rename };
promises.readFile = function readFile(file, ...rest) {
  const error = typeof file === 'object' && file !== null && 'fd' in file ? undefined : failure('read', file);
  return error ? Promise.reject(error) : originals.readFile.call(this, file, ...rest);
};
promises.open = function open(file, flags, ...rest) {
  const error = failure(opOfFlags(flags), file);
  return error ? Promise.reject(error) : originals.open.call(this, file, flags, ...rest);
};
promises.rename = function rename(from, to) {
  const error = failure('rename', to);
  return error ? Promise.reject(error) : originals.rename.call(this, from, to);
};

const sync = { readFileSync: fs.readFileSync, openSync: fs.openSync, renameSync: fs.renameSync, writeFileSync: fs.writeFileSync };
fs.readFileSync = function readFileSync(file, ...rest) {
  const error = typeof file === 'number' ? undefined : failure('read', file);
  if (error) throw error;
  return sync.readFileSync.call(this, file, ...rest);
};
fs.openSync = function openSync(file, flags, ...rest) {
  const error = failure(opOfFlags(flags), file);
  if (error) throw error;
  return sync.openSync.call(this, file, flags, ...rest);
};
fs.renameSync = function renameSync(from, to) {
  const error = failure('rename', to);
  if (error) throw error;
  return sync.renameSync.call(this, from, to);
};
