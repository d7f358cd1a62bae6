/**
 * Reverts every @babel/register hook already installed in this process (jscodeshift installs one to load a
 * transform), so the modules required afterwards load as plain Node modules. No-op under `--no-babel`.
 */
export function stopBabelRegister(): void {
  for (const [modulePath, loaded] of Object.entries(require.cache)) {
    if (!/[\\/]@babel[\\/]register[\\/]/.test(modulePath)) continue;
    const revert = (loaded?.exports as { revert?: unknown } | undefined)?.revert;
    if (typeof revert === 'function') revert();
  }
}
