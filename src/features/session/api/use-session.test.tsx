// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppRole } from '../../../core/session/app-role'
import { SIGNED_OUT, type Session } from '../../../core/session/session'
import type { DataPort } from '../../../db/port'
import { TestPortProvider } from '../../../db/test-port-provider'
import { useSession } from './use-session'

afterEach(cleanup)

const as = (role: AppRole): Session => ({ ...SIGNED_OUT, signedIn: true, roles: [role] })

function deferred<T>() {
  let resolve: (value: T) => void = () => {}
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

/** A session port whose answers the test releases in any order. */
function fakePort() {
  const first = deferred<Session>()
  const choices = new Map<AppRole | null, ReturnType<typeof deferred<Session>>>()
  const listeners = new Set<(session: Session) => void>()
  const port = {
    mode: 'local',
    session: {
      rolesChosenOnDevice: true,
      current: () => first.promise,
      subscribe: (onChange: (session: Session) => void) => {
        listeners.add(onChange)
        return () => listeners.delete(onChange)
      },
      actAs: (role: AppRole | null) => {
        const answer = deferred<Session>()
        choices.set(role, answer)
        return answer.promise
      },
    },
  } as unknown as DataPort
  return {
    port,
    first,
    answer: (role: AppRole, session: Session) => choices.get(role)!.resolve(session),
    elsewhere: (session: Session) => listeners.forEach((listener) => listener(session)),
  }
}

/** Lets answers and the cache's notifications land. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

function render(port: DataPort) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestPortProvider port={port}>{children}</TestPortProvider>
  )
  return renderHook(() => useSession(), { wrapper }).result
}

describe('who is using the app', () => {
  it('is not known while the first answer is under way, then is that answer', async () => {
    const fake = fakePort()
    const result = render(fake.port)
    expect(result.current.session).toBeNull()
    fake.first.resolve(as('builder'))
    await waitFor(() => expect(result.current.session).toEqual(as('builder')))
  })

  it('follows a change made elsewhere (another tab, an expired sign-in)', async () => {
    const fake = fakePort()
    const result = render(fake.port)
    fake.first.resolve(as('builder'))
    await waitFor(() => expect(result.current.session).toEqual(as('builder')))
    act(() => fake.elsewhere(SIGNED_OUT))
    await waitFor(() => expect(result.current.session).toEqual(SIGNED_OUT))
  })

  it('keeps the role chosen last when an earlier choice answers after it', async () => {
    const fake = fakePort()
    const result = render(fake.port)
    fake.first.resolve(as('builder'))
    await waitFor(() => expect(result.current.session).toEqual(as('builder')))
    let lead!: Promise<void>, admin!: Promise<void>
    act(() => {
      lead = result.current.actAs('lead')
      admin = result.current.actAs('admin')
    })
    fake.answer('admin', as('admin'))
    await act(() => admin)
    await waitFor(() => expect(result.current.session).toEqual(as('admin')))
    fake.answer('lead', as('lead'))
    await act(() => lead)
    await act(settle)
    expect(result.current.session).toEqual(as('admin'))
  })

  it('keeps a chosen role when the first answer arrives after it', async () => {
    const fake = fakePort()
    const result = render(fake.port)
    let chosen!: Promise<void>
    act(() => {
      chosen = result.current.actAs('lead')
    })
    fake.answer('lead', as('lead'))
    await act(() => chosen)
    await waitFor(() => expect(result.current.session).toEqual(as('lead')))
    fake.first.resolve(SIGNED_OUT)
    await act(settle)
    expect(result.current.session).toEqual(as('lead'))
  })
})
