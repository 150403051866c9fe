import { configDefaults, defineConfig } from 'vitest/config'

// Tiers (README, "Tests"): unit is fast and self-contained; integration reads the region files in
// ../shared/data or runs the command-line tools (`*.integration.test.ts`); db runs on a database.
const integration = ['**/*.integration.test.ts', '**/*.integration.test.tsx']

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...integration],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: integration.flatMap((glob) => [`src/${glob}`, `scripts/${glob}`]),
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['tests/db/**/*.test.ts'],
          environment: 'node',
          // Each file has a database of its own (PGlite in memory, or a copy of a template on
          // DATABASE_URL), so two files run at a time; the shared set-up is built first.
          globalSetup: ['tests/db/support/global-setup.ts'],
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
