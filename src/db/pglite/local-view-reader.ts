import { checkViewQuery, type ViewReader } from '../view-reader'
import type { AsActor } from './local-database'

/** Reads a view as the acting person, each row as JSON (as PostgREST sends it). */
export function localViewReader(asActor: AsActor): ViewReader {
  return (request) => {
    checkViewQuery(request)
    const where = Object.entries(request.where ?? {})
    const conditions = where.map(([column], i) => `v.${column} = $${i + 1}`)
    const order = request.order.map((by) => `v.${by.column}${by.descending ? ' desc' : ''}`)
    const sql = `select to_json(v) as value from public.${request.view} v
      ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
      ${order.length ? `order by ${order.join(', ')}` : ''}`
    return asActor(async (query) =>
      (
        await query(
          sql,
          where.map(([, value]) => value),
        )
      ).map((row) => (row as { value: unknown }).value),
    )
  }
}
