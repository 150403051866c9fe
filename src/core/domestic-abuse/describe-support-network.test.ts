import { describe, expect, it } from 'vitest'
import type { SchemeVenue } from '../partners/partner'
import { describeSupportNetwork, type DirectoryScheme } from './describe-support-network'

const venue = (over: Partial<SchemeVenue>): SchemeVenue => ({
  assetId: 'a1',
  name: 'High Street Pharmacy',
  lng: 0.47,
  lat: 51.73,
  wardCode: 'E05000001',
  sensitive: false,
  frontDoorContact: null,
  publicName: null,
  ...over,
})

const scheme = (over: Partial<DirectoryScheme>): DirectoryScheme => ({
  schemeId: 's1',
  organisationName: 'Safe Essex',
  kind: 'service',
  name: 'Outreach',
  description: null,
  themes: ['domestic_abuse'],
  access: 'open',
  howToAccess: 'Call us',
  contactName: null,
  contactEmail: null,
  contactPhone: '01234 567890',
  url: null,
  venues: [],
  ...over,
})

describe('describeSupportNetwork', () => {
  it('lists services of the domestic-abuse theme only', () => {
    const network = describeSupportNetwork([
      scheme({ schemeId: 's1', name: 'Outreach' }),
      scheme({ schemeId: 's2', name: 'Food bank', themes: ['food'] }),
    ])
    expect(network.services.map((s) => s.name)).toEqual(['Outreach'])
  })

  it('puts a safe space on the map at its public venue', () => {
    const network = describeSupportNetwork([
      scheme({ kind: 'safe_space', name: 'Ask for ANI', venues: [venue({})] }),
    ])
    expect(network.safeSpaces.map((s) => s.name)).toEqual(['Ask for ANI'])
    expect(network.safeSpacePoints).toEqual([
      {
        id: 's1:a1',
        name: 'High Street Pharmacy',
        schemeName: 'Ask for ANI',
        lng: 0.47,
        lat: 51.73,
      },
    ])
  })

  it('never makes a sensitive venue a point, even when the row carries its location', () => {
    // As a safeguarding reader gets it from the view: the place's own name, and its public name.
    const refuge = venue({
      assetId: 'r1',
      name: 'Elm House Refuge',
      publicName: 'Haven',
      sensitive: true,
      frontDoorContact: '0800 1',
    })
    const network = describeSupportNetwork([
      scheme({ kind: 'safe_space', name: 'Safe rooms', venues: [refuge] }),
      scheme({ schemeId: 's2', name: 'Refuge', venues: [refuge] }),
    ])
    expect(network.safeSpacePoints).toEqual([])
    expect(network.services[0]?.placeNames).toEqual([])
    expect(network.frontDoors).toEqual([
      {
        publicName: 'Haven',
        frontDoorContact: '0800 1',
        schemeName: 'Refuge',
        organisationName: 'Safe Essex',
      },
      {
        publicName: 'Haven',
        frontDoorContact: '0800 1',
        schemeName: 'Safe rooms',
        organisationName: 'Safe Essex',
      },
    ])
    expect(JSON.stringify(network)).not.toContain('r1')
    expect(JSON.stringify(network)).not.toContain('Elm House')
    expect(JSON.stringify(network)).not.toContain('E05000001')
  })

  it('orders each list by name', () => {
    const network = describeSupportNetwork([
      scheme({ schemeId: 'b', name: 'Women’s centre' }),
      scheme({ schemeId: 'a', name: 'Advocacy' }),
    ])
    expect(network.services.map((s) => s.name)).toEqual(['Advocacy', 'Women’s centre'])
  })
})
