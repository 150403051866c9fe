import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { SqlClient } from '../../src/db/sql-client'
import { GoTrue, type SignInLinkRequest } from './gotrue'
import { PostgrestRefusal, relationStatement } from './postgrest-relations'
import { signTestJwt, TEST_JWT_SECRET, verifyTestJwt } from './test-jwt'

/**
 * A small PostgREST-compatible server over a test database (a real Postgres server or PGlite),
 * for driving the connected adapter (supabase-js) end to end, as PostgREST (v12) behind
 * Supabase's gateway answers it:
 * - `POST /rest/v1/rpc/<fn>` with the arguments by name as JSON;
 * - `GET`/`HEAD`/`DELETE /rest/v1/<table or view>` with `select` (columns, `alias:column`,
 *   embeds over a foreign key), filters (`eq`, `neq`, `gt`, `gte`, `lt`, `lte`, `like`, `ilike`,
 *   `in`, `is`, `not.`, `or=(…)`, `and=(…)`), `order`, `limit`/`offset` and the `Range` header,
 *   `Accept: application/vnd.pgrst.object+json`, `Prefer: count=exact` and
 *   `Prefer: return=representation`; at most max-rows rows in an answer;
 * - the few Supabase Auth endpoints the adapter calls (./gotrue.ts).
 * Every request runs as the token's role and claims, so grants and Row Level Security decide.
 * Not served: writes to tables (`POST`/`PATCH`/`PUT`; the app writes through functions only),
 * Realtime (websockets) and Storage. docs/testing.md says more.
 */
export interface PostgrestTestServer {
  /** The "project URL" to give createClient(). */
  url: string
  /** A JWT with role anon, as a Supabase project's anon key is. */
  anonKey: string
  /** A signed JWT for `claims` (e.g. `{ role: 'authenticated', sub, email }`). */
  tokenFor(claims: Record<string, unknown>): string
  /** Lets the user of auth.users with this email sign in with `password`. */
  setPassword(email: string, password: string): void
  /** The sign-in links asked for (`/auth/v1/otp`), oldest first; no email is sent. */
  signInLinksSent: readonly SignInLinkRequest[]
  close(): Promise<void>
}

/** Supabase's per-role statement timeouts (roles anon and authenticated). */
const STATEMENT_TIMEOUTS: Readonly<Record<string, string>> = {
  anon: '3s',
  authenticated: '8s',
}
/** The roles Supabase's PostgREST (the authenticator) may switch to. */
const API_ROLES = new Set(['anon', 'authenticated', 'service_role'])

interface PostgrestError {
  status: number
  code: string
  message: string
  details: string | null
  hint: string | null
}

interface FunctionRow {
  names: string[] | null
  modes: string[] | null
  types: string[]
  defaults: number
  returns_set: boolean
  returns_void: boolean
}

/**
 * Starts the server on a free port of 127.0.0.1. `db` is the superuser connection: each request
 * runs in its own transaction, which switches to the token's role (`set local role`) with its
 * claims in `request.jwt.claims` and the request's headers in `request.headers`, as PostgREST does.
 *
 * @param options.maxRows - rows at most in an answer (Supabase's default max-rows)
 * @param options.secret - the JWT secret
 */
