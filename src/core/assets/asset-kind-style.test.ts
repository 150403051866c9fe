import { describe, expect, it } from 'vitest'
import { ASSET_KINDS } from './asset'
import { ASSET_KIND_STYLES } from './asset-kind-style'

/** WCAG 2.2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

describe('the kinds on the map key', () => {
  it('gives each kind a mark readable on its colour (at least 4.5:1)', () => {
    for (const kind of ASSET_KINDS) {
      const style = ASSET_KIND_STYLES[kind]
      expect(contrast(style.colour, style.markColour), kind).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('gives each kind its own mark and colour', () => {
    const styles = ASSET_KINDS.map((kind) => ASSET_KIND_STYLES[kind])
    expect(new Set(styles.map((s) => s.mark)).size).toBe(ASSET_KINDS.length)
    expect(new Set(styles.map((s) => s.colour)).size).toBe(ASSET_KINDS.length)
  })
})
