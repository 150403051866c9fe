import { describe, expect, it } from 'vitest'
import { ASSET_FIELD_LIMITS } from '../../../core/assets/asset-field-limits'
import { assetFormSchema, toAssetDraft, toNewAssetPhoto } from './asset-form-schema'

const valid = {
  name: '  Writtle Village Hall ',
  kind: 'physical_space',
  subtype: '',
  description: '',
  openingTimes: 'Mon–Fri 9–5',
  accessibility: '',
  contact: '',
  website: '',
  tags: ' venue, hire ,venue,, ',
  lng: '0.4262',
  lat: '51.7303',
}
const errorsOf = (input: Record<string, unknown>) => {
  const result = assetFormSchema.safeParse(input)
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]))
}

describe('the asset form', () => {
  it('trims the name, reads coordinates as numbers and tags as a list without repeats', () => {
    const draft = toAssetDraft(assetFormSchema.parse(valid))
    expect(draft).toMatchObject({
      name: 'Writtle Village Hall',
      lngLat: [0.4262, 51.7303],
      tags: ['venue', 'hire'],
      subtype: null,
      website: null,
      contact: null,
    })
  })

  // The database takes the same numbers (tests/db/asset-field-limits.test.ts).
  it.each(['name', 'description', 'openingTimes', 'accessibility', 'contact'] as const)(
    'takes as many characters in %s as the database, and refuses one more',
    (field) => {
      const limit = ASSET_FIELD_LIMITS[field]
      expect(errorsOf({ ...valid, [field]: 'x'.repeat(limit) })).toEqual({})
      expect(Object.keys(errorsOf({ ...valid, [field]: 'x'.repeat(limit + 1) }))).toEqual([field])
    },
  )

  it('asks for a name when only spaces were typed', () => {
    expect(errorsOf({ ...valid, name: '   ' })).toEqual({ name: 'Enter the name of the asset' })
  })

  it('says where a location can come from when none was given', () => {
    expect(errorsOf({ ...valid, lat: '' })).toEqual({
      lat: 'Enter the latitude, or click the map, or find a postcode',
    })
  })

  it('says a latitude beyond 90 is out of range', () => {
    expect(errorsOf({ ...valid, lat: '95' })).toEqual({
      lat: 'The latitude must be between -90 and 90',
    })
  })

  it('refuses a javascript: address as a website', () => {
    expect(errorsOf({ ...valid, website: 'javascript:alert(1)' })).toHaveProperty('website')
  })

  it('takes an https address as a website', () => {
    expect(errorsOf({ ...valid, website: 'https://writtle.example.org/hall' })).toEqual({})
  })

  it("refuses to pin an individual's gifts, which are never shown as points", () => {
    expect(errorsOf({ ...valid, kind: 'individual' })).toHaveProperty('kind')
  })

  it('keeps HTML in a name as the text typed', () => {
    const name = '<img src=x onerror=alert(1)>'
    expect(assetFormSchema.parse({ ...valid, name }).name).toBe(name)
  })

  it('asks what a photo shows when one is given without a description, along with other errors', () => {
    expect(errorsOf({ ...valid, name: '', photo, photoAlt: '  ' })).toEqual({
      name: 'Enter the name of the asset',
      photoAlt: 'Describe what the photo shows, for people who cannot see it',
    })
  })

  it('gives the photo with its description, trimmed, for saving', () => {
    const values = assetFormSchema.parse({ ...valid, photo, photoAlt: ' The hall ' })
    expect(toNewAssetPhoto(values)).toEqual({ ...photo, altText: 'The hall' })
  })

  it('needs no description without a photo', () => {
    expect(toNewAssetPhoto(assetFormSchema.parse(valid))).toBeNull()
  })
})

const photo = { bytes: Uint8Array.of(0xff, 0xd8), mime: 'image/jpeg', widthPx: 4, heightPx: 3 }
