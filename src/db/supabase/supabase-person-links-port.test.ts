import { describe, expect, it } from 'vitest'
import { jsonResponse, recordingSupabaseClient } from './testing/recording-supabase-client'
import { supabasePersonLinksPort } from './supabase-person-links-port'

// Supabase cannot run here: what the people-in-connections adapter sends, and how it reads the
// answers, over the shared recording client.
const link = {
  link_id: 'l1',
  resident_id: 'r1',
  asset_id: 'a1',
  relation: 'volunteers_at',
  display_name: 'Rosa',
  asset_name: 'Riverside Hall',
  created_at: '2026-11-24T09:00:00+00:00',
}

describe('supabasePersonLinksPort', () => {
  it("reads an asset's people from person_link_list: display names only, no location column asked for", async () => {
    const { client, requests } = recordingSupabaseClient(() => jsonResponse([link]))
    const people = await supabasePersonLinksPort(client).list('a1')
    expect(people).toEqual([
      {
        id: 'l1',
        residentId: 'r1',
        assetId: 'a1',
        relation: 'volunteers_at',
        displayName: 'Rosa',
        assetName: 'Riverside Hall',
      },
    ])
    const url = requests[0]!.url
    expect(url.pathname).toBe('/rest/v1/person_link_list')
    expect(url.searchParams.get('asset_id')).toBe('eq.a1')
    expect(url.searchParams.get('select')).toBe(
      'link_id,resident_id,asset_id,relation,display_name,asset_name',
    )
  })

  it('finds people by name and links one through the SQL functions', async () => {
    const { client, requests } = recordingSupabaseClient((url) =>
      url.pathname.endsWith('find_people_to_link')
        ? jsonResponse([{ resident_id: 'r1', display_name: 'Rosa', ward_name: 'Riverside' }])
        : jsonResponse([link]),
    )
    const port = supabasePersonLinksPort(client)
    expect(await port.findPeople('ros')).toEqual([
      { residentId: 'r1', displayName: 'Rosa', wardName: 'Riverside' },
    ])
    await port.link({ residentId: 'r1', assetId: 'a1', relation: 'volunteers_at' })
    expect(requests.map((r) => [r.url.pathname, r.body])).toEqual([
      ['/rest/v1/rpc/find_people_to_link', { p_name: 'ros' }],
      [
        '/rest/v1/rpc/link_person_to_asset',
        { p_resident_id: 'r1', p_asset_id: 'a1', p_relation: 'volunteers_at' },
      ],
    ])
  })

  it("passes on the database's refusal of a pending resident", async () => {
    const { client } = recordingSupabaseClient(() =>
      jsonResponse(
        {
          code: 'P0002',
          message: 'There is no approved resident with that id: approve their offer first.',
        },
        404,
      ),
    )
    await expect(
      supabasePersonLinksPort(client).link({ residentId: 'r9', assetId: 'a1', relation: 'runs' }),
    ).rejects.toThrow('approve their offer first')
  })
})
