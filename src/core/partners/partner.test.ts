import { describe, expect, it } from 'vitest'
import { schemeInputFrom, schemePayload, type DirectoryService } from './partner'

const row: DirectoryService = {
  schemeId: 's1',
  organisationId: 'o1',
  organisationName: 'Harbour Women’s Aid',
  organisationSector: 'voluntary',
  kind: 'service',
  name: 'Support line',
  description: null,
  themes: ['domestic_abuse'],
  audiences: ['women'],
  access: 'open',
  howToAccess: 'Call any time.',
  contactName: null,
  contactEmail: null,
  contactPhone: '0800 000 1111',
  url: null,
  schedules: [{ byday: 'MO', opensAt: '09:00', closesAt: '17:00', note: null }],
  areaCodes: ['E07000071'],
  wardCodes: ['E05000001'],
  venues: [
    {
      assetId: 'a1',
      name: 'Town Hall',
      lng: 0.9,
      lat: 51.9,
      wardCode: 'E05000001',
      sensitive: false,
      frontDoorContact: null,
      publicName: null,
    },
    {
      assetId: null,
      name: 'Safe house',
      lng: null,
      lat: null,
      wardCode: null,
      sensitive: true,
      frontDoorContact: '0800 000 2222',
      publicName: 'Safe house',
    },
  ],
  updatedAt: '2026-12-08T10:00:00Z',
  canEdit: true,
}

describe('a scheme edited from the directory', () => {
  it('saves back what the reader saw, leaving out a venue they may not see (the database keeps it)', () => {
    const payload = schemePayload(schemeInputFrom(row))
    expect(payload).toEqual({
      id: 's1',
      organisation_id: 'o1',
      kind: 'service',
      name: 'Support line',
      description: null,
      themes: ['domestic_abuse'],
      audiences: ['women'],
      access: 'open',
      how_to_access: 'Call any time.',
      contact_name: null,
      contact_email: null,
      contact_phone: '0800 000 1111',
      url: null,
      schedules: [{ byday: 'MO', opens_at: '09:00', closes_at: '17:00', note: null }],
      areas: ['E07000071'],
      venues: [{ asset_id: 'a1', public_name: null, front_door_contact: null }],
    })
  })
})
