import { useId, useState } from 'react'
import type { PostcodeLocation } from '../../../core/region/postcode-location'
import { normalisePostcode, tidyPostcode } from '../../../core/residents/normalise-postcode'
import { useLatestCall } from '../../../components/use-latest-call'

export interface PostcodeFinderProps {
  /** Looks a postcode up; null when the region has no such postcode. */
  lookup: (postcode: string) => Promise<PostcodeLocation | null>
  onFound: (location: PostcodeLocation) => void
  disabled?: boolean
}

/**
 * Finds a place by postcode. It sits inside the asset form, so it is not a form of its own: its
 * button (or Enter in its field) looks the postcode up without submitting the asset.
 */
export function PostcodeFinder({ lookup, onFound, disabled }: PostcodeFinderProps) {
  const id = useId()
  const [postcode, setPostcode] = useState('')
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const latest = useLatestCall()

  const find = async () => {
    const typed = tidyPostcode(postcode)
    setPostcode(typed)
    if (!typed) {
      setMessage({ text: 'Enter a postcode, like CM1 1AA', error: true })
      return
    }
    if (normalisePostcode(typed) === null) {
      setMessage({ text: `“${typed}” is not a postcode. Enter one like CM1 1AA`, error: true })
      return
    }
    setBusy(true)
    // A lookup typed after this one wins, however late this one answers or fails.
    const answer = await latest(() =>
      lookup(typed).then(
        (found) => ({ found }),
        (error: unknown) => ({ error }),
      ),
    )
    if (!answer.latest) return
    setBusy(false)
    const result = answer.value
    if ('error' in result) {
      const { error } = result
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true })
    } else if (result.found) {
      setMessage({
        text: `Placed at ${result.found.postcode}. Drag the pin to the exact spot.`,
        error: false,
      })
      onFound(result.found)
    } else {
      setMessage({ text: `No postcode “${typed}” was found in the region`, error: true })
    }
  }

  return (
    <div className={`form-field postcode-finder${message?.error ? ' form-field--error' : ''}`}>
      <label className="form-field__label" htmlFor={`${id}-postcode`}>
        Find a postcode (optional)
      </label>
      {message ? (
        <p
          id={`${id}-message`}
          className={message.error ? 'form-field__error' : 'form-field__hint'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
      <div className="postcode-finder__row">
        <input
          id={`${id}-postcode`}
          type="text"
          autoComplete="postal-code"
          data-testid="asset-postcode"
          value={postcode}
          aria-describedby={message ? `${id}-message` : undefined}
          aria-invalid={message?.error ?? false}
          onChange={(event) => setPostcode(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              void find()
            }
          }}
        />
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled || busy}
          onClick={() => void find()}
        >
          {busy ? 'Finding…' : 'Find postcode'}
        </button>
      </div>
    </div>
  )
}
