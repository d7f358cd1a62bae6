import type { ESLint, Linter } from 'eslint';
import { readPackageMeta } from './packageMeta';
import { createRules, IMDS_ADVISORIES, NO_VM_EXTENSION_ENDPOINT } from './rules';

const packageMeta = readPackageMeta();
const README_URL = packageMeta.homepage ?? `https://www.npmjs.com/package/${packageMeta.name}`;
const PLUGIN_NAMESPACE = 'mi-codemod';

const plugin = {
  meta: { name: packageMeta.name, version: packageMeta.version },
  rules: createRules(README_URL),
  configs: {} as Record<'recommended', Linter.Config>,
} satisfies ESLint.Plugin;

plugin.configs.recommended = {
  name: `${PLUGIN_NAMESPACE}/recommended`,
  plugins: { [PLUGIN_NAMESPACE]: plugin },
  rules: {
    [`${PLUGIN_NAMESPACE}/${NO_VM_EXTENSION_ENDPOINT}`]: 'error',
    [`${PLUGIN_NAMESPACE}/${IMDS_ADVISORIES}`]: 'warn',
  },
};

/** The ESLint plugin `mi-codemod/eslint-plugin`: its rules and a `recommended` flat config. */
export = plugin;