export async function startPostgrestTestServer(
  db: SqlClient,
  options: { maxRows?: number; secret?: string } = {},
): Promise<PostgrestTestServer> {
  const { maxRows = 1000, secret = TEST_JWT_SECRET } = options
  const auth = new GoTrue(db, secret)
  const server = createServer((request, response) => {
    answer(request, db, maxRows, secret, auth).then(
      (result) => send(response, result.status, result.body, result.headers),
      (error: unknown) => send(response, 500, errorBody(toPostgrestError(error, 'anon'))),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    anonKey: signTestJwt({ role: 'anon', iss: 'supabase-test' }, secret),
    tokenFor: (claims) => signTestJwt(claims, secret),
    setPassword: (email, password) => auth.setPassword(email, password),
    signInLinksSent: auth.linksSent,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

type Answer = { status: number; body: string | null; headers?: Record<string, string> }

async function answer(
  request: IncomingMessage,
  db: SqlClient,
  maxRows: number,
  secret: string,
  auth: GoTrue,
): Promise<Answer> {
  const url = new URL(request.url ?? '/', 'http://localhost')
  if (url.pathname.startsWith('/auth/v1/')) return auth.answer(request, url)
  const rpcPath = /^\/rest\/v1\/rpc\/([a-z_][a-z0-9_]*)$/.exec(url.pathname)
  const relationPath = /^\/rest\/v1\/([a-z_][a-z0-9_]*)$/.exec(url.pathname)
  const method = request.method ?? 'GET'
  if (relationPath && !RELATION_METHODS.has(method)) {
    // PostgREST would write to the table; the app writes through functions only.
    return refusal(405, 'PGRST117', `Unsupported HTTP method: ${method.slice(0, 10)}`)
  }
  if (!(rpcPath && method === 'POST') && !relationPath) {
    return refusal(404, 'PGRST125', 'Invalid path specified in request URL')
  }
  const profile = request.headers['accept-profile'] ?? request.headers['content-profile']
  if (profile !== undefined && profile !== 'public') {
    return refusal(406, 'PGRST106', 'The schema must be one of the following: public')
  }
  const caller = callerOf(request, secret)
  if ('status' in caller) return caller
  const { claims, role } = caller
  try {
    return await db.transaction(async (tx) => {
      await tx.query(
        `select set_config('search_path', 'public, extensions', true),
           set_config('statement_timeout', $1, true),
           set_config('request.jwt.claims', $2, true),
           set_config('request.headers', $3, true),
           set_config('request.method', $4, true),
           set_config('request.path', $5, true)`,
        [
          STATEMENT_TIMEOUTS[role] ?? '0',
          JSON.stringify(claims),
          JSON.stringify(headersOf(request)),
          method,
          url.pathname,
        ],
      )
      return rpcPath
        ? await callFunction(tx, request, rpcPath[1]!, role, maxRows)
        : await readOrDelete(tx, request, url, relationPath![1]!, role, maxRows)
    })
  } catch (error) {
    if (error instanceof PostgrestRefusal) {
      return refusal(error.status, error.code, error.message, error.details)
    }
    const failure = toPostgrestError(error, role)
    return { status: failure.status, body: errorBody(failure) }
  }
}

const RELATION_METHODS = new Set(['GET', 'HEAD', 'DELETE'])

/** The token's claims and role, or PostgREST's refusal of the token. */
function callerOf(
  request: IncomingMessage,
  secret: string,
): { claims: Record<string, unknown>; role: string } | Answer {
  const auth = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')
  let claims: Record<string, unknown> = { role: 'anon' }
  if (auth) {
    const verified = verifyTestJwt(auth[1]!, secret)
    if ('refused' in verified) {
      return refusal(
        401,
        verified.refused === 'JWT expired' ? 'PGRST303' : 'PGRST301',
        verified.refused,
      )
    }
    claims = verified.claims
  }
  const role = typeof claims.role === 'string' ? claims.role : 'anon'
  if (!API_ROLES.has(role)) {
    return refusal(
      401,
      'PGRST301',
      `The role "${role.slice(0, 40)}" is not one the API switches to`,
    )
  }
  return { claims, role }
}

/** `POST /rest/v1/rpc/<fn>`: the function chosen by its arguments' names, as PostgREST does. */
async function callFunction(
  tx: SqlClient,
  request: IncomingMessage,
  fn: string,
  role: string,
  maxRows: number,
): Promise<Answer> {
  let args: unknown
  try {
    const text = await readBody(request)
    args = text.trim() === '' ? {} : JSON.parse(text)
  } catch {
    return refusal(400, 'PGRST102', 'Empty or invalid json')
  }
  if (typeof args !== 'object' || args === null || Array.isArray(args)) {
    return refusal(400, 'PGRST102', 'Empty or invalid json')
  }
  const given = Object.keys(args)
  const candidates = await tx.query<FunctionRow>(FUNCTION_LOOKUP, [fn])
  const chosen = candidates
    .map((row) => ({ row, inputs: inputsOf(row) }))
    .find(
      ({ inputs }) =>
        given.every((name) => inputs.some((input) => input.name === name)) &&
        inputs.every((input) => input.hasDefault || given.includes(input.name)),
    )
  if (!chosen) {
    return refusal(
      404,
      'PGRST202',
      `Could not find the function public.${fn}(${[...given].sort().join(', ')}) in the schema cache`,
      `Searched for the function public.${fn} with parameters ${[...given].sort().join(', ') || '(none)'}, but no matches were found in the schema cache.`,
    )
  }
  await tx.query(`select set_config('role', $1, true)`, [role])
  const used = chosen.inputs.filter((input) => given.includes(input.name))
  const sql = callSql(fn, used, chosen.row, maxRows)
  const [row] = await tx.query<{ body: string | null }>(
    sql,
    used.length ? [JSON.stringify(args)] : [],
  )
  return chosen.row.returns_void
    ? { status: 204, body: null }
    : { status: 200, body: row?.body ?? 'null' }
}

/**
 * `GET`, `HEAD` or `DELETE /rest/v1/<relation>`: rows of a table or view as the caller's role
 * (Row Level Security and grants decide), shaped by the query string and the headers
 * (`Accept: application/vnd.pgrst.object+json` for one object, `Range`, `Prefer: count=exact`,
 * `Prefer: return=representation` for a DELETE's rows).
 */
async function readOrDelete(
  tx: SqlClient,
  request: IncomingMessage,
  url: URL,
  relation: string,
  role: string,
  maxRows: number,
): Promise<Answer> {
  const found = await tx.query(RELATION_LOOKUP, [relation])
  if (found.length === 0) {
    return refusal(
      404,
      'PGRST205',
      `Could not find the table 'public.${relation}' in the schema cache`,
    )
  }
  const method = request.method as 'GET' | 'HEAD' | 'DELETE'
  const prefer = String(request.headers.prefer ?? '')
  const range = /^(\d+)-(\d*)$/.exec(String(request.headers.range ?? ''))
  const statement = await relationStatement(tx, {
    method,
    relation,
    params: url.searchParams,
    range: range ? { from: Number(range[1]), to: range[2] ? Number(range[2]) : null } : null,
    countExact: /count=exact/.test(prefer),
    maxRows,
  })
  await tx.query(`select set_config('role', $1, true)`, [role])
  const [row] = await tx.query<{ body: string; n: number; total: number | null }>(
    statement.sql,
    statement.params,
  )
  const { body, n, total } = row!
  const headers = {
    'content-range': `${n ? `${statement.offset}-${statement.offset + n - 1}` : '*'}/${total ?? '*'}`,
  }
  if (method === 'DELETE') {
    return /return=representation/.test(prefer)
      ? { status: 200, body, headers }
      : { status: 204, body: null, headers }
  }
  if (String(request.headers.accept ?? '').includes('application/vnd.pgrst.object+json')) {
    if (n !== 1) {
      return refusal(
        406,
        'PGRST116',
        'Cannot coerce the result to a single JSON object',
        `The result contains ${n} rows`,
      )
    }
    return { status: 200, body: JSON.stringify((JSON.parse(body) as unknown[])[0]), headers }
  }
  const partial = total !== null && n < total
  return { status: partial ? 206 : 200, body: method === 'HEAD' ? null : body, headers }
}

const RELATION_LOOKUP = `
  select 1 from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relname = $1 and c.relkind in ('r', 'v', 'm', 'p', 'f')`

const FUNCTION_LOOKUP = `
  select p.proargnames as names, p.proargmodes::text[] as modes,
    coalesce((select array_agg(format_type(t.oid, null) order by t.i)
      from unnest(p.proargtypes::oid[]) with ordinality t(oid, i)), '{}') as types,
    p.pronargdefaults::int as defaults, p.proretset as returns_set,
    p.prorettype = 'pg_catalog.void'::pg_catalog.regtype as returns_void
  from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  where n.nspname = 'public' and p.proname = $1`

interface Input {
  name: string
  type: string
  hasDefault: boolean
}

function inputsOf(row: FunctionRow): Input[] {
  const names = (row.names ?? []).filter((_, i) => !row.modes || 'ibv'.includes(row.modes[i]!))
  const firstDefault = row.types.length - row.defaults
  return row.types.map((type, i) => ({ name: names[i] ?? '', type, hasDefault: i >= firstDefault }))
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * The statement for one call, with the arguments read from the JSON body by json_to_record (as
 * PostgREST does), so JSON arrays become arrays and text becomes each argument's type.
 */
function callSql(fn: string, used: readonly Input[], row: FunctionRow, maxRows: number): string {
  const from = used.length
    ? `from json_to_record($1::json) as _args(${used.map((a) => `${ident(a.name)} ${a.type}`).join(', ')})`
    : ''
  const call = `public.${ident(fn)}(${used.map((a) => `${ident(a.name)} => _args.${ident(a.name)}`).join(', ')})`
  if (row.returns_set) {
    const source = from ? `${from}, lateral ${call} as _f` : `from ${call} as _f`
    return `select coalesce(json_agg(_r), '[]'::json)::text as body
            from (select _f.* ${source} limit ${maxRows}) _r`
  }
  return `select to_json(${call})::text as body ${from}`
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  // As a gateway in front of PostgREST does: the address the request came from, on the right.
  const from = request.socket.remoteAddress ?? 'unknown'
  headers['x-forwarded-for'] = headers['x-forwarded-for']
    ? `${headers['x-forwarded-for']}, ${from}`
    : from
  return headers
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function refusal(
  status: number,
  code: string,
  message: string,
  details: string | null = null,
): Answer {
  return { status, body: errorBody({ status, code, message, details, hint: null }) }
}

function errorBody({ code, message, details, hint }: PostgrestError): string {
  return JSON.stringify({ code, details, hint, message })
}

function send(
  response: ServerResponse,
  status: number,
  body: string | null,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    ...headers,
    ...(body === null ? {} : { 'content-type': 'application/json; charset=utf-8' }),
  })
  response.end(body ?? undefined)
}

/** A database error as PostgREST answers it: its SQLSTATE, words and HTTP status. */
function toPostgrestError(error: unknown, role: string): PostgrestError {
  const { code, message, detail, hint } = (error ?? {}) as Record<string, unknown>
  const sqlState = typeof code === 'string' ? code : 'XX000'
  return {
    status: httpStatusOf(sqlState, role),
    code: sqlState,
    message: typeof message === 'string' ? message : String(error),
    details: typeof detail === 'string' ? detail : null,
    hint: typeof hint === 'string' ? hint : null,
  }
}

/** PostgREST's HTTP status for a SQLSTATE (its "Errors" reference). */
export function httpStatusOf(sqlState: string, role: string): number {
  const exact: Record<string, number> = {
    '23503': 409,
    '23505': 409,
    '25006': 405,
    P0001: 400,
    '42883': 404,
    '42P01': 404,
    '42P17': 500,
    '42501': role === 'anon' ? 401 : 403,
  }
  if (sqlState in exact) return exact[sqlState]!
  const byClass: Record<string, number> = {
    '08': 503,
    '09': 500,
    '0L': 403,
    '0P': 403,
    '25': 500,
    '28': 403,
    '2D': 500,
    '38': 500,
    '39': 500,
    '3B': 500,
    '40': 500,
    '53': 503,
    '54': 413,
    '55': 500,
    '57': 500,
    '58': 500,
    F0: 500,
    HV: 500,
    P0: 500,
    XX: 500,
  }
  return byClass[sqlState.slice(0, 2)] ?? 400
}
