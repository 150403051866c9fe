import { describe, expect, it } from 'vitest'
import { NO_SEARCH, readDirectorySearch, writeDirectorySearch } from './directory-search'

describe('directory search in the address', () => {
  it('reads back what it wrote', () => {
    const search = {
      theme: 'food',
      wardCode: 'E05000001',
      postcode: 'CO1 1AA',
      openNow: true,
      text: 'pantry',
    }
    expect(readDirectorySearch(writeDirectorySearch(search))).toEqual(search)
  })

  it('drops a search whose postcode is not one', () => {
    expect(readDirectorySearch('?postcode=<script>')).toEqual(NO_SEARCH)
  })

  it('drops a made-up postcode no postcode area has, as the offer form does', () => {
    expect(readDirectorySearch('?postcode=ZZ9+9ZZ')).toEqual(NO_SEARCH)
  })

  it('writes nothing for an empty search', () => {
    expect(writeDirectorySearch(NO_SEARCH)).toBe('')
  })
})
