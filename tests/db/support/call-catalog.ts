import type { Call, CallArgs } from '../../../src/db/call'
import type { SqlClient } from '../../../src/db/sql-client'

type AnyCall = Call<CallArgs, unknown>

interface FunctionRow {
  proname: string
  names: string[] | null
  modes: string[] | null
  type_oids: string
  type_names: string
  defaults: number
  returns_set: boolean
  returns_oid: number
  returns_name: string
}

/** Every export of a module that is a call (src/db/calls.ts exports nothing else). */
export function callsIn(module: Record<string, unknown>): AnyCall[] {
  return Object.values(module).filter(
    (value): value is AnyCall =>
      typeof value === 'object' && value !== null && 'fn' in value && 'args' in value,
  )
}

/**
 * What does not match between the calls and the database's catalog, one sentence a problem: the
 * function (in public, not overloaded), each argument's name and type, which arguments have a
 * default, and what it returns. Empty when every call is as the database defines it.
 */
export async function checkCallCatalog(
  client: SqlClient,
  calls: readonly AnyCall[],
): Promise<string[]> {
  const typeNames = [
    ...new Set(
      calls.flatMap((call) => [
        call.returns.sqlType,
        ...Object.values(call.args).map((arg) => arg.sqlType),
      ]),
    ),
  ]
  const types = new Map(
    (
      await client.query<{ name: string; oid: number | null }>(
        'select t as name, to_regtype(t)::oid::int as oid from unnest($1::text[]) t',
        [typeNames],
      )
    ).map((row) => [row.name, row.oid]),
  )
  const functions = await client.query<FunctionRow>(
    `select p.proname, p.proargnames as names, p.proargmodes::text[] as modes,
       array_to_string(p.proargtypes::oid[], ';') as type_oids,
       coalesce((select string_agg(format_type(t.oid, null), ';' order by t.i)
         from unnest(p.proargtypes::oid[]) with ordinality t(oid, i)), '') as type_names,
       p.pronargdefaults::int as defaults, p.proretset as returns_set,
       p.prorettype::int as returns_oid, format_type(p.prorettype, null) as returns_name
     from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'public' and p.proname = any ($1::text[])`,
    [calls.map((call) => call.fn)],
  )
  const problems: string[] = []
  for (const call of calls) {
    const found = functions.filter((row) => row.proname === call.fn)
    const name = `public.${call.fn}`
    if (found.length === 0) problems.push(`${name}: no such function`)
    else if (found.length > 1) problems.push(`${name}: overloaded (${found.length} functions)`)
    else problems.push(...checkOne(name, call, found[0]!, types))
  }
  return problems
}

function checkOne(
  name: string,
  call: AnyCall,
  fn: FunctionRow,
  types: Map<string, number | null>,
): string[] {
  const problems: string[] = []
  const typeOf = (sqlType: string) => {
    const oid = types.get(sqlType) ?? null
    if (oid === null) problems.push(`${name}: no such type ${sqlType}`)
    return oid
  }
  // Input arguments: all of them when there are no modes, else in, inout and variadic ones.
  const inputNames = (fn.names ?? []).filter((_, i) => !fn.modes || 'ibv'.includes(fn.modes[i]!))
  const oids = fn.type_oids === '' ? [] : fn.type_oids.split(';').map(Number)
  const typeNames = fn.type_names === '' ? [] : fn.type_names.split(';')
  const firstDefault = oids.length - fn.defaults
  for (const argName of inputNames) {
    if (!(argName in call.args)) problems.push(`${name}: argument ${argName} is not in the table`)
  }
  for (const [argName, arg] of Object.entries(call.args)) {
    const i = inputNames.indexOf(argName)
    if (i < 0) {
      problems.push(`${name}: no argument ${argName}`)
      continue
    }
    const declared = typeOf(arg.sqlType)
    if (declared !== null && declared !== oids[i]) {
      problems.push(`${name}: ${argName} is ${typeNames[i]}, not ${arg.sqlType}`)
    }
    if (arg.hasDefault !== i >= firstDefault) {
      problems.push(`${name}: ${argName} ${i >= firstDefault ? 'has' : 'has no'} default`)
    }
  }
  const { shape, sqlType } = call.returns
  const returns = typeOf(sqlType)
  if (fn.returns_set !== (shape === 'rows')) {
    problems.push(`${name}: returns ${fn.returns_set ? 'a set' : 'one value'}, not ${shape}`)
  }
  if (returns !== null && returns !== fn.returns_oid) {
    problems.push(`${name}: returns ${fn.returns_name}, not ${sqlType}`)
  }
  return problems
}
