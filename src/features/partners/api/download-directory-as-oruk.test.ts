import { describe, expect, it } from 'vitest'
import type { DirectoryService, PartnerOrganisation } from '../../../core/partners/partner'
import type { PartnersPort } from '../../../db/partners-port'
import { buildDirectoryOrukFile } from './download-directory-as-oruk'

const TRUST: PartnerOrganisation = {
  id: '0b6f4a52-3c1e-4d55-9a43-7c9e2f0d1a01',
  programmeId: 'essex',
  name: 'Harbour Women’s Aid',
  sector: 'voluntary',
  description: null,
  website: null,
  email: null,
  phone: null,
}

// As safeguarding reads it: the refuge's own id, name and point are in the row.
const SUPPORT: DirectoryService = {
  schemeId: '6d1e0c9b-7f3a-4b8e-8f21-5a4d3c2b1a02',
  organisationId: TRUST.id,
  organisationName: TRUST.name,
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
  venues: [
    {
      assetId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c03',
      name: 'Harbour Refuge',
      lng: 0.413579,
      lat: 51.612468,
      wardCode: 'E05004118',
      sensitive: true,
      publicName: 'Support line',
      frontDoorContact: 'Ring 0800 000 1111',
    },
  ],
  updatedAt: '2026-12-08T10:00:00Z',
  canEdit: true,
}

const partners = {
  listServices: () => Promise.resolve([SUPPORT]),
  listOrganisations: () => Promise.resolve([TRUST]),
  listThemes: () =>
    Promise.resolve([
      {
        code: 'domestic_abuse',
        label: 'Domestic abuse',
        needIndicator: null,
        needLabel: null,
        sortOrder: 1,
        retired: false,
      },
    ]),
  listAudiences: () => Promise.resolve([{ code: 'women', label: 'Women', sortOrder: 1 }]),
} as unknown as PartnersPort

describe('buildDirectoryOrukFile', () => {
  it('names the file for the day and holds the services as Open Referral UK, a refuge only by its public face', async () => {
    const file = await buildDirectoryOrukFile(partners, new Date('2026-12-08T23:30:00Z'))
    expect(file.name).toBe('directory-oruk-2026-12-08.json')
    const text = await file.content.text()
    const services = JSON.parse(text) as Array<{
      id: string
      name: string
      organization: { name: string }
      service_at_locations: Array<{ location: { name: string; description?: string } }>
    }>
    expect(services).toHaveLength(1)
    expect(services[0]).toMatchObject({
      id: SUPPORT.schemeId,
      name: 'Harbour Support',
      organization: { name: TRUST.name },
      service_at_locations: [
        { location: { name: 'Support line', description: 'Ring 0800 000 1111' } },
      ],
    })
    for (const secret of [
      'Harbour Refuge',
      SUPPORT.venues[0]!.assetId!,
      '51.612468',
      'E05004118',
    ]) {
      expect(text).not.toContain(secret)
    }
  })
})
