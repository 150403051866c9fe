import { useId, useState } from 'react'
import type { Asset } from '../../../core/assets/asset'
import {
  PERSON_RELATIONS,
  type LinkablePerson,
  type PersonRelation,
} from '../../../core/assets/person-link'
import { FormField } from '../../../components/ui/form-field'
import type { PersonLinks } from '../api/use-person-links'

export const PERSON_RELATION_LABELS: Record<PersonRelation, string> = {
  member_of: 'is a member of',
  volunteers_at: 'volunteers at',
  runs: 'runs',
}

/**
 * The people connected to an asset, for builders and admins: each by display name only (never
 * where they live), and a way to connect an approved resident found by name.
 */
export function PersonConnections({ asset, people }: { asset: Asset; people: PersonLinks }) {
  const id = useId()
  const [name, setName] = useState('')
  const [found, setFound] = useState<LinkablePerson[] | null>(null)
  const [residentId, setResidentId] = useState('')
  const [relation, setRelation] = useState<PersonRelation>('member_of')
  const [error, setError] = useState<string | null>(null)
  const say = (failure: unknown) =>
    setError(failure instanceof Error ? failure.message : String(failure))

  const search = async () => {
    setError(null)
    setResidentId('')
    if (name.trim().length < 2) {
      setError('Type at least 2 letters of the name')
      return
    }
    try {
      const matches = await people.find(name)
      setFound(matches)
      setResidentId(matches[0]?.residentId ?? '')
    } catch (failure) {
      say(failure)
    }
  }

  return (
    <div className="asset-connections__people">
      <h5 className="panel-subtitle">People ({people.links.length})</h5>
      {people.links.length === 0 ? <p className="muted">No one connected yet.</p> : null}
      <ul className="asset-connections__list" aria-label={`People connected to ${asset.name}`}>
        {people.links.map((link) => (
          <li key={link.id}>
            <span dir="auto">{link.displayName}</span> {PERSON_RELATION_LABELS[link.relation]} this{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void people.unlink(link.id).catch(say)}
            >
              Remove<span className="visually-hidden"> {link.displayName}</span>
            </button>
          </li>
        ))}
      </ul>
      <details>
        <summary>Connect a person</summary>
        <form
          noValidate
          aria-label={`Connect a person to ${asset.name}`}
          onSubmit={async (event) => {
            event.preventDefault()
            if (!residentId) {
              setError('Find the person by name first')
              return
            }
            try {
              setError(null)
              await people.link({ residentId, assetId: asset.id, relation })
              setName('')
              setFound(null)
              setResidentId('')
            } catch (failure) {
              say(failure)
            }
          }}
        >
          {error ? (
            <p role="alert" className="form-field__error">
              {error}
            </p>
          ) : null}
          <FormField id={`${id}-name`} label="Their name (approved residents only)">
            <input
              id={`${id}-name`}
              type="search"
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  void search()
                }
              }}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void search()}
            >
              Find
            </button>
          </FormField>
          {found ? (
            found.length === 0 ? (
              <p className="muted" role="status">
                No approved resident has a name like that.
              </p>
            ) : (
              <FormField id={`${id}-person`} label="Person">
                <select
                  id={`${id}-person`}
                  value={residentId}
                  onChange={(e) => setResidentId(e.target.value)}
                >
                  {found.map((person) => (
                    <option key={person.residentId} value={person.residentId}>
                      {person.wardName
                        ? `${person.displayName} (${person.wardName})`
                        : person.displayName}
                    </option>
                  ))}
                </select>
              </FormField>
            )
          ) : null}
          <FormField id={`${id}-relation`} label="The person…">
            <select
              id={`${id}-relation`}
              value={relation}
              onChange={(e) => setRelation(e.target.value as PersonRelation)}
            >
              {PERSON_RELATIONS.map((r) => (
                <option key={r} value={r}>
                  {PERSON_RELATION_LABELS[r]} {asset.name}
                </option>
              ))}
            </select>
          </FormField>
          <button type="submit" className="button button--secondary">
            Connect person
          </button>
        </form>
      </details>
    </div>
  )
}
