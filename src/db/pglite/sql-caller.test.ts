import { describe, expect, it } from 'vitest'
import { createAsset, updateAsset, wardAssetMetrics } from '../calls'
import { toCallSql } from './sql-caller'

// The local adapter's half of the table of calls (src/db/calls.ts): named notation, so the order
// the values are written in never reaches the database (tests/db/ runs these on both databases).
describe('toCallSql', () => {
  it('names every argument, whatever order the values were written in', () => {
    const forwards = toCallSql(updateAsset, {
      p_asset_id: 'a',
      p_expected_version: 3,
      p_changes: { name: 'Hall' },
    })
    const backwards = toCallSql(updateAsset, {
      p_changes: { name: 'Hall' },
      p_expected_version: 3,
      p_asset_id: 'a',
    })
    expect(backwards).toEqual(forwards)
    expect(forwards).toEqual({
      sql: `select to_json(_row) as value from public.update_asset(p_asset_id => $1::uuid, p_expected_version => $2::integer, p_changes => $3::jsonb) as _row`,
      params: ['a', 3, '{"name":"Hall"}'],
    })
  })

  it('leaves out an argument not given, so that the function applies its default', () => {
    const { sql, params } = toCallSql(createAsset, {
      p_client_id: 'c',
      p_name: 'Library',
      p_kind: 'institution',
      p_description: '',
      p_lng: 0.4,
      p_lat: 51.7,
    })
    expect(sql).not.toContain('p_is_sensitive')
    expect(params).toEqual(['c', 'Library', 'institution', '', 0.4, 51.7])
  })

  it('sends a list of enum values as text first (PGlite cannot serialise an enum array)', () => {
    expect(toCallSql(wardAssetMetrics, { p_kinds: ['institution'] }).sql).toContain(
      'p_kinds => $1::text[]::public.asset_kind[]',
    )
  })
})
