import { describe, expect, it } from 'vitest'
import { supabaseMembersPort, supabaseSessionPort } from './supabase-session-port'
import { jsonResponse, recordingSupabaseClient } from './testing/recording-supabase-client'

// Supabase Auth cannot run here: what the session adapter sends to GoTrue and PostgREST, and how
// it reads the answers, over a recording fetch.
const user = {
  id: '0b0e3f4e-0000-4000-8000-000000000001',
  email: 'lead@example.test',
  aud: 'authenticated',
}
const tokenAnswer = {
  access_token: 'header.eyJzdWIiOiIwYjBlM2Y0ZSJ9.signature',
  token_type: 'bearer',
  expires_in: 3600,
  expires_at: Math.floor(Date.now() / 1000) + 3600,
  refresh_token: 'refresh',
  user,
}

describe('the Supabase session adapter', () => {
  it('signs in with a password, then reads the roles and capabilities the person holds', async () => {
    const { client, requests } = recordingSupabaseClient((url) =>
      url.pathname === '/auth/v1/token'
        ? jsonResponse(tokenAnswer)
        : url.pathname === '/rest/v1/rpc/my_capabilities'
          ? jsonResponse([
              { programme_id: 'p', capability: 'review_assets', scopes: null },
              { programme_id: 'q', capability: 'review_assets', scopes: null },
              { programme_id: 'p', capability: 'analyse_gaps', scopes: null },
            ])
          : jsonResponse([{ role: 'lead' }]),
    )
    const session = await supabaseSessionPort(
      client,
      () => 'https://map.example/',
    ).signInWithPassword('lead@example.test', 'correct horse')
    expect(requests[0]?.url.searchParams.get('grant_type')).toBe('password')
    expect(requests[0]?.body).toMatchObject({
      email: 'lead@example.test',
      password: 'correct horse',
    })
    expect(requests[1]?.url.pathname).toBe('/rest/v1/memberships')
    expect(requests[1]?.url.searchParams.get('user_id')).toBe(`eq.${user.id}`)
    expect(requests[2]?.url.pathname).toBe('/rest/v1/rpc/my_capabilities')
    expect(session).toEqual({
      signedIn: true,
      email: 'lead@example.test',
      roles: ['lead'],
      capabilities: ['analyse_gaps', 'review_assets'],
    })
  })

  it('emails a sign-in link that leads back to the app', async () => {
    const { client, requests } = recordingSupabaseClient(() => jsonResponse({}))
    await supabaseSessionPort(client, () => 'https://map.example/').sendSignInLink(
      'new@example.test',
    )
    expect(requests[0]?.url.pathname).toBe('/auth/v1/otp')
    expect(requests[0]?.url.searchParams.get('redirect_to')).toBe('https://map.example/')
    expect(requests[0]?.body).toMatchObject({ email: 'new@example.test' })
  })

  it('passes a wrong password on as a message', async () => {
    const { client } = recordingSupabaseClient(() =>
      jsonResponse({ error: 'invalid_grant', error_description: 'Invalid login credentials' }, 400),
    )
    await expect(
      supabaseSessionPort(client, () => '/').signInWithPassword('x@example.test', 'nope'),
    ).rejects.toThrow('Invalid login credentials')
  })

  it('refuses to choose roles on the device: administrators grant them', async () => {
    const { client } = recordingSupabaseClient(() => jsonResponse({}))
    const port = supabaseSessionPort(client, () => '/')
    expect(port.rolesChosenOnDevice).toBe(false)
    await expect(port.actAs('admin')).rejects.toThrow('Roles are granted by an administrator.')
  })

  it('grants a role through the admin_grant_role RPC', async () => {
    const { client, requests } = recordingSupabaseClient(() => jsonResponse('membership-id'))
    await supabaseMembersPort(client).grant('new@example.test', 'builder')
    expect(requests[0]?.url.pathname).toBe('/rest/v1/rpc/admin_grant_role')
    expect(requests[0]?.body).toEqual({ p_email: 'new@example.test', p_role: 'builder' })
  })
})
