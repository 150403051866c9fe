import type { SupabaseClient } from '@supabase/supabase-js'
import type { Caller } from '../call'
import { toDataError } from '../data-error'
import { toByteaHex } from '../rows/bytea'

/**
 * Runs calls as PostgREST's `rpc(fn, {p_a, …})` with the client's session; arguments left out
 * take the function's default. A refusal becomes a DataError.
 */
export function postgrestCaller(client: SupabaseClient): Caller {
  return async (call, values) => {
    const given = values as Readonly<Record<string, unknown>>
    const body: Record<string, unknown> = {}
    for (const [name, arg] of Object.entries(call.args)) {
      const value = given[name]
      if (value === undefined) continue
      // PostgREST takes bytea as JSON text in hex (\x…), which Postgres parses itself.
      body[name] =
        value instanceof Uint8Array && arg.sqlType === 'bytea' ? toByteaHex(value) : value
    }
    const { data, error } = await client.rpc(call.fn, body)
    if (error) throw toDataError(error)
    const { returns } = call
    if (returns.shape === 'rows') {
      return returns.parse(Array.isArray(data) ? data : data === null ? [] : [data])
    }
    if (returns.shape === 'value') return returns.parse(data)
    return returns.parse()
  }
}
