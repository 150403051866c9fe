import { useId, useState } from 'react'
import { APP_ROLES, ROLE_LABELS, type AppRole } from '../../../core/session/app-role'
import type { SessionControls } from '../api/use-session'
import './session-control.css'

const PUBLIC = 'public'

/**
 * Who is using the app, in the header. Local mode: this device's user chooses whom they act as,
 * labelled clearly as local. Connected mode: sign in (password or emailed link) and out.
 */
export function SessionControl({ controls }: { controls: SessionControls }) {
  const { session, error } = controls
  if (!session) return null
  return (
    <div className="session-control">
      {controls.rolesChosenOnDevice ? (
        <LocalRoleChoice controls={controls} />
      ) : session.signedIn ? (
        <p className="session-control__who">
          Signed in as <strong>{session.email}</strong>
          {session.roles.length
            ? ` (${session.roles.map((r) => ROLE_LABELS[r]).join(', ')})`
            : ''}{' '}
          <button type="button" className="link-button" onClick={() => void controls.signOut()}>
            Sign out
          </button>
        </p>
      ) : (
        <SignInForm controls={controls} />
      )}
      {error ? (
        <p className="session-control__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}

function LocalRoleChoice({ controls }: { controls: SessionControls }) {
  const id = useId()
  const role = controls.session?.signedIn ? (controls.session.roles[0] ?? PUBLIC) : PUBLIC
  return (
    <div className="session-control__local">
      <label htmlFor={id}>Local mode — acting as</label>
      <select
        id={id}
        value={role}
        onChange={(event) =>
          void controls.actAs(
            event.target.value === PUBLIC ? null : (event.target.value as AppRole),
          )
        }
      >
        <option value={PUBLIC}>The public (signed out)</option>
        {APP_ROLES.map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </select>
    </div>
  )
}

function SignInForm({ controls }: { controls: SessionControls }) {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [sent, setSent] = useState(false)
  return (
    <form
      className="session-control__sign-in"
      aria-label="Sign in"
      onSubmit={(event) => {
        event.preventDefault()
        void controls.signInWithPassword(email, password)
      }}
    >
      <label>
        Email{' '}
        <input
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
      </label>
      <label>
        Password{' '}
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <button type="submit" className="button">
        Sign in
      </button>
      <button
        type="button"
        className="link-button"
        onClick={() => void controls.sendSignInLink(email).then(() => setSent(true))}
      >
        Email me a sign-in link
      </button>
      {sent ? <p role="status">If that address can sign in, a link is on its way.</p> : null}
    </form>
  )
}
