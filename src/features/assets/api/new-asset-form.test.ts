import { describe, expect, it } from 'vitest'
import { newAssetFormSchema } from './new-asset-form'

const valid = {
  name: '  Writtle Village Hall ',
  kind: 'physical_space',
  description: '',
  lng: '0.4262',
  lat: '51.7303',
}
const errorsOf = (input: Record<string, unknown>) => {
  const result = newAssetFormSchema.safeParse(input)
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]))
}

describe('the add-an-asset form', () => {
  it('trims the name and reads coordinates as numbers', () => {
    expect(newAssetFormSchema.parse(valid)).toMatchObject({
      name: 'Writtle Village Hall',
      lng: 0.4262,
      lat: 51.7303,
    })
  })

  it('asks for a name when only spaces were typed', () => {
    expect(errorsOf({ ...valid, name: '   ' })).toEqual({ name: 'Enter the name of the asset' })
  })

  it('says a latitude beyond 90 is out of range', () => {
    expect(errorsOf({ ...valid, lat: '95' })).toEqual({
      lat: 'The latitude must be between -90 and 90',
    })
  })

  it('says a longitude that is not a number must be one', () => {
    expect(errorsOf({ ...valid, lng: 'east' })).toEqual({
      lng: 'The longitude must be a number, like 0.4691',
    })
  })

  it("refuses to pin an individual's gifts, which are never shown as points", () => {
    expect(errorsOf({ ...valid, kind: 'individual' })).toHaveProperty('kind')
  })

  it('keeps emoji and right-to-left text in a name as typed', () => {
    expect(newAssetFormSchema.parse({ ...valid, name: 'مركز المجتمع 🌳' }).name).toBe(
      'مركز المجتمع 🌳',
    )
  })
})
