// Preload (node --require): appends to $MI_LOAD_LOG every module file the process loads (require and
// import) and every child process it starts, so a test can prove it never ran code from the scanned tree.
const fs = require('node:fs');
const Module = require('node:module');
const childProcess = require('node:child_process');

const log = process.env.MI_LOAD_LOG;
const appendRecord = fs.appendFileSync.bind(fs);
function record(entry) {
  if (log) appendRecord(log, `${JSON.stringify(entry)}\n`);
}

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveFilename(request, ...rest) {
  const resolved = originalResolve.call(this, request, ...rest);
  record({ op: 'require', request, resolved });
  return resolved;
};
if (typeof Module.registerHooks === 'function') {
  Module.registerHooks({
    resolve(specifier, context, nextResolve) {
      const result = nextResolve(specifier, context);
      record({ op: 'resolve', request: specifier, resolved: result.url });
      return result;
    },
  });
}
for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork']) {
  const original = childProcess[name];
  childProcess[name] = function patched(command, ...rest) {
    record({ op: name, command: String(command), args: Array.isArray(rest[0]) ? rest[0].map(String) : [] });
    return original.call(this, command, ...rest);
  };
}
