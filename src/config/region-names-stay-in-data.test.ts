import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { region } from './region'

// A region is data: its folder in data/regions names it and says what the app calls it, so that
// another county's programme is a new folder and a programme row, not a change of code. Tests may
// name a region where they test its data; the app's own files may not.
const srcDir = join(import.meta.dirname, '..')
const repoRoot = join(srcDir, '..')
/** Files allowed to name a region, with why (none today: the words come from the manifest). */
const ALLOWED: readonly string[] = []

const regionsDir = join(repoRoot, 'data', 'regions')
const manifests = readdirSync(regionsDir).map(
  (folder) =>
    JSON.parse(readFileSync(join(regionsDir, folder, 'manifest.json'), 'utf8')) as {
      region: string
      display: { name: string }
    },
)
const placeNames = [
  ...new Set(manifests.flatMap((m) => [m.region, m.display.name].map((n) => n.toLowerCase()))),
]

function appFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return appFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** Each line of the app's code that names a region, as "file:line: text". */
function linesNaming(names: readonly string[]): string[] {
  const pattern = new RegExp(`\\b(${names.map(escapeRegExp).join('|')})\\b`, 'i')
  return appFiles(srcDir).flatMap((path) => {
    const file = relative(repoRoot, path)
    if (ALLOWED.includes(file)) return []
    return readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
      )
  })
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('region names', () => {
  it("appear in src only through the region's manifest, never in code or its words", () => {
    expect(placeNames.length).toBeGreaterThan(0)
    expect(linesNaming(placeNames)).toEqual([])
  })

  it('reach the app from the manifest', () => {
    expect(placeNames).toContain(region.name.toLowerCase())
  })
})
