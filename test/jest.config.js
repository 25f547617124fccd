import { fileURLToPath } from 'node:url';

// Jest runs the TypeScript sources as native ES modules: swc strips the types and keeps
// `import`, and `npm test` sets NODE_OPTIONS=--experimental-vm-modules for that.
const transform = {
  '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2024' }, module: { type: 'es6' } }],
};
// This file lives in test/: the project root (rootDir) is one folder up.
const rootDir = fileURLToPath(new URL('..', import.meta.url));
const common = { rootDir, testEnvironment: 'node', extensionsToTreatAsEsm: ['.ts'], transform };

export default {
  rootDir,
  testTimeout: 60000,
  maxWorkers: 2,
  projects: [
    // No database (the documents tests use Chromium and pdfsig).
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'], globalSetup: '<rootDir>/test/support/system-setup.ts' },
    // API and browser tests against a real Postgres (embedded, or DATABASE_URL's server).
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/api/**/*.test.ts', '<rootDir>/test/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
