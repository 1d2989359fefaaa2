import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The convergence test runs against a real `tandem serve`; `npm test` never picks it up.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
