import { describe, expect, it } from 'vitest'
import { readBasemapChoice, writeBasemapChoice } from './basemap-choice-url'

describe('readBasemapChoice', () => {
  it('reads the built-in choice from the query', () => {
    expect(readBasemapChoice('?basemap=builtin')).toBe('builtin')
  })

  it('means online when the query does not say, or says something unknown', () => {
    expect(readBasemapChoice('')).toBe('online')
    expect(readBasemapChoice('?basemap=satellite')).toBe('online')
  })
})

describe('writeBasemapChoice', () => {
  it('adds the choice and keeps the other parameters and the map view in the hash', () => {
    expect(writeBasemapChoice('https://x.org/?a=1#map=9/51.8/0.6', 'builtin')).toBe(
      'https://x.org/?a=1&basemap=builtin#map=9/51.8/0.6',
    )
  })

  it('leaves the default out, so that shared links stay short', () => {
    expect(writeBasemapChoice('https://x.org/?basemap=builtin#map=9/51.8/0.6', 'online')).toBe(
      'https://x.org/#map=9/51.8/0.6',
    )
  })
})
