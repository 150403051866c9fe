import type { SqlClient } from '../../src/db/sql-client'

// Reads and deletes on `/rest/v1/<relation>` as PostgREST (v12) answers them: the query string's
// `select`, filters, `order`, `limit` and `offset` turned into one SQL statement. Identifiers pass
// a whitelist and are quoted; every value is a parameter. Only schema `public`.

/** A request PostgREST refuses before it reaches the database. */
export class PostgrestRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: string | null = null,
  ) {
    super(message)
  }
}

const NAME = /^[a-z_][a-z0-9_]*$/

function identifier(name: string, where = 'select parameter'): string {
  if (!NAME.test(name)) {
    throw new PostgrestRefusal(400, 'PGRST100', `"failed to parse ${where} (${name})"`)
  }
  return `"${name}"`
}

type SelectItem =
  | { kind: 'star' }
  | { kind: 'column'; name: string; alias: string | null }
  | { kind: 'embed'; relation: string; alias: string | null; items: SelectItem[] }

type Condition =
  | { kind: 'test'; column: string; negate: boolean; op: string; value: string }
  | { kind: 'logic'; op: 'and' | 'or'; negate: boolean; items: Condition[] }

/** Splits on commas outside parentheses and double quotes. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quoted = false
  let current = ''
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && char === '(') depth += 1
    else if (!quoted && char === ')') depth -= 1
    if (char === ',' && depth === 0 && !quoted) {
      parts.push(current)
      current = ''
    } else current += char
  }
  if (depth !== 0 || quoted) {
    throw new PostgrestRefusal(400, 'PGRST100', `"failed to parse (${text})"`)
  }
  parts.push(current)
  return parts
}

/** `select=postcode,wards(ward_name,lad_name)`: columns, `*`, `alias:column` and embeds. */
export function parseSelect(text: string): SelectItem[] {
  return splitTopLevel(text).map((part): SelectItem => {
    if (part === '*') return { kind: 'star' }
    const embed = /^(?:([a-z_][a-z0-9_]*):)?([a-z_][a-z0-9_]*)\((.*)\)$/.exec(part)
    if (embed) {
      return {
        kind: 'embed',
        alias: embed[1] ?? null,
        relation: embed[2]!,
        items: parseSelect(embed[3] || '*'),
      }
    }
    const column = /^(?:([a-z_][a-z0-9_]*):)?([a-z_][a-z0-9_]*)$/.exec(part)
    if (!column) {
      throw new PostgrestRefusal(400, 'PGRST100', `"failed to parse select parameter (${text})"`)
    }
    return { kind: 'column', alias: column[1] ?? null, name: column[2]! }
  })
}

/** Query-string keys that are not filters. */
const RESERVED = new Set(['select', 'order', 'limit', 'offset', 'columns', 'on_conflict'])

/** The filters of a query string: `col=op.value`, `or=(…)`, `and=(…)`, each maybe `not.`. */
export function parseFilters(params: URLSearchParams): Condition[] {
  const conditions: Condition[] = []
  for (const [key, value] of params) {
    if (RESERVED.has(key)) continue
    const logic = /^(not\.)?(and|or)$/.exec(key)
    if (logic) conditions.push(parseLogic(logic[2] as 'and' | 'or', !!logic[1], value))
    else conditions.push(parseTest(key, value))
  }
  return conditions
}

function parseLogic(op: 'and' | 'or', negate: boolean, value: string): Condition {
  const inner = /^\((.*)\)$/.exec(value)
  if (!inner) throw new PostgrestRefusal(400, 'PGRST100', `"failed to parse logic tree (${value})"`)
  return {
    kind: 'logic',
    op,
    negate,
    items: splitTopLevel(inner[1]!).map((item) => {
      const nested = /^(not\.)?(and|or)(\(.*\))$/.exec(item)
      if (nested) return parseLogic(nested[2] as 'and' | 'or', !!nested[1], nested[3]!)
      const dot = item.indexOf('.')
      if (dot < 0) throw new PostgrestRefusal(400, 'PGRST100', `"failed to parse filter (${item})"`)
      return parseTest(item.slice(0, dot), item.slice(dot + 1))
    }),
  }
}

function parseTest(column: string, expression: string): Condition {
  const match = /^(not\.)?([a-z]+)\.(.*)$/s.exec(expression)
  if (!match) {
    throw new PostgrestRefusal(400, 'PGRST100', `"failed to parse filter (${expression})"`)
  }
  return { kind: 'test', column, negate: !!match[1], op: match[2]!, value: match[3]! }
}

