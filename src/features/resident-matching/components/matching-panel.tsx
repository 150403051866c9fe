import { useId, useState } from 'react'
import { describedBy, FormField } from '../../../components/ui/form-field'
import { GIFT_KIND_LABELS, GIFT_KINDS, type GiftKind } from '../../../core/residents/gift-kind'
import type { MatchesState } from '../api/use-distance-matches'
import { MatchList } from './match-list'

export interface MatchPlace {
  lngLat: [number, number]
  /** What the place is, in words: "postcode CM1 1AE" or "the place clicked on the map". */
  label: string
}

export interface MatchingPanelProps {
  place: MatchPlace | null
  kind: GiftKind | null
  onKindChange: (kind: GiftKind | null) => void
  /** Looks a postcode up and makes it the place; resolves to an error message, or null. */
  onPostcode: (postcode: string) => Promise<string | null>
  matches: MatchesState
}

/**
 * Builders and admins: residents near a place who agreed to be contacted, by distance band. The
 * place is a postcode or a click on the map while this panel is open.
 */
export function MatchingPanel({
  place,
  kind,
  onKindChange,
  onPostcode,
  matches,
}: MatchingPanelProps) {
  const id = useId()
  const [postcode, setPostcode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const choosePostcode = async () => {
    setBusy(true)
    try {
      setError(await onPostcode(postcode))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="matching-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="matching-panel__heading">
        Match residents to a place
      </h2>
      <p>
        Residents who offered their gifts and agreed to be contacted by a community builder, within
        20 km of a place. How far each lives is shown only as a band, measured from the middle of
        their postcode sector, never as a distance or an address.
      </p>
      <form
        className="matching-panel__form"
        aria-label="Where and what to match"
        onSubmit={(event) => {
          event.preventDefault()
          void choosePostcode()
        }}
      >
        <FormField
          id={`${id}-postcode`}
          label="Postcode of the place"
          hint="Or click the map while this panel is open."
          error={error ?? undefined}
        >
          <div className="matching-panel__row">
            <input
              id={`${id}-postcode`}
              type="text"
              autoComplete="postal-code"
              value={postcode}
              aria-describedby={describedBy(`${id}-postcode`, true, error)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setPostcode(event.target.value)}
            />
            <button type="submit" className="button button--secondary" disabled={busy}>
              Use this postcode
            </button>
          </div>
        </FormField>
        <FormField id={`${id}-kind`} label="Gifts">
          <select
            id={`${id}-kind`}
            value={kind ?? ''}
            onChange={(event) => onKindChange((event.target.value || null) as GiftKind | null)}
          >
            <option value="">Any gift</option>
            {GIFT_KINDS.map((value) => (
              <option key={value} value={value}>
                {GIFT_KIND_LABELS[value].label}: {GIFT_KIND_LABELS[value].question.toLowerCase()}
              </option>
            ))}
          </select>
        </FormField>
      </form>
      {place ? (
        <p className="matching-panel__place" data-testid="match-place">
          Matching from {place.label}.
        </p>
      ) : null}
      {matches.status === 'loading' ? (
        <p role="status">Finding residents…</p>
      ) : matches.status === 'failed' ? (
        <p role="alert">{matches.message}</p>
      ) : matches.status === 'ready' ? (
        <MatchList matches={matches.matches} />
      ) : (
        <p>Choose a place to see who is near it.</p>
      )}
    </section>
  )
}
