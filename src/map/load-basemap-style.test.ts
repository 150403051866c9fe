import { afterEach, describe, expect, it, vi } from 'vitest'
import { basemapFallbackNote, loadBasemapStyle } from './load-basemap-style'

const styleUrl = 'https://tiles.example.org/styles/light'
const style = {
  version: 8,
  sources: { base: { type: 'vector', url: 'https://tiles.example.org/planet' } },
  layers: [{ id: 'bg', type: 'background' }],
}
const fallback = { kind: 'builtin', note: basemapFallbackNote }

function answering(body: unknown, status = 200): typeof fetch {
  return () => Promise.resolve(new Response(JSON.stringify(body), { status }))
}

afterEach(() => {
  vi.useRealTimers()
})

describe('loadBasemapStyle', () => {
  it('returns the online style with its attribution when it loads', async () => {
    const result = await loadBasemapStyle(styleUrl, {
      attribution: '© OpenStreetMap',
      fetchStyle: answering(style),
    })
    expect(result).toEqual({ kind: 'online', style, attribution: '© OpenStreetMap' })
  })

  it('falls back to the built-in map when the network fails', async () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'))
    const result = await loadBasemapStyle(styleUrl, { attribution: '', fetchStyle: offline })
    expect(result).toEqual(fallback)
  })

  it('falls back when the server answers with an error', async () => {
    const result = await loadBasemapStyle(styleUrl, {
      attribution: '',
      fetchStyle: answering({ message: 'gone' }, 503),
    })
    expect(result).toEqual(fallback)
  })

  it('falls back when the answer is not a MapLibre style', async () => {
    const result = await loadBasemapStyle(styleUrl, {
      attribution: '',
      fetchStyle: answering({ version: 7, layers: [] }),
    })
    expect(result).toEqual(fallback)
  })

  it('falls back when the style takes longer than the timeout', async () => {
    vi.useFakeTimers()
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')))
      })
    const result = loadBasemapStyle(styleUrl, {
      attribution: '',
      timeoutMs: 5000,
      fetchStyle: hanging,
    })
    await vi.advanceTimersByTimeAsync(5000)
    await expect(result).resolves.toEqual(fallback)
  })
})
