import { z } from 'zod'

/**
 * A timestamp as the drivers give it (a Date from node-postgres and PGlite, ISO text from
 * PostgREST and JSON), always returned as ISO 8601 in UTC, so both adapters agree.
 */
export const timestamp = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value : new Date(value)).toISOString())