const COMPARISONS: Readonly<Record<string, string>> = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  like: 'like',
  ilike: 'ilike',
}
const IS_VALUES: Readonly<Record<string, string>> = {
  null: 'null',
  not_null: 'not null',
  true: 'true',
  false: 'false',
  unknown: 'unknown',
}

/** `(a,"b,c",d)` as its values, quotes removed. */
function parseList(value: string): string[] {
  const inner = /^\((.*)\)$/s.exec(value)
  if (!inner) throw new PostgrestRefusal(400, 'PGRST100', `"failed to parse filter (in.${value})"`)
  if (inner[1] === '') return []
  return splitTopLevel(inner[1]!).map((item) =>
    /^".*"$/s.test(item) ? item.slice(1, -1).replace(/\\(.)/g, '$1') : item,
  )
}

class Parameters {
  readonly values: unknown[] = []
  add(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }
}

function conditionSql(condition: Condition, alias: string, params: Parameters): string {
  if (condition.kind === 'logic') {
    const joined = condition.items
      .map((item) => conditionSql(item, alias, params))
      .join(` ${condition.op} `)
    return `${condition.negate ? 'not ' : ''}(${joined})`
  }
  const column = `${alias}.${identifier(condition.column, 'filter')}`
  let test: string
  if (condition.op === 'is') {
    const keyword = IS_VALUES[condition.value]
    if (!keyword) {
      throw new PostgrestRefusal(
        400,
        'PGRST100',
        `"failed to parse filter (is.${condition.value})"`,
      )
    }
    test = `${column} is ${keyword}`
  } else if (condition.op === 'in') {
    const values = parseList(condition.value)
    test = values.length
      ? `${column} in (${values.map((value) => params.add(value)).join(', ')})`
      : 'false'
  } else {
    const operator = COMPARISONS[condition.op]
    if (!operator) {
      throw new PostgrestRefusal(400, 'PGRST100', `"failed to parse filter (${condition.op})"`)
    }
    const value = operator.endsWith('like') ? condition.value.replace(/\*/g, '%') : condition.value
    test = `${column} ${operator} ${params.add(value)}`
  }
  return condition.negate ? `not (${test})` : test
}

/** `order=kind.asc,sort_order.desc.nullslast`. */
function orderSql(text: string | null, alias: string): string {
  if (!text) return ''
  const terms = text.split(',').map((term) => {
    const [column = '', ...modifiers] = term.split('.')
    const words = modifiers.map((modifier) => {
      const word = { asc: 'asc', desc: 'desc', nullsfirst: 'nulls first', nullslast: 'nulls last' }[
        modifier
      ]
      if (!word) throw new PostgrestRefusal(400, 'PGRST100', `"failed to parse order (${text})"`)
      return word
    })
    return [`${alias}.${identifier(column, 'order')}`, ...words].join(' ')
  })
  return `order by ${terms.join(', ')}`
}

interface ForeignKey {
  from_rel: string
  to_rel: string
  from_cols: string[]
  to_cols: string[]
}

const FOREIGN_KEYS = `
  select f.relname as from_rel, t.relname as to_rel,
    array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
      join pg_catalog.pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n
      order by k.i) as from_cols,
    array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i)
      join pg_catalog.pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n
      order by k.i) as to_cols
  from pg_catalog.pg_constraint c
  join pg_catalog.pg_class f on f.oid = c.conrelid
  join pg_catalog.pg_class t on t.oid = c.confrelid
  join pg_catalog.pg_namespace fn on fn.oid = f.relnamespace
  join pg_catalog.pg_namespace tn on tn.oid = t.relnamespace
  where c.contype = 'f' and fn.nspname = 'public' and tn.nspname = 'public'
    and ((f.relname = $1 and t.relname = $2) or (f.relname = $2 and t.relname = $1))`

/**
 * The select list, with each embed as a correlated subquery over the one foreign key between the
 * two tables (PostgREST's to-one embed gives an object or null, to-many an array).
 */
