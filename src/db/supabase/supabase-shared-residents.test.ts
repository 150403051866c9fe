import { describe, expect, it } from 'vitest'
import { jsonResponse, recordingSupabaseClient } from './testing/recording-supabase-client'
import { supabaseResidentsPort } from './supabase-residents-port'

// Supabase cannot run here: what the residents' adapter sends for the partners' list, and how it
// reads the answer, over the shared recording client.
const row = {
  resident_id: 'r1',
  display_name: 'Asha',
  ward_name: 'Moulsham and Central',
  authority: 'Chelmsford',
  postcode_sector: 'CM1 1',
  gifts: [{ kind: 'hands', gift_type: 'gardening', gift_label: 'Gardening', description: '' }],
  activities: ['regular'],
  availability: ['weekend'],
  availability_note: 'Saturdays',
  travel: 'up_to_3_km',
  email: 'asha@example.test',
  phone: null,
  preferred_contact: 'email',
  consent_version: '2026-11-23',
  consented_at: '2026-11-23T10:00:00+00:00',
}

describe('supabaseResidentsPort, shared with partners', () => {
  it('asks residents_shared_with_partners and reads each resident with their contact details', async () => {
    const { client, requests } = recordingSupabaseClient(() => jsonResponse([row]))
    const port = supabaseResidentsPort(client, { myDataUrl: 'https://map.example/my-data' })
    expect(await port.listSharedWithPartners()).toEqual([
      {
        residentId: 'r1',
        displayName: 'Asha',
        wardName: 'Moulsham and Central',
        authority: 'Chelmsford',
        postcodeSector: 'CM1 1',
        gifts: [{ kind: 'hands', giftType: 'gardening', label: 'Gardening', description: '' }],
        activities: ['regular'],
        availability: ['weekend'],
        availabilityNote: 'Saturdays',
        travel: 'up_to_3_km',
        contact: { email: 'asha@example.test', phone: null, preferred: 'email' },
        consent: { version: '2026-11-23', givenAt: '2026-11-23T10:00:00.000Z' },
      },
    ])
    expect(requests.map((r) => [r.method, r.url.pathname])).toEqual([
      ['POST', '/rest/v1/rpc/residents_shared_with_partners'],
    ])
  })

  it("passes on the database's refusal to anyone but a partner", async () => {
    const { client } = recordingSupabaseClient(() =>
      jsonResponse(
        {
          code: '42501',
          message:
            "Only the programme's named partners can see the residents who agreed to share their offer with them.",
        },
        403,
      ),
    )
    const port = supabaseResidentsPort(client, { myDataUrl: 'https://map.example/my-data' })
    await expect(port.listSharedWithPartners()).rejects.toThrow(
      "Only the programme's named partners",
    )
  })
})
