import { describe, expect, it } from 'vitest'
import { DataError } from '../data-error'
import { supabaseReviewPort, supabaseTaxonomyPort } from './supabase-assets-port'
import { jsonResponse, recordingSupabaseClient } from './testing/recording-supabase-client'

// The connected adapter's taxonomy editing and "not a duplicate", on the wire: which RPC each
// call reaches with which named parameters, and how answers and refusals come back.
function recording(respond: (url: URL) => Response) {
  const { client, requests } = recordingSupabaseClient(respond)
  return { taxonomy: supabaseTaxonomyPort(client), review: supabaseReviewPort(client), requests }
}

const subtypeRow = {
  code: 'repair_caf',
  kind: 'association',
  label: 'Repair café',
  is_active: true,
  sort_order: 170,
}

describe('the Supabase adapter: taxonomy editing', () => {
  it('adds a subtype through add_asset_subtype, the database making its code', async () => {
    const { taxonomy, requests } = recording(() => jsonResponse([subtypeRow]))
    const added = await taxonomy.addSubtype('association', 'Repair café')
    expect(requests[0]?.url.pathname).toBe('/rest/v1/rpc/add_asset_subtype')
    expect(requests[0]?.body).toEqual({ p_kind: 'association', p_label: 'Repair café' })
    expect(added).toEqual({
      code: 'repair_caf',
      kind: 'association',
      label: 'Repair café',
      isActive: true,
    })
  })

  it('moves a subtype through move_asset_subtype by one place', async () => {
    const { taxonomy, requests } = recording(() => jsonResponse([subtypeRow]))
    await taxonomy.moveSubtype('repair_caf', -1)
    expect(requests[0]?.url.pathname).toBe('/rest/v1/rpc/move_asset_subtype')
    expect(requests[0]?.body).toEqual({ p_code: 'repair_caf', p_offset: -1 })
  })

  it("passes on the database's refusal of a name the kind already has", async () => {
    const { taxonomy } = recording(() =>
      jsonResponse(
        { code: '23505', message: 'Local economy already has a subtype called "Pub".' },
        409,
      ),
    )
    const refusal = await taxonomy.addSubtype('economic', 'pub').catch((e: unknown) => e)
    expect(refusal).toBeInstanceOf(DataError)
    expect(refusal).toMatchObject({
      code: '23505',
      message: 'Local economy already has a subtype called "Pub".',
    })
  })
})

describe('the Supabase adapter: not a duplicate', () => {
  it('records the pair through dismiss_duplicate_pair', async () => {
    const { review, requests } = recording(() => new Response(null, { status: 204 }))
    await review.dismissDuplicate('a1', 'a2')
    expect(requests).toHaveLength(1)
    expect(requests[0]?.method).toBe('POST')
    expect(requests[0]?.url.pathname).toBe('/rest/v1/rpc/dismiss_duplicate_pair')
    expect(requests[0]?.body).toEqual({ p_first_id: 'a1', p_second_id: 'a2' })
  })

  it('says who may when a resident tries', async () => {
    const { review } = recording(() =>
      jsonResponse(
        {
          code: '42501',
          message: 'Only community builders, network leads and administrators review duplicates.',
        },
        403,
      ),
    )
    await expect(review.dismissDuplicate('a1', 'a2')).rejects.toThrow(
      'Only community builders, network leads and administrators review duplicates.',
    )
  })
})
