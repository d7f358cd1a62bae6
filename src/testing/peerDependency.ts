/** Loads an optional peer dependency only when a helper that needs it is called. */
export function requirePeer<T>(name: string, helper: string): T {
  try {
    return require(name) as T;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') {
      throw new Error(`${helper} needs ${name}, an optional peer dependency of mi-codemod: run \`npm install --save-dev ${name}\``, {
        cause: error,
      });
    }
    throw error;
  }
}
