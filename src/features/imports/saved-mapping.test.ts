import { describe, expect, it } from 'vitest'
import { loadSavedMapping, saveMapping } from './saved-mapping'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

describe('a saved column mapping', () => {
  it('is offered for a file with the same headers only', () => {
    const storage = memoryStorage()
    saveMapping(storage, ['Venue', 'Type', 'Post code'], {
      name: 'Venue',
      kind: 'Type',
      postcode: 'Post code',
    })
    expect(loadSavedMapping(storage, ['Venue', 'Type', 'Post code'])).toEqual({
      name: 'Venue',
      kind: 'Type',
      postcode: 'Post code',
    })
    expect(loadSavedMapping(storage, ['Venue', 'Type'])).toBeNull()
  })

  it('ignores what is not a mapping', () => {
    const storage = memoryStorage()
    storage.setItem('cam:import-mapping:["A"]', '{"name": "B", "colour": "A"}')
    expect(loadSavedMapping(storage, ['A'])).toBeNull()
    storage.setItem('cam:import-mapping:["A"]', 'not json')
    expect(loadSavedMapping(storage, ['A'])).toBeNull()
  })
})