async function selectSql(
  db: SqlClient,
  relation: string,
  items: readonly SelectItem[],
  alias: string,
  depth: number,
): Promise<string> {
  const parts: string[] = []
  for (const item of items) {
    if (item.kind === 'star') parts.push(`${alias}.*`)
    else if (item.kind === 'column') {
      const column = `${alias}.${identifier(item.name)}`
      parts.push(item.alias ? `${column} as ${identifier(item.alias)}` : column)
    } else {
      const keys = await db.query<ForeignKey>(FOREIGN_KEYS, [relation, item.relation])
      if (keys.length === 0) {
        throw new PostgrestRefusal(
          400,
          'PGRST200',
          `Could not find a relationship between '${relation}' and '${item.relation}' in the schema cache`,
        )
      }
      if (keys.length > 1) {
        throw new PostgrestRefusal(
          300,
          'PGRST201',
          `Could not embed because more than one relationship was found for '${relation}' and '${item.relation}'`,
        )
      }
      const key = keys[0]!
      const child = `_t${depth + 1}`
      const row = `_e${depth + 1}`
      const toOne = key.from_rel === relation
      const [mine, theirs] = toOne ? [key.from_cols, key.to_cols] : [key.to_cols, key.from_cols]
      const join = mine
        .map((col, i) => `${child}.${identifier(theirs[i]!)} = ${alias}.${identifier(col)}`)
        .join(' and ')
      const inner = `select ${await selectSql(db, item.relation, item.items, child, depth + 1)}
        from public.${identifier(item.relation)} ${child} where ${join}`
      const value = toOne
        ? `(select row_to_json(${row}) from (${inner}) ${row})`
        : `(select coalesce(json_agg(${row}), '[]'::json) from (${inner}) ${row})`
      parts.push(`${value} as ${identifier(item.alias ?? item.relation)}`)
    }
  }
  return parts.join(', ')
}

export interface RelationRequest {
  method: 'GET' | 'HEAD' | 'DELETE'
  relation: string
  params: URLSearchParams
  /** The `Range` header's rows (`0-9`), when given. */
  range: { from: number; to: number | null } | null
  countExact: boolean
  maxRows: number
}

export interface RelationStatement {
  sql: string
  params: unknown[]
  /** Where the answer's first row sits, for Content-Range. */
  offset: number
}

/**
 * The statement for a read (`GET`/`HEAD`) or a `DELETE`: one row per answer with `body` (the
 * rows as a JSON array, in order), `n` (rows in it) and `total` (all matching rows, when asked).
 */
export async function relationStatement(
  db: SqlClient,
  request: RelationRequest,
): Promise<RelationStatement> {
  const { relation, params: query } = request
  const table = `public.${identifier(relation)}`
  const params = new Parameters()
  const columns = await selectSql(db, relation, parseSelect(query.get('select') ?? '*'), '_t0', 0)
  const conditions = parseFilters(query)
  const where = conditions.length
    ? `where ${conditions.map((condition) => conditionSql(condition, '_t0', params)).join(' and ')}`
    : ''
  const total = request.countExact
    ? `, (select count(*) from ${table} _t0 ${where})::int as total`
    : ', null::int as total'
  const answer = `select coalesce(json_agg(_rows), '[]'::json)::text as body, count(*)::int as n`
  if (request.method === 'DELETE') {
    // Supabase loads pg-safeupdate for the API: a DELETE with no filter is refused.
    if (!where) throw new PostgrestRefusal(400, '21000', 'DELETE requires a WHERE clause')
    return {
      sql: `with _rows as (delete from ${table} _t0 ${where} returning ${columns})
            ${answer}, (select count(*) from _rows)::int as total from _rows`,
      params: params.values,
      offset: 0,
    }
  }
  const { offset, limit } = window(request)
  return {
    sql: `with _rows as (select ${columns} from ${table} _t0 ${where}
            ${orderSql(query.get('order'), '_t0')} limit ${limit} offset ${offset})
          ${answer}${total} from _rows`,
    params: params.values,
    offset,
  }
}

/** The rows asked for: the Range header and limit/offset together, at most max-rows. */
function window(request: RelationRequest): { offset: number; limit: number } {
  const number = (name: string) => {
    const text = request.params.get(name)
    if (text === null) return null
    if (!/^\d+$/.test(text)) {
      throw new PostgrestRefusal(400, 'PGRST100', `"failed to parse ${name} parameter (${text})"`)
    }
    return Number(text)
  }
  const queryOffset = number('offset') ?? 0
  const queryLimit = number('limit')
  let from = queryOffset
  let to = queryLimit === null ? Infinity : queryOffset + queryLimit - 1
  if (request.range) {
    from = Math.max(from, request.range.from)
    to = Math.min(to, request.range.to ?? Infinity)
  }
  const limit = Math.max(0, Math.min(to - from + 1, request.maxRows))
  return { offset: from, limit }
}
