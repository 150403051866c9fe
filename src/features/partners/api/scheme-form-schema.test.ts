import { describe, expect, it } from 'vitest'
import type { DirectoryService, SchemeVenue } from '../../../core/partners/partner'
import { keptVenueNames, toSchemeFormValues, toSchemeInput } from './scheme-form-schema'

const venue = (over: Partial<SchemeVenue>): SchemeVenue => ({
  assetId: null,
  name: 'Support line',
  lng: null,
  lat: null,
  wardCode: null,
  sensitive: true,
  frontDoorContact: 'Ring 0800 000 1111',
  publicName: 'Support line',
  ...over,
})

const scheme = (venues: SchemeVenue[]): DirectoryService => ({
  schemeId: 'scheme-1',
  organisationId: 'org-1',
  organisationName: 'Harbour Women’s Aid',
  organisationSector: 'voluntary',
  kind: 'service',
  name: 'Harbour Support',
  description: null,
  themes: ['domestic_abuse'],
  audiences: ['women'],
  access: 'referral',
  howToAccess: null,
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  url: null,
  schedules: [],
  areaCodes: [],
  wardCodes: [],
  venues,
  updatedAt: '2026-12-08T10:00:00Z',
  canEdit: true,
})

describe('editing a scheme with a sensitive venue', () => {
  it('leaves out a refuge the reader cannot see, names it as kept, and saves without it', () => {
    const row = scheme([venue({})])
    const values = toSchemeFormValues(row)
    expect(values.venues).toEqual([])
    expect(keptVenueNames(row)).toEqual(['Support line'])
    const made = toSchemeInput(
      { ...values, wards: ['E05000001'] },
      { id: 'scheme-1', organisationId: 'org-1' },
      [],
    )
    expect(made.ok && made.input.venues).toEqual([])
  })

  it('gives a reader who sees the refuge its public name and front-door contact to change', () => {
    const row = scheme([venue({ assetId: 'refuge', name: 'Harbour Refuge' })])
    const values = toSchemeFormValues(row)
    expect(values.venues).toEqual([
      {
        name: 'Harbour Refuge',
        publicName: 'Support line',
        frontDoorContact: 'Ring 0800 000 1111',
      },
    ])
    const made = toSchemeInput(values, { id: 'scheme-1', organisationId: 'org-1' }, [
      { id: 'refuge', name: 'Harbour Refuge', sensitive: true },
    ])
    expect(made.ok && made.input.venues).toEqual([
      { assetId: 'refuge', publicName: 'Support line', frontDoorContact: 'Ring 0800 000 1111' },
    ])
  })
})
