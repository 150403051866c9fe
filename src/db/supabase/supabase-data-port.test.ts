import { describe, expect, it } from 'vitest'
import { jsonResponse, recordingSupabaseClient } from './testing/recording-supabase-client'
import { VersionConflictError } from '../data-error'
import { supabaseDataPort } from './supabase-data-port'

// Supabase's server cannot run here; this checks what the adapter sends to PostgREST and how it
// reads the answers, over a recording fetch. (Realtime: supabase-realtime.test.ts.)
function recordingClient(respond: (url: URL, init: RequestInit) => Response) {
  const { client, requests } = recordingSupabaseClient(respond)
  return { port: supabaseDataPort(client), requests }
}

const json = jsonResponse

const assetRow = {
  asset_id: 'a1',
  name: 'Hall',
  kind: 'physical_space',
  subtype: 'village_hall',
  description: '',
  opening_times: '',
  accessibility: 'Step-free',
  website: null,
  tags: ['hall'],
  lng: 0.47,
  lat: 51.73,
  ward_code: 'E05004093',
  status: 'approved',
  status_reason: null,
  is_sensitive: false,
  workshop_id: null,
  last_verified_at: null,
  version: 1,
  created_at: '2026-11-23T10:00:00+00:00',
  updated_at: '2026-11-23T10:00:00+00:00',
  merged_into: null,
}

const newAsset = {
  clientId: 'c1',
  name: 'Hall',
  kind: 'physical_space' as const,
  subtype: 'village_hall',
  description: '',
  openingTimes: '',
  accessibility: 'Step-free',
  website: null,
  tags: ['hall'],
  contact: '01245 000000',
  lngLat: [0.47, 51.73] as [number, number],
}

describe('supabaseDataPort', () => {
  it('creates an asset through the create_asset RPC with named parameters', async () => {
    const { port, requests } = recordingClient(() => json([assetRow]))
    const asset = await port.assets.create(newAsset)
    expect(requests[0]?.url.pathname).toBe('/rest/v1/rpc/create_asset')
    expect(requests[0]?.method).toBe('POST')
    expect(requests[0]?.body).toEqual({
      p_client_id: 'c1',
      p_name: 'Hall',
      p_kind: 'physical_space',
      p_description: '',
      p_lng: 0.47,
      p_lat: 51.73,
      p_is_sensitive: false,
      p_subtype: 'village_hall',
      p_opening_times: '',
      p_accessibility: 'Step-free',
      p_website: null,
      p_tags: ['hall'],
      p_contact: '01245 000000',
      p_workshop_id: null,
    })
    expect(asset.lngLat).toEqual([0.47, 51.73])
    expect(asset.createdAt).toBe('2026-11-23T10:00:00.000Z')
  })

  it("passes the database's refusal on as a message a person can read", async () => {
    const { port } = recordingClient(() =>
      json(
        { code: '22023', message: "That place (2.5, 52.2) is outside the region's wards." },
        400,
      ),
    )
    await expect(port.assets.create({ ...newAsset, lngLat: [2.5, 52.2] })).rejects.toThrow(
      "That place (2.5, 52.2) is outside the region's wards.",
    )
  })

  it('sends only the changed fields of an edit, by column name, with the version it started from', async () => {
    const { port, requests } = recordingClient(() => json([{ ...assetRow, version: 2 }]))
    await port.assets.update('a1', 1, { openingTimes: 'Sat 10–12', lngLat: [0.48, 51.74] })
    expect(requests[0]?.url.pathname).toBe('/rest/v1/rpc/update_asset')
    expect(requests[0]?.body).toEqual({
      p_asset_id: 'a1',
      p_expected_version: 1,
      p_changes: { opening_times: 'Sat 10–12', lng: 0.48, lat: 51.74 },
    })
  })

  it("turns a stale save into a VersionConflictError carrying the other person's version", async () => {
    const theirs = { ...assetRow, name: 'Writtle Hall', version: 2, contact: null }
    const { port } = recordingClient(() =>
      json(
        {
          code: 'P0409',
          message: 'Someone else saved this asset since you opened it.',
          details: JSON.stringify(theirs),
          hint: 'Their version is in the detail.',
        },
        400,
      ),
    )
    const refusal = await port.assets.update('a1', 1, { name: 'Mine' }).catch((e: unknown) => e)
    expect(refusal).toBeInstanceOf(VersionConflictError)
    expect((refusal as VersionConflictError).current).toMatchObject({
      name: 'Writtle Hall',
      version: 2,
    })
  })

  it('reads ward summaries from the security_invoker view, ordered by code', async () => {
    const { port, requests } = recordingClient(() =>
      json([
        {
          ward_code: 'E05004093',
          ward_name: 'Moulsham and Central',
          lad_code: 'E07000070',
          lad_name: 'Chelmsford',
          population: 11000,
          imd2025_score: 12.5,
          imd2025_rank: '120',
          imd2025_tenth: 5,
          imd2019_score: 11,
          imd2019_rank: 130,
        },
      ]),
    )
    const [ward] = await port.region.listWardSummaries()
    expect(requests[0]?.url.pathname).toBe('/rest/v1/ward_summaries')
    expect(requests[0]?.url.searchParams.get('order')).toBe('ward_code.asc')
    expect(ward?.imd2025Rank).toBe(120)
  })

  it('looks up a postcode through the anon-callable RPC, null when the region has none', async () => {
    const { port, requests } = recordingClient(() => json([]))
    expect(await port.region.lookupPostcode('cm1 1aa')).toBeNull()
    expect(requests[0]?.url.pathname).toBe('/rest/v1/rpc/lookup_postcode')
    expect(requests[0]?.body).toEqual({ p_postcode: 'cm1 1aa' })
  })

  it('says the code is wrong when no workshop has it', async () => {
    const { port } = recordingClient(() => json([]))
    await expect(port.workshops.join('K7P-2QD')).rejects.toThrow(
      /No workshop has the code “K7P-2QD”/,
    )
  })
})
