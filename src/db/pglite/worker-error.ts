import type { PGlite } from '@electric-sql/pglite'

// PGliteWorker passes a failed query from the worker to the tab as an Error with the message
// only: the SQLSTATE, detail and hint are dropped (pglite 0.5, worker/index.ts posts
// `{ message }`). The app needs them (a version conflict carries the current row in its detail),
// so the worker puts them in the message as JSON behind a marker, and the tab takes them out.
const MARKER = 'pglite-error:'

interface ErrorFields {
  message: string
  code?: string
  detail?: string
  hint?: string
}

/** In the worker: an error whose message carries the database error's fields. */
export function encodeWorkerError(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error
  const { message, code, detail, hint } = error as Record<string, unknown>
  if (typeof message !== 'string' || typeof code !== 'string') return error
  const fields: ErrorFields = {
    message,
    code,
    ...(typeof detail === 'string' ? { detail } : {}),
    ...(typeof hint === 'string' ? { hint } : {}),
  }
  // `code` stays on the error for the worker's own console filter.
  return Object.assign(new Error(MARKER + JSON.stringify(fields)), { code })
}

/** In the tab: the database error's fields again, or the error as it came. */
export function decodeWorkerError(error: unknown): unknown {
  if (!(error instanceof Error) || !error.message.startsWith(MARKER)) return error
  try {
    const fields = JSON.parse(error.message.slice(MARKER.length)) as ErrorFields
    return typeof fields.message === 'string' ? fields : error
  } catch {
    return error
  }
}

/**
 * Makes the database in the worker throw errors whose fields survive the trip to the tab. Wraps
 * the two calls PGliteWorker forwards queries through.
 */
export function passErrorFieldsToTabs(db: PGlite): PGlite {
  const wrap =
    <Args extends unknown[], Result>(call: (...args: Args) => Promise<Result>) =>
    async (...args: Args): Promise<Result> => {
      try {
        return await call(...args)
      } catch (error) {
        throw encodeWorkerError(error)
      }
    }
  db.execProtocol = wrap(db.execProtocol.bind(db))
  db.execProtocolStream = wrap(db.execProtocolStream.bind(db))
  return db
}
