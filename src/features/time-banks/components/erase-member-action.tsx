import { useState } from 'react'
import { WriteButton } from './write-button'

/**
 * Erasing a member cannot be undone, so it asks once more, saying what stays: their hours, as
 * "a former member", so that every balance stays true.
 */
export function EraseMemberAction({ memberId, name }: { memberId: string; name: string }) {
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button
        type="button"
        className="link-button"
        aria-label={`Erase ${name}`}
        onClick={() => setAsking(true)}
      >
        Erase
      </button>
    )
  }
  return (
    <div role="group" aria-label={`Erase ${name}?`} className="tb-confirm">
      <p>
        Erase {name}? Their name, place, skills, checks, offers and requests go for good; their
        hours stay in the ledger as “a former member”.
      </p>
      <div className="tb-actions">
        <WriteButton
          label="Erase for good"
          busyLabel="Erasing…"
          accessibleName={`Erase ${name} for good`}
          write={(port) => port.timeBanks.eraseMember(memberId)}
        />
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          Keep {name}
        </button>
      </div>
    </div>
  )
}
