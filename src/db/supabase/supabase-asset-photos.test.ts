import { describe, expect, it } from 'vitest'
import { buildTestJpeg } from '../../core/photos/testing/build-test-jpeg'
import { jsonResponse, recordingSupabaseClient } from './testing/recording-supabase-client'
import { supabaseDataPort } from './supabase-data-port'

// Photos through PostgREST (supabase-js over a recording fetch): bytea travels as JSON text in
// Postgres's hex format both ways.
const bytes = buildTestJpeg({ widthPx: 4, heightPx: 3 })
const hex = `\\x${Buffer.from(bytes).toString('hex')}`

describe('supabaseDataPort: asset photos', () => {
  it('sends a photo to set_asset_photo as hex text with its size and description', async () => {
    const { client, requests } = recordingSupabaseClient(() => new Response(null, { status: 204 }))
    await supabaseDataPort(client).photos.set('a1', {
      bytes,
      mime: 'image/jpeg',
      widthPx: 4,
      heightPx: 3,
      altText: 'The hall',
    })
    expect(requests[0]?.url.pathname).toBe('/rest/v1/rpc/set_asset_photo')
    expect(requests[0]?.body).toEqual({
      p_asset_id: 'a1',
      p_photo: hex,
      p_mime: 'image/jpeg',
      p_width: 4,
      p_height: 3,
      p_alt_text: 'The hall',
    })
  })

  it('reads a photo from asset_photo_list and turns its hex text back into the same bytes', async () => {
    const { client, requests } = recordingSupabaseClient(() =>
      jsonResponse({
        asset_id: 'a1',
        photo: hex,
        mime: 'image/jpeg',
        width: 4,
        height: 3,
        alt_text: 'The hall',
        added_at: '2026-11-24T10:00:00+00:00',
      }),
    )
    const photo = await supabaseDataPort(client).photos.get('a1')
    expect(requests[0]?.url.pathname).toBe('/rest/v1/asset_photo_list')
    expect(requests[0]?.url.searchParams.get('asset_id')).toBe('eq.a1')
    expect(photo?.bytes).toEqual(bytes)
    expect(photo).toMatchObject({
      altText: 'The hall',
      widthPx: 4,
      addedAt: '2026-11-24T10:00:00.000Z',
    })
  })

  it('gives null for an asset without a photo', async () => {
    const { client } = recordingSupabaseClient(() => jsonResponse(null))
    expect(await supabaseDataPort(client).photos.get('a1')).toBeNull()
  })

  it("passes on the database's refusal of a photo with metadata, in its words", async () => {
    const { client } = recordingSupabaseClient(() =>
      jsonResponse(
        {
          code: '22023',
          message: 'The photo still carries Exif metadata.',
          details: null,
          hint: null,
        },
        400,
      ),
    )
    const port = supabaseDataPort(client)
    await expect(
      port.photos.set('a1', {
        bytes,
        mime: 'image/jpeg',
        widthPx: 4,
        heightPx: 3,
        altText: 'x',
      }),
    ).rejects.toMatchObject({ code: '22023', message: 'The photo still carries Exif metadata.' })
  })

  it('removes a photo through remove_asset_photo', async () => {
    const { client, requests } = recordingSupabaseClient(() => new Response(null, { status: 204 }))
    await supabaseDataPort(client).photos.remove('a1')
    expect(requests[0]?.url.pathname).toBe('/rest/v1/rpc/remove_asset_photo')
    expect(requests[0]?.body).toEqual({ p_asset_id: 'a1' })
  })
})
