import { createHmac, timingSafeEqual } from 'node:crypto'

// JWTs for tests, as Supabase signs them (HS256 with the project's secret): node's crypto, since
// no JWT library is installed. Never a real project's secret.

/** The secret the test PostgREST server checks tokens with. */
export const TEST_JWT_SECRET = 'test-only-secret-of-at-least-32-characters'

const base64url = (text: string | Buffer) => Buffer.from(text).toString('base64url')

/** A token carrying `claims` (role, sub, email, …), signed with `secret`. */
export function signTestJwt(claims: Record<string, unknown>, secret = TEST_JWT_SECRET): string {
  const head = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`
}

/** The claims of a token signed with `secret` and not expired, or why it is refused. */
export function verifyTestJwt(
  token: string,
  secret = TEST_JWT_SECRET,
): { claims: Record<string, unknown> } | { refused: string } {
  const [head, body, signature, ...rest] = token.split('.')
  if (!head || !body || signature === undefined || rest.length > 0) {
    return { refused: 'Expected 3 parts in JWT; got ' + token.split('.').length }
  }
  let header: unknown
  let claims: unknown
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString())
    claims = JSON.parse(Buffer.from(body, 'base64url').toString())
  } catch {
    return { refused: 'JWSError JWSInvalidJSON' }
  }
  if ((header as { alg?: unknown }).alg !== 'HS256')
    return { refused: 'Wrong or unsupported encoding algorithm' }
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { refused: 'JWSError JWSInvalidSignature' }
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    return { refused: 'JWSError JWSInvalidJSON' }
  }
  const { exp } = claims as { exp?: unknown }
  if (typeof exp === 'number' && exp * 1000 <= Date.now()) return { refused: 'JWT expired' }
  return { claims: claims as Record<string, unknown> }
}
