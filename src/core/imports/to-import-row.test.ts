import { describe, expect, it } from 'vitest'
import { guessColumnMapping, mappingProblems } from './column-mapping'
import { kindFromText, toImportRow } from './to-import-row'

describe('column mapping', () => {
  it('maps plainly named headers by themselves, whatever their case and separators', () => {
    expect(guessColumnMapping(['Asset_Name', 'KIND', 'Lat', 'lng', 'Post Code', 'Other'])).toEqual({
      name: 'Asset_Name',
      kind: 'KIND',
      latitude: 'Lat',
      longitude: 'lng',
      postcode: 'Post Code',
    })
  })

  it('says what a mapping lacks, and a column the file does not have', () => {
    expect(mappingProblems({ name: 'Venue' }, ['Name'])).toEqual([
      'The mapping reads name from "Venue", which the file has no column for.',
      'Say which column holds the kind.',
      'Say which columns place each row: latitude and longitude, easting and northing, or postcode.',
    ])
    expect(mappingProblems({ name: 'n', kind: 'k', postcode: 'p' }, ['n', 'k', 'p'])).toEqual([])
  })
})

describe('a row of the file', () => {
  const headers = ['name', 'kind', 'lat', 'lon', 'e', 'n', 'tags']
  const mapping = {
    name: 'name',
    kind: 'kind',
    latitude: 'lat',
    longitude: 'lon',
    easting: 'e',
    northing: 'n',
    tags: 'tags',
  }
  const read = (cells: string[]) => toImportRow(cells, headers, mapping, 7)

  it('reads the app’s kind labels and codes, and leaves anything else for the database to refuse', () => {
    expect(kindFromText('Physical spaces')).toBe('physical_space')
    expect(kindFromText('physical space')).toBe('physical_space')
    expect(kindFromText('ASSOCIATION')).toBe('association')
    expect(kindFromText('Spaceship')).toBe('Spaceship')
  })

  it('reads decimal commas and tags', () => {
    expect(read(['Hall', 'Institutions', '51,89', '0,9', '', '', 'hall; hire, free'])).toEqual({
      ok: true,
      row: {
        row: 7,
        name: 'Hall',
        kind: 'institution',
        lat: 51.89,
        lng: 0.9,
        tags: ['hall', 'hire', 'free'],
      },
    })
  })

  it('refuses swapped, non-numeric and impossible coordinates in words', () => {
    expect(read(['Hall', 'economic', '0.9', '51.89', '', '', ''])).toMatchObject({
      ok: false,
      reason:
        'The latitude 0.9 and longitude 51.89 look swapped: map the columns the other way round.',
    })
    expect(read(['Hall', 'economic', 'north', '0.9', '', '', ''])).toMatchObject({
      ok: false,
      row: 7,
    })
    expect(read(['Hall', 'economic', '95', '0.9', '', '', ''])).toMatchObject({ ok: false })
  })

  it('refuses an easting and northing off the grid', () => {
    expect(read(['Tower', 'cultural', '', '', '-5', '313177', ''])).toMatchObject({ ok: false })
  })
})
