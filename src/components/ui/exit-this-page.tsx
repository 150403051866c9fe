import './exit-this-page.css'
import {
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import {
  countShiftPresses,
  NO_SHIFT_PRESSES,
  SHIFT_PRESS_WINDOW_MS,
  SHIFT_PRESSES_TO_EXIT,
} from '../../core/safety/count-shift-presses'

/** Leaves for `url` in place of this page's history entry, so that Back does not come back. */
export const replaceLocation = (url: string) => window.location.replace(url)

export interface ExitThisPageProps {
  /** The neutral page to leave for (the configuration's `exitPageUrl`). */
  href: string
  /**
   * How to leave; tests give a fake.
   * @default replaceLocation
   */
  leave?: (url: string) => void
}

/**
 * GOV.UK's "Exit this page" (design-system.service.gov.uk/components/exit-this-page): a red
 * button that stays in view as the page scrolls; one press, or Shift pressed three times in quick
 * succession anywhere on the page, hides the page at once and leaves for a neutral site, replacing
 * this page's entry in the history (GOV.UK follows the link, which would leave Back pointing here).
 */
export function ExitThisPage({ href, leave = replaceLocation }: ExitThisPageProps) {
  const [leaving, setLeaving] = useState(false)
  const [presses, setPresses] = useState(0)
  const count = useRef(NO_SHIFT_PRESSES)
  const exit = () => {
    // Blank what someone looking over a shoulder could read while the neutral page loads.
    document.title = 'Loading'
    setLeaving(true)
    leave(href)
  }
  const onShiftCounted = useEffectEvent((counted: number) => {
    setPresses(counted)
    if (counted >= SHIFT_PRESSES_TO_EXIT) exit()
  })

  useEffect(() => {
    const onKeyUp = (event: globalThis.KeyboardEvent) => {
      count.current = countShiftPresses(count.current, {
        key: event.key,
        shiftKey: event.shiftKey,
        atMs: event.timeStamp,
      })
      onShiftCounted(count.current.count)
    }
    document.addEventListener('keyup', onKeyUp, true)
    return () => document.removeEventListener('keyup', onKeyUp, true)
  }, [])

  // The count lapses after the window, so the hint read out does not stay stale.
  useEffect(() => {
    if (presses === 0 || presses >= SHIFT_PRESSES_TO_EXIT) return
    const lapse = setTimeout(() => setPresses(0), SHIFT_PRESS_WINDOW_MS)
    return () => clearTimeout(lapse)
  }, [presses])

  const onClick = (event: MouseEvent) => {
    event.preventDefault()
    exit()
  }
  // A link that acts as a button (as GOV.UK's), so Space presses it too.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== ' ') return
    event.preventDefault()
    exit()
  }
  const left = SHIFT_PRESSES_TO_EXIT - presses

  return (
    <div className="exit-this-page">
      <a
        className="exit-this-page__button"
        href={href}
        role="button"
        draggable={false}
        rel="nofollow noreferrer"
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <span className="visually-hidden">Emergency</span> Exit this page
      </a>
      <span
        className={`exit-this-page__indicator${presses > 0 ? ' is-counting' : ''}`}
        aria-hidden="true"
      >
        {Array.from({ length: SHIFT_PRESSES_TO_EXIT }, (_, i) => (
          <span key={i} className={i < presses ? 'is-lit' : undefined} />
        ))}
      </span>
      <span role="status" className="visually-hidden">
        {leaving
          ? 'Loading.'
          : presses > 0 && left > 0
            ? `Shift, press ${left} more ${left === 1 ? 'time' : 'times'} to exit.`
            : ''}
      </span>
      {leaving ? <div className="exit-this-page__overlay" /> : null}
    </div>
  )
}
