import { z } from 'zod'

/**
 * A `bytea` value as the drivers give it: bytes from node-postgres (a Buffer) and PGlite, and
 * PostgREST's JSON text in Postgres's hex format (`\x` and two hex digits a byte). Always returned
 * as a plain Uint8Array, so both adapters agree.
 */
export const bytea = z
  .union([
    z.instanceof(Uint8Array),
    z.string().regex(/^\\x([0-9a-f]{2})*$/i, 'Expected bytea in hex format'),
  ])
  .transform((value) => (typeof value === 'string' ? fromHex(value.slice(2)) : copy(value)))

/** Bytes as Postgres's hex text for a `bytea` parameter sent as JSON (PostgREST). */
export function toByteaHex(bytes: Uint8Array): string {
  let hex = '\\x'
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return bytes
}

function copy(value: Uint8Array): Uint8Array {
  // A Buffer may be a view into a larger shared pool: keep only its own bytes.
  return new Uint8Array(value)
}
