import { DataError, SQLSTATE } from './data-error'

// What both adapters say when a call that finds one thing finds nothing (the SQL function
// returned no row rather than raising, e.g. join_workshop, which must record the wrong code).

/** join() found no workshop with the code. */
export function noWorkshopWithCode(code: string): DataError {
  return new DataError(
    `No workshop has the code “${code.trim().slice(0, 20)}”. Check it with the workshop's host.`,
    SQLSTATE.notFound,
  )
}

/** summary() found no workshop the person may see. */
export function noWorkshop(): DataError {
  return new DataError(
    'There is no workshop with that id, or you have not joined it.',
    SQLSTATE.notFound,
  )
}

/** A call returning one asset (or subtype, or link) returned none. */
export function nothingFound(message = 'There is no asset with that id.'): DataError {
  return new DataError(message, SQLSTATE.notFound)
}
