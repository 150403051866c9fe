import { describe, expect, it } from 'vitest'
import { screenForPath } from './screen-for-path'

describe('screenForPath', () => {
  it('shows the map at the root, however it is written', () => {
    expect(['/', '/index.html'].map(screenForPath)).toEqual(['map', 'map'])
  })

  it("shows each of the residents' pages", () => {
    const paths = [
      '/offer',
      '/offer/',
      '/offer/name',
      '/offer/check',
      '/offer/sent',
      '/my-data',
      '/my-data/',
      '/privacy',
      '/directory',
      '/offers/review',
      '/offers/on-behalf',
      '/offers/shared',
    ]
    expect(paths.map(screenForPath)).toEqual(paths.map(() => 'residents'))
  })

  it("shows each of the support network's pages", () => {
    const paths = ['/support', '/support/safe-spaces', '/support/champions/record']
    expect(paths.map(screenForPath)).toEqual(paths.map(() => 'support'))
  })

  it('says "page not found" for any other address rather than showing the map', () => {
    const paths = ['/ofer', '/map', '/my-data/extra', '/offers', '/privacy-notice', '/admin']
    expect(paths.map(screenForPath)).toEqual(paths.map(() => 'not-found'))
  })
})
