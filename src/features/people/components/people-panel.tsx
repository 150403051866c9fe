import { useId, useState } from 'react'
import { FormField } from '../../../components/ui/form-field'
import { APP_ROLES, ROLE_LABELS, type AppRole } from '../../../core/session/app-role'
import { useMembers } from '../api/use-members'

/** Administrators grant and revoke people's roles (each change is in the audit log). */
export function PeoplePanel() {
  const { members, error, grant, revoke } = useMembers()
  const emailId = useId()
  const roleId = useId()
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<AppRole>('builder')
  return (
    <section aria-labelledby="people-title" className="people-panel">
      <h2 id="people-title" className="panel-title">
        People and roles
      </h2>
      {error ? (
        <p className="form-message form-message--error" role="alert">
          {error}
        </p>
      ) : null}
      <form
        aria-label="Grant a role"
        onSubmit={(event) => {
          event.preventDefault()
          void grant(email, role)
        }}
      >
        <FormField id={emailId} label="Email they sign in with">
          <input
            id={emailId}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
        </FormField>
        <FormField id={roleId} label="Role">
          <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as AppRole)}>
            {APP_ROLES.map((value) => (
              <option key={value} value={value}>
                {ROLE_LABELS[value]}
              </option>
            ))}
          </select>
        </FormField>
        <button type="submit" className="button">
          Grant role
        </button>
      </form>
      <h3 className="panel-subtitle">Who holds which role</h3>
      {members === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <table className="asset-table">
          <caption className="visually-hidden">People and their roles</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Roles</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId}>
                <td>{member.email}</td>
                <td>
                  {member.roles.map((held) => (
                    <span key={held} className="role-chip">
                      {ROLE_LABELS[held]}{' '}
                      <button
                        type="button"
                        className="link-button"
                        aria-label={`Revoke ${ROLE_LABELS[held]} from ${member.email}`}
                        onClick={() => void revoke(member.userId, held)}
                      >
                        revoke
                      </button>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
