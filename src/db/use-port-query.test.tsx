// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { DataError, SQLSTATE } from './data-error'
import { DataPortContext, type DataPortState } from './data-port-context'
import type { DataPort } from './port'
import { PortQueryProvider } from './port-query-provider'
import { ActingPerson, usePortQuery } from './use-port-query'

afterEach(cleanup)

function deferred<T>() {
  let resolve: (value: T) => void = () => {}
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

const port = { mode: 'local' } as DataPort
const starting: DataPortState = { status: 'starting', progress: { phase: 'opening' } }

/** Renders `use` under a data port in `state`, reading as `person`; both can change later. */
function renderRead<T>(
  use: () => T,
  initial: { state?: DataPortState; person?: string | null } = {},
) {
  let props = {
    state: initial.state ?? { status: 'ready', port },
    person: 'person' in initial ? (initial.person ?? null) : 'a',
  }
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <DataPortContext value={props.state}>
        <ActingPerson person={props.person}>{children}</ActingPerson>
      </DataPortContext>
    )
  }
  function Root({ children }: { children: ReactNode }) {
    return <PortQueryProvider>{<Wrapper>{children}</Wrapper>}</PortQueryProvider>
  }
  const rendered = renderHook(use, { wrapper: Root })
  const change = (next: Partial<typeof props>) => {
    props = { ...props, ...next }
    rendered.rerender()
  }
  return { ...rendered, change }
}

describe('usePortQuery', () => {
  it('waits while the database starts, then shows the answer', async () => {
    const { result, change } = renderRead(
      () => usePortQuery(['data'], async () => 'Your data').read,
      { state: starting },
    )
    expect(result.current).toEqual({ status: 'loading' })
    change({ state: { status: 'ready', port } })
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: 'Your data' }))
  })

  it('waits while who is acting is not known, then reads as them', async () => {
    const asked: string[] = []
    const { result, change } = renderRead(
      () =>
        usePortQuery(['data'], async () => {
          asked.push('read')
          return 'as the builder'
        }).read,
      { person: null },
    )
    expect(result.current).toEqual({ status: 'loading' })
    expect(asked).toEqual([])
    change({ person: 'builder' })
    await waitFor(() =>
      expect(result.current).toEqual({ status: 'ready', value: 'as the builder' }),
    )
    expect(asked).toEqual(['read'])
  })

  it('reads again when the person changes, never showing the previous person’s answer', async () => {
    let who = 'the builder'
    const later = deferred<string>()
    const { result, change } = renderRead(
      () =>
        usePortQuery(['data'], () => (who === 'the builder' ? Promise.resolve(who) : later.promise))
          .read,
    )
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: 'the builder' }))
    who = 'the public'
    change({ person: 'public' })
    expect(result.current).toEqual({ status: 'loading' })
    await act(async () => later.resolve('as the public'))
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: 'as the public' }))
  })

  it('reads again on reload', async () => {
    let reads = 0
    const { result } = renderRead(() => usePortQuery(['count'], async () => ++reads))
    await waitFor(() => expect(result.current.read).toEqual({ status: 'ready', value: 1 }))
    await act(() => result.current.reload())
    await waitFor(() => expect(result.current.read).toEqual({ status: 'ready', value: 2 }))
  })

  it('never lets an older, slower answer replace a newer one', async () => {
    const slow = deferred<string>()
    let key = 'first'
    const { result, change } = renderRead(
      () =>
        usePortQuery(['data', key], () =>
          key === 'first' ? slow.promise : Promise.resolve('the second'),
        ).read,
    )
    key = 'second'
    change({})
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: 'the second' }))
    await act(async () => slow.resolve('the first'))
    expect(result.current).toEqual({ status: 'ready', value: 'the second' })
  })

  it('says why a refusal failed, without asking again', async () => {
    let asked = 0
    const { result } = renderRead(
      () =>
        usePortQuery(['refused'], () => {
          asked++
          return Promise.reject(new DataError('You may not see that.', SQLSTATE.notAllowed))
        }).read,
    )
    await waitFor(() =>
      expect(result.current).toEqual({ status: 'failed', message: 'You may not see that.' }),
    )
    expect(asked).toBe(1)
  })

  it('asks once more when the connection failed, and says why if it fails again', async () => {
    let asked = 0
    const { result } = renderRead(
      () =>
        usePortQuery(['offline'], () => {
          asked++
          return Promise.reject(new Error('You are offline'))
        }).read,
    )
    await waitFor(() =>
      expect(result.current).toEqual({ status: 'failed', message: 'You are offline' }),
    )
    expect(asked).toBe(2)
  })
})
