/**
 * An error from the data layer with a message a person can act on (the database's own message
 * for refusals such as "That place is outside the region's wards"), and the SQLSTATE when known.
 */
export class DataError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message)
    this.name = 'DataError'
  }
}

// SQLSTATEs whose database message is written for people (our own `raise exception`s and checks).
const PLAIN_MESSAGE_CODES = new Set(['22023', '23514', '23505', '42501', 'P0001', '40001'])

/** Turns whatever a driver threw into a DataError, keeping the database's message and code. */
export function toDataError(error: unknown): DataError {
  if (typeof error === 'object' && error !== null) {
    const { message, code } = error as { message?: unknown; code?: unknown }
    const sqlState = typeof code === 'string' ? code : undefined
    if (typeof message === 'string') {
      if (sqlState === '42501') {
        return new DataError('You do not have permission to do that.', sqlState)
      }
      return new DataError(
        sqlState && !PLAIN_MESSAGE_CODES.has(sqlState)
          ? `The database refused the request: ${message}`
          : message,
        sqlState,
      )
    }
  }
  return new DataError(String(error))
}
