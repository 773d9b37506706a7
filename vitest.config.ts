import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['utils/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'modules/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['./tests/unit/setup.ts'],
          // axe-core on whole panels in happy-dom takes seconds on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        // The unit project gets `@/` from WXT's plugin; e2e files import extension modules too (the audit schema).
        resolve: { alias: { '@': import.meta.dirname } },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['./tests/e2e/global-setup.ts'],
          // Fails any e2e file whose browser contacted a host the test web does not serve.
          setupFiles: ['./tests/e2e/support/no-network.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
