import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node 20 cannot run decorators: lower them (the behavioural cases hold a decorated class, as real code does).
  oxc: { decorator: { legacy: true } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    setupFiles: ['test/setup/no-real-network.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
