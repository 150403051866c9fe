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
          // Each file starts its own database (PGlite, or a fresh schema on DATABASE_URL).
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
