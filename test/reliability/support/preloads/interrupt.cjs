// Preload (node --require): the process sends itself $MI_INTERRUPT_SIGNAL (default SIGINT) just before
// its $MI_INTERRUPT_AT_RENAME-th rename, i.e. with that file's temporary copy written and synced but
// not yet renamed over the original: the worst moment for an interrupt. Covers rename and renameSync.
const fs = require('node:fs');

const at = Number(process.env.MI_INTERRUPT_AT_RENAME || '0');
const signal = process.env.MI_INTERRUPT_SIGNAL || 'SIGINT';
let renames = 0;
function beforeRename() {
  renames++;
  if (renames === at) process.kill(process.pid, signal);
}
const originalRename = fs.promises.rename;
fs.promises.rename = function rename(from, to) {
  beforeRename();
  return originalRename.call(this, from, to);
};
const originalRenameSync = fs.renameSync;
fs.renameSync = function renameSync(from, to) {
  beforeRename();
  return originalRenameSync.call(this, from, to);
};
