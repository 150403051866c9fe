import { describe, expect, it } from 'vitest'
import { subtypeNameSchema } from './subtype-name-schema'

const schema = subtypeNameSchema('Local economy', ['Pub', 'Café'])
const messageFor = (label: string) => {
  const result = schema.safeParse({ label })
  return result.success ? null : result.error.issues[0]?.message
}

describe('a subtype name', () => {
  it('is kept without its surrounding spaces', () => {
    expect(schema.parse({ label: '  Launderette ' })).toEqual({ label: 'Launderette' })
  })

  it('must not be empty or only spaces', () => {
    expect(messageFor('   ')).toBe('Enter a name for the subtype')
  })

  it('is at most 100 characters, and the message says how many it has', () => {
    expect(messageFor('x'.repeat(100))).toBeNull()
    expect(messageFor('x'.repeat(101))).toBe(
      'The name must be 100 characters or fewer (it has 101)',
    )
  })

  it('must not be a name the kind already has, whatever its case', () => {
    expect(messageFor(' pub')).toBe('Local economy already has a subtype called “pub”')
    expect(messageFor('CAFÉ')).toBe('Local economy already has a subtype called “CAFÉ”')
  })
})
