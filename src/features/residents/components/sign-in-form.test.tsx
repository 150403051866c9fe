// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataError } from '../../../db/data-error'
import type { ResidentsPort, SignInResult } from '../../../db/residents-port'
import { SignInForm } from './sign-in-form'

afterEach(cleanup)

function renderLocal(answer: () => Promise<SignInResult>) {
  const signInWithCode = vi.fn(answer)
  const signIn: Pick<ResidentsPort, 'signInByEmail' | 'signInWithCode'> = {
    signInWithCode,
    signInByEmail: vi.fn<ResidentsPort['signInByEmail']>(),
  }
  const onSignedIn = vi.fn(async () => undefined)
  render(<SignInForm signIn={signIn} mode="local" onSignedIn={onSignedIn} />)
  return { signInWithCode, onSignedIn }
}

async function signIn(email: string, code: string) {
  if (email) await userEvent.type(screen.getByLabelText('Email address'), email)
  if (code) await userEvent.type(screen.getByLabelText('Your code'), code)
  await userEvent.click(screen.getByRole('button', { name: 'Sign in on this device' }))
}

describe('signing in on this device (local mode)', () => {
  it('asks for the code when only the email is given, and sends nothing', async () => {
    const { signInWithCode } = renderLocal(async () => ({ status: 'no-match' }))
    await signIn('mina@example.test', '')
    const message = 'Enter the code you were given when you sent your offer'
    expect(screen.getByRole('alert').textContent).toContain(message)
    expect(screen.getByLabelText('Your code').getAttribute('aria-invalid')).toBe('true')
    expect(signInWithCode).not.toHaveBeenCalled()
  })

  it('says plainly when the email and code do not match, and stays on the form', async () => {
    const { onSignedIn } = renderLocal(async () => ({ status: 'no-match' }))
    await signIn('mina@example.test', 'AAAA-AAAA')
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/found no offer sent on this device/),
    )
    expect(onSignedIn).not.toHaveBeenCalled()
  })

  it('offers to try another email address after no match: the form empty, the email focused', async () => {
    renderLocal(async () => ({ status: 'no-match' }))
    await signIn('unknown@example.test', 'AAAA-AAAA')
    await userEvent.click(await screen.findByRole('button', { name: 'Try another email address' }))
    const email = screen.getByLabelText<HTMLInputElement>('Email address')
    await waitFor(() => expect(document.activeElement).toBe(email))
    expect(email.value).toBe('')
    expect(screen.getByLabelText<HTMLInputElement>('Your code').value).toBe('')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it("shows the database's refusal after too many wrong codes", async () => {
    renderLocal(async () => {
      throw new DataError('Too many wrong codes have been tried with this email address.', 'P0429')
    })
    await signIn('mina@example.test', 'K7M2-Q9XD')
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Too many wrong/))
  })

  it('signs in with the email and code as typed', async () => {
    const { signInWithCode, onSignedIn } = renderLocal(async () => ({
      status: 'signed-in',
      linked: 1,
    }))
    await signIn('mina@example.test', 'k7m2 q9xd')
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled())
    expect(signInWithCode).toHaveBeenCalledWith('mina@example.test', 'k7m2 q9xd')
  })
})

describe('signing in by email link (connected mode)', () => {
  it('after sending the link, offers to try another email address', async () => {
    const signInByEmail = vi.fn(async (): Promise<SignInResult> => ({ status: 'email-sent' }))
    render(
      <SignInForm
        signIn={{ signInByEmail, signInWithCode: vi.fn<ResidentsPort['signInWithCode']>() }}
        mode="connected"
        onSignedIn={async () => undefined}
      />,
    )
    await userEvent.type(screen.getByLabelText('Email address'), 'old@example.test')
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }))
    await screen.findByText(/We have sent a link to old@example.test/)
    await userEvent.click(screen.getByRole('button', { name: 'Try another email address' }))
    await userEvent.type(screen.getByLabelText('Email address'), 'new@example.test')
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }))
    await screen.findByText(/We have sent a link to new@example.test/)
    expect(signInByEmail).toHaveBeenLastCalledWith('new@example.test')
  })
})
