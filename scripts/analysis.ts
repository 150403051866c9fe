// `npm run analysis -- --assets <file> [...]`: the ward gap analysis core on a file, for analysts.
// See scripts/analysis/run-analysis-cli.ts and the README section "Gap analysis from the command line".
import { defaultDataDir } from './lib/paths'
import { runAnalysisCli } from './analysis/run-analysis-cli'

process.exitCode = runAnalysisCli(process.argv.slice(2), {
  cwd: process.env.INIT_CWD || process.cwd(),
  defaultRegionDir: defaultDataDir,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
