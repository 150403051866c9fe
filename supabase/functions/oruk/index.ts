// Supabase Edge Function (Deno): the read-only Open Referral UK 3.0 API in connected mode, a thin
// wrapper around src/core/directory/handle-oruk-request.ts reading as the public (the anon key)
// through src/db/supabase/supabase-directory-source.ts. Served at /functions/v1/oruk/services …
// Not run by any test here (the Edge runtime needs Docker); the handler and the source it wraps
// are tested under Node (tests/db/directory-import.test.ts). See docs/partners.md.
import { createClient } from '@supabase/supabase-js'
import { handleOrukRequest } from '../../../src/core/directory/handle-oruk-request.ts'
import { createSupabaseDirectorySource } from '../../../src/db/supabase/supabase-directory-source.ts'

declare const Deno: {
  env: { get(name: string): string | undefined }
  serve(handler: (request: Request) => Promise<Response>): void
}

const client = createClient(
  Deno.env.get('SUPABASE_URL') ?? '',
  Deno.env.get('SUPABASE_ANON_KEY') ?? '',
  {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  },
)
const source = createSupabaseDirectorySource(client)

Deno.serve(async (request) => {
  const url = new URL(request.url)
  // The API's paths follow the function's name: /functions/v1/oruk/services → /services.
  const path = url.pathname.replace(/^.*?\/oruk(?=\/|$)/, '') || '/'
  const { status, body } = await handleOrukRequest(source, request.method, path, url.searchParams)
  return new Response(request.method === 'HEAD' ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
  })
})
