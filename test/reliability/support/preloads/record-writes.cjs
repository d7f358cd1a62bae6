// Preload (node --require): appends one JSON line per file-system write the process makes to
// $MI_RECORD_FILE, so a test can see exactly how the CLI writes (temp file, then rename).
const fs = require('node:fs');

const recordFile = process.env.MI_RECORD_FILE;
const appendRecord = fs.appendFileSync.bind(fs);
let recording = false;
function record(entry) {
  if (!recordFile || recording) return;
  recording = true;
  try {
    appendRecord(recordFile, `${JSON.stringify(entry)}\n`);
  } finally {
    recording = false;
  }
}

const writesFlags = (flags) => typeof flags === 'string' && /[wa+]/.test(flags);
const promises = fs.promises;
const originalOpen = promises.open;
promises.open = function open(file, flags, ...rest) {
  if (writesFlags(flags)) record({ op: 'open', file: String(file), flags });
  return originalOpen.call(this, file, flags, ...rest);
};
const originalRename = promises.rename;
promises.rename = function rename(from, to) {
  record({ op: 'rename', from: String(from), to: String(to) });
  return originalRename.call(this, from, to);
};
for (const name of ['writeFile', 'appendFile', 'truncate', 'copyFile', 'unlink', 'rm']) {
  const original = promises[name];
  promises[name] = function patched(file, ...rest) {
    record({ op: name, file: String(file) });
    return original.call(this, file, ...rest);
  };
}
const originalRenameSync = fs.renameSync;
fs.renameSync = function renameSync(from, to) {
  record({ op: 'rename', from: String(from), to: String(to) });
  return originalRenameSync.call(this, from, to);
};
for (const name of ['writeFileSync', 'appendFileSync', 'truncateSync', 'copyFileSync', 'unlinkSync', 'rmSync']) {
  const original = fs[name];
  fs[name] = function patched(file, ...rest) {
    record({ op: name, file: String(file) });
    return original.call(this, file, ...rest);
  };
}
const originalOpenSync = fs.openSync;
fs.openSync = function openSync(file, flags, ...rest) {
  if (writesFlags(flags)) record({ op: 'open', file: String(file), flags });
  return originalOpenSync.call(this, file, flags, ...rest);
};
