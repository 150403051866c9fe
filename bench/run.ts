// Runs the benchmark groups in bench/groups/*.bench.ts (all, or those named on the command line),
// prints each figure with its baseline and ratio, and writes bench/results.json.
import { readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { BenchGroup, BenchRow } from './bench-row'

const here = dirname(fileURLToPath(import.meta.url))
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))

const files = readdirSync(join(here, 'groups')).filter((file) => file.endsWith('.bench.ts'))
const groups: BenchGroup[] = []
for (const file of files.sort()) {
  const module = (await import(pathToFileURL(join(here, 'groups', file)).href)) as {
    default: BenchGroup
  }
  groups.push(module.default)
}
const unknown = wanted.filter((name) => !groups.some((group) => group.name === name))
if (unknown.length > 0) {
  console.error(
    `Unknown bench group ${unknown.join(', ')}; known: ${groups.map((g) => g.name).join(', ')}`,
  )
  process.exit(2)
}

const rows: BenchRow[] = []
for (const group of groups.filter((g) => wanted.length === 0 || wanted.includes(g.name))) {
  console.log(`\n## ${group.name}`)
  for (const row of await group.run()) {
    rows.push(row)
    console.log(formatRow(row))
  }
}
writeFileSync(join(here, 'results.json'), JSON.stringify(rows, null, 2) + '\n')
console.log(`\n${rows.length} figures written to bench/results.json`)

function formatRow(row: BenchRow): string {
  const value = `${formatNumber(row.value)} ${row.unit}`
  const against =
    row.baseline === null
      ? ''
      : `  baseline ${formatNumber(row.baseline)} ${row.unit}  ratio ${row.ratio === null ? '—' : `${formatNumber(row.ratio)}×`}`
  return `${row.name.padEnd(40)} ${value.padStart(16)}${against}${row.note ? `  (${row.note})` : ''}`
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (Math.abs(value) >= 100) return value.toFixed(0)
  if (Math.abs(value) >= 1) return value.toFixed(2)
  return value.toPrecision(3)
}
