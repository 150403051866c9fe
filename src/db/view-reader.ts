/**
 * A read of one `security_invoker` view (or a table everyone may read) as the acting person: rows
 * whose columns equal `where`, in `order`. Each adapter runs it its own way (SQL in local mode,
 * PostgREST in connected mode); rows arrive as JSON, so both give the same shapes.
 */
export interface ViewQuery {
  view: string
  where?: Readonly<Record<string, string | boolean>>
  order: ReadonlyArray<{ column: string; descending?: boolean }>
}

export type ViewReader = (query: ViewQuery) => Promise<unknown[]>

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/

/** Refuses a view or column name that is not a plain SQL name (they become SQL text). */
export function checkViewQuery(query: ViewQuery): void {
  const names = [
    query.view,
    ...Object.keys(query.where ?? {}),
    ...query.order.map((by) => by.column),
  ]
  for (const name of names) {
    if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL name: ${name}`)
  }
}
