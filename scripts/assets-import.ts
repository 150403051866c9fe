// `npm run -s assets:import -- <file> --as <email> …`: a file of assets imported through the
// app's own functions, for bulk loads and scripts. See scripts/assets-import/ and docs/imports.md.
import { runAssetsImportCli } from './assets-import/run-assets-import-cli'

process.exitCode = await runAssetsImportCli(process.argv.slice(2), {
  cwd: process.env.INIT_CWD || process.cwd(),
  databaseUrl: process.env.DATABASE_URL || null,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
