import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // 'server-only' throws outside Next's server bundle; tests are server code.
      'server-only': path.resolve(import.meta.dirname, 'lib/testing/empty-module.ts'),
    },
  },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', 'data/**'],
    environment: 'node',
    // next-auth imports 'next/server' without an extension; let Vite resolve it.
    server: { deps: { inline: ['next-auth'] } },
    // Password hashing is deliberately slow.
    testTimeout: 20_000,
  },
});
