import type { DataError } from '../data-error'
import { nothingFound } from '../not-found-errors'

/**
 * The one row of a call that finds one thing, or `missing` when it returned none (the function
 * returns no row rather than raising, e.g. to record a wrong join code).
 */
export async function oneOf<Row>(rows: Promise<Row[]>, missing?: DataError): Promise<Row> {
  const [row] = await rows
  if (!row) throw missing ?? nothingFound()
  return row
}
