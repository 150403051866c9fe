// The configuration the app under test was built with, so that tests follow the configured
// basemap instead of repeating its URL. Read from this process's VITE_* variables: the build and
// the tests run with the same environment (no .env file in CI). Vite's own loadEnv would also read
// .env files, but importing 'vite' here trips the import-x lint resolver (see the closing note).
import { readConfig } from '../../../src/config/env'

export const builtConfig = readConfig(
  Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('VITE_'))),
)
