// For the Supabase adapter's tests: Supabase's servers cannot run here, so a client whose fetch
// records every request and answers as the test says. Imported by tests only.
import { createClient, type SupabaseClient } from '@supabase/supabase-js'

export interface RecordedRequest {
  url: URL
  method: string
  body: unknown
}

/** A supabase-js client over a recording fetch; `respond` answers each request. */
export function recordingSupabaseClient(respond: (url: URL, init: RequestInit) => Response): {
  client: SupabaseClient
  requests: RecordedRequest[]
} {
  const requests: RecordedRequest[] = []
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    requests.push({
      url,
      method: init.method ?? 'GET',
      body: typeof init.body === 'string' ? JSON.parse(init.body) : null,
    })
    return respond(url, init)
  }
  const client = createClient('https://project.supabase.test', 'anon-key-for-tests-0123456789', {
    global: { fetch },
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    // Node 20 has no WebSocket; these tests open no channel, so a socket that never connects.
    realtime: { transport: NeverConnectingSocket },
  })
  return { client, requests }
}

/** A JSON response, as PostgREST and GoTrue answer. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  })
}

/** A WebSocket that never connects: Node 20 has none, and these clients open no channel. */
export class NeverConnectingSocket extends EventTarget {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  readonly CONNECTING = 0
  readonly OPEN = 1
  readonly CLOSING = 2
  readonly CLOSED = 3
  readonly readyState = 3
  readonly protocol = ''
  readonly url: string
  onopen = null
  onmessage = null
  onclose = null
  onerror = null
  constructor(url: string | URL) {
    super()
    this.url = String(url)
  }
  close() {}
  send() {}
}
