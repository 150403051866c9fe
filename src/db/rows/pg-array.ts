import { z } from 'zod'

/**
 * A Postgres array of enums: PostgREST and PGlite send an array, node-postgres '{a,b}' text
 * (it does not know the enum's array type).
 */
export const pgArray = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .replace(/^\{|\}$/g, '')
            .split(',')
            .filter(Boolean)
        : value,
    z.array(item),
  )
