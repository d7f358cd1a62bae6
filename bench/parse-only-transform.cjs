// jscodeshift transform for the benchmark: parse each file (jscodeshift's whole per-file cost minus
// printing) and change nothing. Returning undefined tells jscodeshift the file was skipped.
module.exports = function parseOnly(file, api) {
  api.jscodeshift(file.source);
  return undefined;
};
