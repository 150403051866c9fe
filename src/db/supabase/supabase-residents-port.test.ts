import { describe, expect, it } from 'vitest'
import { jsonResponse, recordingSupabaseClient } from './testing/recording-supabase-client'
import type { ResidentOffer } from '../../core/residents/resident-offer'
import { supabaseResidentsPort } from './supabase-residents-port'

// Supabase Auth and PostgREST cannot run here; this checks what the residents' adapter sends and
// how it reads the answers, over a recording fetch (as supabase-data-port.test.ts does).
function recordingClient(respond: (url: URL, init: RequestInit) => Response) {
  const { client, requests } = recordingSupabaseClient(respond)
  const port = supabaseResidentsPort(client, { myDataUrl: 'https://map.example/my-data' })
  return { port, requests }
}

const json = jsonResponse

const offer: ResidentOffer = {
  displayName: 'Amina',
  gifts: [{ kind: 'hands', giftType: 'sewing', description: '' }],
  activities: ['regular'],
  availability: ['weekend'],
  availabilityNote: '',
  travel: 'under_1_km',
  email: 'amina@example.test',
  phone: '',
  preferredContact: 'email',
  postcode: 'CM1 1AA',
  consents: [],
  wordingVersion: '2026-11-23',
}

describe('supabaseResidentsPort', () => {
  it('signs in by email link: asks Supabase Auth for a one-time link back to "your data"', async () => {
    const { port, requests } = recordingClient(() => json({}))
    expect(await port.signInByEmail(' amina@example.test ')).toEqual({ status: 'email-sent' })
    const [request] = requests
    expect(request?.url.pathname).toBe('/auth/v1/otp')
    expect(request?.method).toBe('POST')
    expect(request?.url.searchParams.get('redirect_to')).toBe('https://map.example/my-data')
    expect(request?.body).toMatchObject({ email: 'amina@example.test', create_user: true })
  })

  it("passes Supabase Auth's refusal on (e.g. too many emails)", async () => {
    const { port } = recordingClient(() =>
      json(
        { code: 429, error_code: 'over_email_send_rate_limit', msg: 'Email rate limit exceeded' },
        429,
      ),
    )
    await expect(port.signInByEmail('amina@example.test')).rejects.toThrow(
      'Email rate limit exceeded',
    )
  })

  it('sends the form through submit_resident_offer with the answers in snake_case, and no honeypot field unless given', async () => {
    const { port, requests } = recordingClient(() => json({ received: true }))
    await port.submitOffer(offer)
    expect(requests[0]?.url.pathname).toBe('/rest/v1/rpc/submit_resident_offer')
    expect(requests[0]?.body).toEqual({
      p_payload: {
        display_name: 'Amina',
        gifts: [{ kind: 'hands', gift_type: 'sewing', description: '' }],
        activities: ['regular'],
        availability: ['weekend'],
        availability_note: '',
        travel: 'under_1_km',
        email: 'amina@example.test',
        phone: '',
        preferred_contact: 'email',
        postcode: 'CM1 1AA',
        consents: [],
        wording_version: '2026-11-23',
      },
    })
  })

  it('matches through match_residents_by_distance at [lng, lat] and reads each band with how to contact', async () => {
    const { port, requests } = recordingClient(() =>
      json([
        {
          resident_id: '0b8f6f4e-4c1e-4a57-9d55-0d6f1c1d2e3f',
          display_name: 'Olu',
          ward_name: 'Moulsham Lodge',
          gifts: [{ kind: 'hands', gift_type: 'driving', gift_label: 'Driving', description: '' }],
          travel: 'anywhere',
          email: null,
          phone: '01245600700',
          preferred_contact: 'phone',
          distance_band: '1–3 km',
        },
      ]),
    )
    const [match] = await port.matchByDistance([0.46, 51.73], 'hands')
    expect(requests[0]?.url.pathname).toBe('/rest/v1/rpc/match_residents_by_distance')
    expect(requests[0]?.body).toEqual({ p_lng: 0.46, p_lat: 51.73, p_kind: 'hands' })
    expect(match).toMatchObject({
      displayName: 'Olu',
      band: '1–3 km',
      contact: { email: null, phone: '01245600700', preferred: 'phone' },
    })
  })

  it('asks nothing of the database for "your data" when nobody is signed in', async () => {
    const { port, requests } = recordingClient(() => json({}))
    expect(await port.getMyData()).toBeNull()
    expect(requests).toEqual([])
  })

  it("passes the database's refusal of an offer on as a message a person can read", async () => {
    const { port } = recordingClient(() =>
      json(
        {
          code: 'P0429',
          message:
            'Too many offers have come from this connection in the last hour. Please try again later.',
        },
        400,
      ),
    )
    await expect(port.submitOffer(offer)).rejects.toThrow(
      'Too many offers have come from this connection in the last hour. Please try again later.',
    )
  })
})
