import { describe, expect, it } from 'vitest'
import { DataError, toDataError, VersionConflictError } from './data-error'

const theirs = {
  asset_id: 'a1',
  name: 'Writtle Hall',
  kind: 'physical_space',
  subtype: null,
  description: '',
  opening_times: '',
  accessibility: '',
  website: null,
  tags: [],
  lng: 0.43,
  lat: 51.73,
  ward_code: 'E05004114',
  status: 'approved',
  status_reason: null,
  is_sensitive: false,
  workshop_id: null,
  last_verified_at: null,
  version: 2,
  created_at: '2026-11-23T10:00:00.123456+00:00',
  updated_at: '2026-11-23T10:05:00+00:00',
  merged_into: null,
  contact: null,
}

describe('toDataError', () => {
  it("makes a version conflict a VersionConflictError with the other person's version from the detail", () => {
    const error = toDataError({
      code: 'P0409',
      message: 'Someone else saved this asset since you opened it.',
      detail: JSON.stringify(theirs),
    })
    expect(error).toBeInstanceOf(VersionConflictError)
    expect((error as VersionConflictError).current).toMatchObject({
      name: 'Writtle Hall',
      version: 2,
      updatedAt: '2026-11-23T10:05:00.000Z',
    })
  })

  it('reads the detail as PostgREST names it (details)', () => {
    const error = toDataError({ code: 'P0409', message: 'm', details: JSON.stringify(theirs) })
    expect(error).toBeInstanceOf(VersionConflictError)
  })

  it("keeps the database's own words for a refusal it wrote for people", () => {
    const error = toDataError({
      code: '42501',
      message: 'Only administrators can change the taxonomy.',
    })
    expect(error.message).toBe('Only administrators can change the taxonomy.')
    expect(error.code).toBe('42501')
  })

  it("says 'You do not have permission' instead of Postgres's own refusal", () => {
    const error = toDataError({
      code: '42501',
      message: 'new row violates row-level security policy for table "assets"',
    })
    expect(error.message).toBe('You do not have permission to do that.')
  })

  it("shows a plain message, never Postgres's own words, for a refusal not written for people", () => {
    const error = toDataError({ code: '23503', message: 'insert or update violates foreign key' })
    expect(error).toBeInstanceOf(DataError)
    expect(error.message).not.toMatch(/foreign key/)
    expect(error.cause).toBe('insert or update violates foreign key')
  })

  it.each([
    ['22P02', 'invalid input syntax for type double precision: "east"', /form expected/],
    ['22P05', 'unsupported Unicode escape sequence', /cannot be stored/],
    ['54001', 'stack depth limit exceeded', /nested too deeply/],
    [
      '23514',
      'new row for relation "assets" violates check constraint "assets_name_check"',
      /rule/,
    ],
    ['XX000', 'internal error', /could not do that/],
  ])('says in plain words what went wrong for SQLSTATE %s', (code, message, plain) => {
    const error = toDataError({ code, message })
    expect(error.message).toMatch(plain)
    expect(error.message).not.toContain(message)
    expect(error.code).toBe(code)
  })
})
