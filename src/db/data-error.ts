import type { AssetDetails } from '../core/assets/asset'
import { toAssetDetails } from './rows/asset-row'

/**
 * An error from the data layer with a message a person can act on (the database's own message
 * for refusals such as "That place is outside the region's wards"), and the SQLSTATE when known.
 */
export class DataError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    options?: { cause: unknown },
  ) {
    super(message, options)
    this.name = 'DataError'
  }
}

/**
 * The SQLSTATEs the migrations raise on purpose, for the UI to tell apart:
 * - `P0409`: someone saved the asset since this edit began (a {@link VersionConflictError}).
 * - `P0429`: too many tries (reports of a change, wrong workshop codes); try again later.
 * - `P0002`: nothing with that id that the person may see.
 * - `P0404`: a postcode the region does not have (the directory's search).
 * - `22023`: what was typed is refused, the message says why; `42501`: not allowed.
 */
export const SQLSTATE = {
  versionConflict: 'P0409',
  tooManyTries: 'P0429',
  notFound: 'P0002',
  unknownPostcode: 'P0404',
  invalidInput: '22023',
  notAllowed: '42501',
} as const

// SQLSTATEs whose database message is written for people (our own `raise exception`s and checks).
const PLAIN_MESSAGE_CODES = new Set([
  '22023',
  '23514',
  '23505',
  '42501',
  'P0001',
  'P0002',
  'P0404',
  'P0409',
  'P0429',
])

// Postgres's own refusals (no privilege, a row Row Level Security refused): not for people.
const SYSTEM_REFUSAL = /^(permission denied for |new row violates row-level security policy)/

// Postgres's own words for a broken constraint, under codes our own checks also use.
const CONSTRAINT_WORDS = /violates (check|unique|foreign key|not-null|exclusion) constraint/

/**
 * What a person reads for the errors Postgres raises in its own words (never shown: they name
 * tables, types and internals), by SQLSTATE, then by class (the first two characters).
 */
const PLAIN_WORDS: Readonly<Record<string, string>> = {
  '22P02':
    'Something sent was not in the form expected (for example, words where a number belongs). Check what was typed and try again.',
  '22P05':
    'Something typed holds a character that cannot be stored (a null character). Remove it and try again.',
  '22021':
    'Something typed holds a character that cannot be stored (a null character). Remove it and try again.',
  '22001': 'Something typed is too long. Shorten it and try again.',
  '22003': 'A number is too large or too small. Check it and try again.',
  '23505': 'That already exists.',
  '54001':
    'What was sent is nested too deeply to read. Send plain values (text, numbers, lists of text) and try again.',
  '57014': 'The database took too long to answer. Try again, or ask for less at once.',
  '22': 'Something sent was not in the form expected. Check what was typed and try again.',
  '23': 'That would break a rule of the data (something missing, repeated or out of range). Check what was typed and try again.',
  '54': 'What was sent is too large or complex to handle. Send less at once and try again.',
}
const UNKNOWN_REFUSAL =
  'The database could not do that. Try again; if it keeps happening, tell an administrator.'

/**
 * Turns whatever a driver threw into a DataError, keeping the database's message and code when
 * the message was written for people, and otherwise a plain message for its SQLSTATE (the
 * database's own words stay in `cause`, for developers): a version conflict becomes a
 * VersionConflictError carrying the current row (from the error's detail, as node-postgres and
 * PGlite name it, or details, as PostgREST does).
 */
export function toDataError(error: unknown): DataError {
  if (error instanceof DataError) return error
  if (typeof error === 'object' && error !== null) {
    const { message, code, detail, details } = error as Record<string, unknown>
    const sqlState = typeof code === 'string' ? code : undefined
    if (typeof message === 'string') {
      if (sqlState === SQLSTATE.versionConflict) {
        const current = parseCurrent(typeof detail === 'string' ? detail : details)
        if (current) return new VersionConflictError(message, current)
      }
      if (sqlState === SQLSTATE.notAllowed && SYSTEM_REFUSAL.test(message)) {
        return new DataError('You do not have permission to do that.', sqlState)
      }
      if (sqlState && PLAIN_MESSAGE_CODES.has(sqlState) && !CONSTRAINT_WORDS.test(message)) {
        return new DataError(message, sqlState)
      }
      if (!sqlState) return new DataError(message)
      const plain = PLAIN_WORDS[sqlState] ?? PLAIN_WORDS[sqlState.slice(0, 2)] ?? UNKNOWN_REFUSAL
      return new DataError(plain, sqlState, { cause: message })
    }
  }
  return new DataError(String(error))
}

function parseCurrent(detail: unknown): AssetDetails | null {
  if (typeof detail !== 'string') return null
  try {
    return toAssetDetails(JSON.parse(detail))
  } catch {
    return null
  }
}

/**
 * Someone else saved the asset since this edit began. `current` is what they saved, so the person
 * can see what changed and choose: keep theirs, or apply their own edit on top.
 */
export class VersionConflictError<Current = AssetDetails> extends DataError {
  constructor(
    message: string,
    readonly current: Current,
  ) {
    super(message, SQLSTATE.versionConflict)
    this.name = 'VersionConflictError'
  }
}
