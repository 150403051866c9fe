// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useRead } from './use-read'

afterEach(cleanup)

function deferred<T>() {
  let resolve: (value: T) => void = () => {}
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

describe('useRead', () => {
  it('waits while there is no port, then shows the answer', async () => {
    const { result, rerender } = renderHook(
      ({ read }: { read: (() => Promise<string>) | null }) => useRead(read),
      { initialProps: { read: null as (() => Promise<string>) | null } },
    )
    expect(result.current[0]).toEqual({ status: 'loading' })
    rerender({ read: async () => 'Your data' })
    await waitFor(() => expect(result.current[0]).toEqual({ status: 'ready', value: 'Your data' }))
  })

  it('reads again on reload', async () => {
    let reads = 0
    const read = async () => ++reads
    const { result } = renderHook(() => useRead(read))
    await waitFor(() => expect(result.current[0]).toEqual({ status: 'ready', value: 1 }))
    await act(() => result.current[1]())
    await waitFor(() => expect(result.current[0]).toEqual({ status: 'ready', value: 2 }))
  })

  it('never lets an older, slower answer replace a newer one', async () => {
    const slow = deferred<string>()
    const { result, rerender } = renderHook(
      ({ read }: { read: () => Promise<string> }) => useRead(read),
      { initialProps: { read: () => slow.promise } },
    )
    rerender({ read: async () => 'as the builder' })
    await waitFor(() =>
      expect(result.current[0]).toEqual({ status: 'ready', value: 'as the builder' }),
    )
    await act(async () => slow.resolve('as the public'))
    expect(result.current[0]).toEqual({ status: 'ready', value: 'as the builder' })
  })

  it('says why a read failed', async () => {
    const read = () => Promise.reject(new Error('You are offline'))
    const { result } = renderHook(() => useRead(read))
    await waitFor(() =>
      expect(result.current[0]).toEqual({ status: 'failed', message: 'You are offline' }),
    )
  })
})
