import { randomBytes, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { SqlClient } from '../../src/db/sql-client'
import { signTestJwt, verifyTestJwt } from './test-jwt'

/** A sign-in link someone asked for (`POST /auth/v1/otp`): what GoTrue would email. */
export interface SignInLinkRequest {
  email: string
  redirectTo: string | null
  createUser: boolean
}

type Answer = { status: number; body: string | null }

/** How long a session's access token lasts, as Supabase Auth's default. */
const SESSION_SECONDS = 3600

/**
 * The few Supabase Auth (GoTrue) endpoints the connected adapter calls: password sign-in and
 * refresh (`/auth/v1/token`), sign-out (`/auth/v1/logout`) and the request for a sign-in link
 * (`/auth/v1/otp`, recorded, never emailed). The people are the rows of auth.users; the compat
 * setup's auth.users has no password column (local mode never needs one), so the passwords a test
 * sets are kept here, hashed with scrypt, as GoTrue keeps them (bcrypt) in auth.users.
 */
export class GoTrue {
  readonly linksSent: SignInLinkRequest[] = []
  private readonly passwords = new Map<string, { salt: Buffer; hash: Buffer }>()
  /** Refresh token → the user and session it renews; removed on sign-out. */
  private readonly refreshTokens = new Map<string, { userId: string; sessionId: string }>()

  constructor(
    private readonly db: SqlClient,
    private readonly secret: string,
  ) {}

  setPassword(email: string, password: string): void {
    const salt = randomBytes(16)
    this.passwords.set(email.toLowerCase(), { salt, hash: scryptSync(password, salt, 32) })
  }

  async answer(request: IncomingMessage, url: URL): Promise<Answer> {
    if (request.method !== 'POST') return authError(404, 'not_found', 'Not found')
    const body = await readJson(request)
    switch (url.pathname) {
      case '/auth/v1/token':
        if (url.searchParams.get('grant_type') === 'password') return this.passwordGrant(body)
        if (url.searchParams.get('grant_type') === 'refresh_token') return this.refreshGrant(body)
        return authError(400, 'validation_failed', 'Unsupported grant type')
      case '/auth/v1/logout':
        return this.logout(request, url.searchParams.get('scope') ?? 'global')
      case '/auth/v1/otp':
        if (typeof body.email !== 'string') {
          return authError(400, 'validation_failed', 'An email address is required')
        }
        this.linksSent.push({
          email: body.email,
          redirectTo: url.searchParams.get('redirect_to'),
          createUser: body.create_user === true,
        })
        return { status: 200, body: '{}' }
      default:
        return authError(404, 'not_found', 'Not found')
    }
  }

  private async passwordGrant(body: Record<string, unknown>): Promise<Answer> {
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : ''
    const password = typeof body.password === 'string' ? body.password : ''
    const stored = this.passwords.get(email)
    const [user] = await this.db.transaction((tx) => tx.query<UserRow>(USER_BY_EMAIL, [email]))
    const given = stored ? scryptSync(password, stored.salt, 32) : null
    if (!user || !stored || !given || !timingSafeEqual(given, stored.hash)) {
      return authError(400, 'invalid_credentials', 'Invalid login credentials')
    }
    return this.session(user, randomUUID())
  }

  private async refreshGrant(body: Record<string, unknown>): Promise<Answer> {
    const token = typeof body.refresh_token === 'string' ? body.refresh_token : ''
    const found = this.refreshTokens.get(token)
    if (!found) return authError(400, 'refresh_token_not_found', 'Invalid Refresh Token')
    this.refreshTokens.delete(token)
    const [user] = await this.db.transaction((tx) => tx.query<UserRow>(USER_BY_ID, [found.userId]))
    if (!user) return authError(400, 'user_not_found', 'User from sub claim in JWT does not exist')
    return this.session(user, found.sessionId)
  }

  private logout(request: IncomingMessage, scope: string): Answer {
    const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')
    const verified = bearer ? verifyTestJwt(bearer[1]!, this.secret) : null
    if (!verified || 'refused' in verified) {
      return authError(401, 'no_authorization', 'This endpoint requires a valid Bearer token')
    }
    const { sub, session_id: sessionId } = verified.claims
    for (const [token, owner] of this.refreshTokens) {
      const same = owner.userId === sub && owner.sessionId === sessionId
      if (scope === 'global' ? owner.userId === sub : scope === 'local' ? same : !same) {
        this.refreshTokens.delete(token)
      }
    }
    return { status: 204, body: null }
  }

  private session(user: UserRow, sessionId: string): Answer {
    const now = Math.floor(Date.now() / 1000)
    const appMetadata = { provider: 'email', providers: ['email'], ...user.app_metadata }
    const accessToken = signTestJwt(
      {
        aud: 'authenticated',
        exp: now + SESSION_SECONDS,
        iat: now,
        sub: user.id,
        email: user.email,
        role: 'authenticated',
        aal: 'aal1',
        session_id: sessionId,
        app_metadata: appMetadata,
        user_metadata: user.user_metadata,
      },
      this.secret,
    )
    const refreshToken = randomBytes(16).toString('base64url')
    this.refreshTokens.set(refreshToken, { userId: user.id, sessionId })
    return {
      status: 200,
      body: JSON.stringify({
        access_token: accessToken,
        token_type: 'bearer',
        expires_in: SESSION_SECONDS,
        expires_at: now + SESSION_SECONDS,
        refresh_token: refreshToken,
        user: {
          id: user.id,
          aud: 'authenticated',
          role: 'authenticated',
          email: user.email,
          email_confirmed_at: user.created_at,
          app_metadata: appMetadata,
          user_metadata: user.user_metadata,
          identities: [],
          created_at: user.created_at,
          updated_at: user.created_at,
        },
      }),
    }
  }
}

interface UserRow {
  id: string
  email: string
  app_metadata: Record<string, unknown>
  user_metadata: Record<string, unknown>
  created_at: string
}

const USER_COLUMNS = `id::text as id, email, raw_app_meta_data as app_metadata,
  raw_user_meta_data as user_metadata, to_json(created_at) #>> '{}' as created_at`
const USER_BY_EMAIL = `select ${USER_COLUMNS} from auth.users where lower(email) = $1`
const USER_BY_ID = `select ${USER_COLUMNS} from auth.users where id = $1`

/** GoTrue's error body (before API version 2024-01-01, which auth-js reads the same way). */
function authError(status: number, code: string, message: string): Answer {
  return { status, body: JSON.stringify({ code: status, error_code: code, msg: message }) }
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
