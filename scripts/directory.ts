// `npm run -s directory -- export|import …`: the directory as Open Referral UK 3.0 JSON, for
// scripts. See scripts/directory/run-directory-cli.ts and docs/partners.md.
import { runDirectoryCli } from './directory/run-directory-cli'

process.exitCode = await runDirectoryCli(process.argv.slice(2), {
  cwd: process.env.INIT_CWD || process.cwd(),
  databaseUrl: process.env.DATABASE_URL || null,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
