/**
 * One SQL function the app calls (schema public), written once for both adapters: its named
 * arguments with their SQL types, and how to read what it returns. The local adapter runs it with
 * named notation (`public.fn(p_a => $1::type)`), the connected one as PostgREST's
 * `rpc(fn, {p_a})`; tests/db/call-catalog.test.ts checks every call against pg_proc.
 */
export interface Call<Args extends CallArgs, Out> {
  readonly fn: string
  readonly args: Args
  readonly returns: Returns<Out>
}

/** An argument: its type as Postgres names it, and whether the function gives it a default. */
export interface SqlArg<Value, HasDefault extends boolean = boolean> {
  readonly sqlType: string
  readonly hasDefault: HasDefault
  /** Never set: carries the TypeScript type of the value. */
  readonly value?: Value
}

export type CallArgs = Readonly<Record<string, SqlArg<unknown>>>

type ValueOf<A> = A extends SqlArg<infer V> ? V | null : never

/** The values a call takes: every argument without a default, and those with one if wanted. */
export type ArgValues<A extends CallArgs> = {
  [K in keyof A as A[K] extends SqlArg<unknown, true> ? never : K]: ValueOf<A[K]>
} & {
  [K in keyof A as A[K] extends SqlArg<unknown, true> ? K : never]?: ValueOf<A[K]>
}

/**
 * What the function returns and how to read it:
 * - `rows`: a set (`setof <type>`, or `table(...)`, whose type is `record`); every row parsed.
 * - `value`: one value of a scalar type (`integer`, `jsonb`, …), parsed.
 * - `none`: `void`.
 */
export type Returns<Out> =
  | { shape: 'rows'; sqlType: string; parse: (rows: unknown[]) => Out }
  | { shape: 'value'; sqlType: string; parse: (value: unknown) => Out }
  | { shape: 'none'; sqlType: 'void'; parse: () => Out }

/** Runs a call as whoever the adapter acts for, and gives its parsed result. */
export type Caller = <A extends CallArgs, Out>(
  call: Call<A, Out>,
  values: ArgValues<A>,
) => Promise<Out>

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/
// Type names are put into SQL text by the local adapter: only these shapes are accepted.
const TYPE_NAME = /^(public\.)?[a-z_][a-z0-9_ ]*(\[\])?$/

/** Declares a call; names and types are checked here, as they become SQL text. */
export function defineCall<A extends CallArgs, Out>(
  fn: string,
  args: A,
  returns: Returns<Out>,
): Call<A, Out> {
  for (const name of [fn, ...Object.keys(args)]) {
    if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL name: ${name}`)
  }
  for (const arg of Object.values(args)) {
    if (!TYPE_NAME.test(arg.sqlType)) throw new Error(`Not a plain SQL type: ${arg.sqlType}`)
  }
  return { fn, args, returns }
}

const sqlType = <V>(name: string): SqlArg<V, false> => ({ sqlType: name, hasDefault: false })

/** The argument types the calls use, named as Postgres's format_type() names them. */
export const arg = {
  uuid: sqlType<string>('uuid'),
  text: sqlType<string>('text'),
  integer: sqlType<number>('integer'),
  float8: sqlType<number>('double precision'),
  real: sqlType<number>('real'),
  boolean: sqlType<boolean>('boolean'),
  /** `YYYY-MM-DD`. */
  date: sqlType<string>('date'),
  /** ISO 8601. */
  timestamptz: sqlType<string>('timestamp with time zone'),
  jsonb: sqlType<unknown>('jsonb'),
  bytea: sqlType<Uint8Array>('bytea'),
  textArray: sqlType<readonly string[]>('text[]'),
  uuidArray: sqlType<readonly string[]>('uuid[]'),
  /** A type of the migrations (an enum), in schema public. */
  enum: <V extends string>(name: string) => sqlType<V>(`public.${name}`),
  enumArray: <V extends string>(name: string) => sqlType<readonly V[]>(`public.${name}[]`),
  /** The same argument, which the function gives a default, so a call may leave it out. */
  withDefault: <V>(a: SqlArg<V, false>): SqlArg<V, true> => ({ ...a, hasDefault: true }),
}

/** A set of rows of `sqlType` (`record` for `returns table(...)`), each parsed by `parseRow`. */
export function rows<Row>(sqlType: string, parseRow: (row: unknown) => Row): Returns<Row[]> {
  return { shape: 'rows', sqlType, parse: (all) => all.map(parseRow) }
}

/** A set of rows parsed as a whole (the parser needs them all). */
export function rowSet<Out>(sqlType: string, parse: (all: unknown[]) => Out): Returns<Out> {
  return { shape: 'rows', sqlType, parse }
}

/** One value of a scalar type. */
export function value<Out>(sqlType: string, parse: (value: unknown) => Out): Returns<Out> {
  return { shape: 'value', sqlType, parse }
}

/** Nothing (`returns void`). */
export const none: Returns<void> = { shape: 'none', sqlType: 'void', parse: () => undefined }
