import { createClient } from '@supabase/supabase-js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AssetChangeEvent } from '../../core/assets/asset-change-event'
import { supabaseDataPort } from './supabase-data-port'

// Supabase Realtime cannot run here (no Realtime server). This checks the adapter's subscription
// on the wire instead: a fake WebSocket records every Phoenix message the client sends (the v2
// JSON array [join_ref, ref, topic, event, payload]), answers phx_join as the server does (with
// an id for each postgres_changes binding), and lets a test push a postgres_changes message.

interface Frame {
  joinRef: string | null
  ref: string | null
  topic: string
  event: string
  payload: Record<string, unknown>
}

const sockets: RecordingSocket[] = []

class RecordingSocket {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  readyState = 0
  binaryType = 'arraybuffer'
  bufferedAmount = 0
  readonly sent: Frame[] = []
  onopen: ((event: unknown) => void) | null = null
  onmessage: ((event: { data: string }) => void) | null = null
  onclose: ((event: unknown) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  constructor(readonly url: string) {
    sockets.push(this)
    setTimeout(() => {
      this.readyState = 1
      this.onopen?.({})
    })
  }
  send(data: string) {
    const [joinRef, ref, topic, event, payload] = JSON.parse(data) as [
      string | null,
      string | null,
      string,
      string,
      Record<string, unknown>,
    ]
    const frame = { joinRef, ref, topic, event, payload }
    this.sent.push(frame)
    if (event === 'phx_join') {
      const config = payload.config as { postgres_changes: Record<string, unknown>[] }
      const bindings = config.postgres_changes.map((binding, i) => ({ ...binding, id: 7000 + i }))
      this.receive(joinRef, ref, topic, 'phx_reply', {
        status: 'ok',
        response: { postgres_changes: bindings },
      })
    } else if (event === 'phx_leave' || event === 'heartbeat' || event === 'access_token') {
      this.receive(joinRef, ref, topic, 'phx_reply', { status: 'ok', response: {} })
    }
  }
  close() {
    this.readyState = 3
    this.onclose?.({ code: 1000, reason: '', wasClean: true })
  }
  /** A message from the server. */
  receive(
    joinRef: string | null,
    ref: string | null,
    topic: string,
    event: string,
    payload: unknown,
  ) {
    setTimeout(() =>
      this.onmessage?.({ data: JSON.stringify([joinRef, ref, topic, event, payload]) }),
    )
  }
  /** Frames sent on a topic with an event. */
  framesOf(event: string) {
    return this.sent.filter((frame) => frame.event === event)
  }
}

afterEach(() => {
  sockets.length = 0
})

function connectedPort() {
  const client = createClient('https://project.supabase.test', 'anon-key-for-tests-0123456789', {
    auth: { persistSession: false },
    realtime: { transport: RecordingSocket as unknown as typeof WebSocket },
  })
  return supabaseDataPort(client)
}

/** A postgres_changes message as Realtime sends it for a row of public.assets. */
function assetChange(type: 'INSERT' | 'UPDATE' | 'DELETE', record: Record<string, unknown>) {
  return {
    ids: [7000],
    data: {
      type,
      schema: 'public',
      table: 'assets',
      commit_timestamp: '2026-11-23T10:00:00Z',
      columns: [
        { name: 'asset_id', type: 'uuid' },
        { name: 'workshop_id', type: 'uuid' },
        { name: 'name', type: 'text' },
      ],
      ...(type === 'DELETE' ? { old_record: record } : { record }),
      errors: null,
    },
  }
}

async function subscribed() {
  const port = connectedPort()
  const events: AssetChangeEvent[] = []
  const stop = port.assets.subscribe((event) => events.push(event))
  const socket = await vi.waitFor(() => {
    const found = sockets[0]
    if (!found?.framesOf('phx_join').length) throw new Error('not joined yet')
    return found
  })
  const join = socket.framesOf('phx_join')[0]!
  return { events, stop, socket, join }
}

describe('supabaseDataPort live changes (Realtime)', () => {
  it('joins a channel listening to every change of public.assets, on the v2 protocol', async () => {
    const { socket, join, stop } = await subscribed()
    expect(new URL(socket.url).searchParams.get('vsn')).toBe('2.0.0')
    expect(join.topic).toMatch(/^realtime:asset-changes-\d+$/)
    expect(join.payload.config).toMatchObject({
      postgres_changes: [{ event: '*', schema: 'public', table: 'assets' }],
    })
    stop()
  })

  it('hands a new asset to the listener as ids only, never its content', async () => {
    const { socket, join, events, stop } = await subscribed()
    socket.receive(
      null,
      null,
      join.topic,
      'postgres_changes',
      assetChange('INSERT', { asset_id: 'a1', workshop_id: 'w1', name: 'Hall' }),
    )
    await vi.waitFor(() => expect(events).toHaveLength(1))
    expect(events[0]).toEqual({ type: 'created', assetId: 'a1', workshopId: 'w1' })
    stop()
  })

  it('hands on updates and deletes, a delete without a workshop (Realtime sends only its key)', async () => {
    const { socket, join, events, stop } = await subscribed()
    socket.receive(
      null,
      null,
      join.topic,
      'postgres_changes',
      assetChange('UPDATE', { asset_id: 'a1', workshop_id: null, name: 'Hall' }),
    )
    socket.receive(
      null,
      null,
      join.topic,
      'postgres_changes',
      assetChange('DELETE', { asset_id: 'a2' }),
    )
    await vi.waitFor(() => expect(events).toHaveLength(2))
    expect(events).toEqual([
      { type: 'updated', assetId: 'a1', workshopId: null },
      { type: 'deleted', assetId: 'a2', workshopId: null },
    ])
    stop()
  })

  it('leaves the channel when the listener stops, and hears nothing after', async () => {
    const { socket, join, events, stop } = await subscribed()
    stop()
    await vi.waitFor(() => expect(socket.framesOf('phx_leave')).toHaveLength(1))
    expect(socket.framesOf('phx_leave')[0]?.topic).toBe(join.topic)
    socket.receive(
      null,
      null,
      join.topic,
      'postgres_changes',
      assetChange('INSERT', { asset_id: 'a3', workshop_id: null, name: 'x' }),
    )
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(events).toEqual([])
  })

  it('gives each subscriber its own channel, so one stopping leaves the other listening', async () => {
    const port = connectedPort()
    const first: AssetChangeEvent[] = []
    const second: AssetChangeEvent[] = []
    const stopFirst = port.assets.subscribe((event) => first.push(event))
    const stopSecond = port.assets.subscribe((event) => second.push(event))
    const socket = await vi.waitFor(() => {
      const found = sockets[0]
      if ((found?.framesOf('phx_join').length ?? 0) < 2) throw new Error('not joined yet')
      return found!
    })
    const [, secondJoin] = socket.framesOf('phx_join')
    stopFirst()
    await vi.waitFor(() => expect(socket.framesOf('phx_leave')).toHaveLength(1))
    socket.receive(
      null,
      null,
      secondJoin!.topic,
      'postgres_changes',
      assetChange('INSERT', { asset_id: 'a4', workshop_id: null, name: 'x' }),
    )
    await vi.waitFor(() => expect(second).toHaveLength(1))
    expect(first).toEqual([])
    stopSecond()
  })
})
