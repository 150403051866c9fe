import type { Asset } from './asset'

/**
 * A complete asset for tests, with any fields overridden. Kept beside the core types so that
 * every test builds the same shape (not a mock: a plain value of the real type).
 *
 * @param overrides - fields to set
 * @returns an approved physical space in Writtle unless told otherwise
 */
export function testAsset(overrides: Partial<Asset> = {}): Asset {
  return {
    id: 'asset-1',
    name: 'Writtle Village Hall',
    kind: 'physical_space',
    subtype: null,
    description: '',
    openingTimes: '',
    accessibility: '',
    website: null,
    tags: [],
    lngLat: [0.4262, 51.7303],
    wardCode: 'E05004114',
    status: 'approved',
    statusReason: null,
    isSensitive: false,
    workshopId: null,
    lastVerifiedAt: null,
    version: 1,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  }
}
