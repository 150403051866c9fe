import { describe, expect, it } from 'vitest'
import { pickRegionConfig } from './region-config'

const manifest = (region: string, name: string) => ({
  region,
  programme: `${region}-programme`,
  display: { name, programmeName: `${name} Together`, partners: `${name} Council` },
})

describe('pickRegionConfig', () => {
  it('takes the only region when none is chosen', () => {
    expect(pickRegionConfig({ a: manifest('north', 'Northshire') }, undefined)).toEqual({
      region: 'north',
      programme: 'north-programme',
      name: 'Northshire',
      programmeName: 'Northshire Together',
      partners: 'Northshire Council',
    })
  })

  it('takes the chosen region among several', () => {
    const manifests = { a: manifest('north', 'Northshire'), b: manifest('south', 'Southshire') }
    expect(pickRegionConfig(manifests, 'south').name).toBe('Southshire')
  })

  it('asks for a choice when there are several regions and none is chosen', () => {
    const manifests = { a: manifest('north', 'Northshire'), b: manifest('south', 'Southshire') }
    expect(() => pickRegionConfig(manifests, undefined)).toThrow(
      'Set VITE_REGION to one of the regions in data/regions: north, south',
    )
  })

  it('names a chosen region that has no folder', () => {
    expect(() => pickRegionConfig({ a: manifest('north', 'Northshire') }, 'west')).toThrow(
      "No region 'west' in data/regions (there are: north)",
    )
  })
})
