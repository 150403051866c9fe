import { prepareStandardDatabase } from './test-database'

// Vitest runs this once before the database test files, which run two at a time.
export default async function setup(): Promise<void> {
  await prepareStandardDatabase()
}
