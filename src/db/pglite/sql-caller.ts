import type { Call, CallArgs, Caller, SqlArg } from '../call'
import type { SqlQuery } from './local-database'

/**
 * Runs calls through `query` (inside the transaction that already acts as someone), with named
 * notation, `public.fn(p_a => $1::type, …)`, so the order of the arguments never matters and an
 * argument left out takes the function's default.
 */
export function sqlCaller(query: SqlQuery): Caller {
  return async (call, values) => {
    const { sql, params } = toCallSql(call, values as Readonly<Record<string, unknown>>)
    const result = (await query(sql, params)) as { value: unknown }[]
    const { returns } = call
    if (returns.shape === 'rows') return returns.parse(result.map((row) => row.value))
    if (returns.shape === 'value') return returns.parse(result[0]?.value)
    return returns.parse()
  }
}

/** The statement and its parameters for one call. */
export function toCallSql(
  call: Call<CallArgs, unknown>,
  values: Readonly<Record<string, unknown>>,
): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  const named: string[] = []
  for (const [name, arg] of Object.entries(call.args)) {
    const given = values[name]
    if (given === undefined && arg.hasDefault) continue
    params.push(toParam(arg, given ?? null))
    named.push(`${name} => $${params.length}::${castOf(arg)}`)
  }
  const invocation = `public.${call.fn}(${named.join(', ')})`
  // Each row or value as JSON, as PostgREST sends it, so both adapters read the same shapes
  // (a date as YYYY-MM-DD, a timestamp as ISO text, bytea as hex), whatever the driver's types.
  const sql =
    call.returns.shape === 'rows'
      ? `select to_json(_row) as value from ${invocation} as _row`
      : `select to_json(${invocation}) as value`
  return { sql, params }
}

function toParam(arg: SqlArg<unknown>, value: unknown): unknown {
  // JSON goes as text: the drivers would otherwise guess (an array as a Postgres array).
  return value !== null && arg.sqlType === 'jsonb' ? JSON.stringify(value) : value
}

function castOf(arg: SqlArg<unknown>): string {
  // Through text[] first: PGlite serialises a JS array for a text array, not for an enum array.
  return arg.sqlType.endsWith('[]') && arg.sqlType !== 'text[]'
    ? `text[]::${arg.sqlType}`
    : arg.sqlType
}
