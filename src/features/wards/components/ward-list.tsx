import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { WardSummary } from '../../../core/region/ward-summary'
import { filterWards } from '../filter-wards'

export interface WardListProps {
  /** In display order. */
  wards: readonly WardSummary[]
  selectedCode: string | null
  onSelect: (wardCode: string) => void
}

/**
 * The wards as a searchable list beside the map, for keyboard and screen-reader users: the same
 * selection as a click on the map. A single-select listbox (WAI-ARIA APG): one tab stop, arrow
 * keys move, Enter or Space selects, so that moving through 257 wards does not move the map.
 */
export function WardList({ wards, selectedCode, onSelect }: WardListProps) {
  const [query, setQuery] = useState('')
  const [activeCode, setActiveCode] = useState<string | null>(selectedCode)
  const [seenSelected, setSeenSelected] = useState(selectedCode)
  // A ward chosen on the map becomes the active option, so the list shows where the map is.
  if (seenSelected !== selectedCode) {
    setSeenSelected(selectedCode)
    setActiveCode(selectedCode)
  }
  const visible = useMemo(() => filterWards(wards, query), [wards, query])
  const active =
    visible.find((ward) => ward.wardCode === activeCode) ??
    visible.find((ward) => ward.wardCode === selectedCode) ??
    visible[0]
  const baseId = useId()
  const optionId = (code: string) => `${baseId}-option-${code}`

  const listRef = useRef<HTMLUListElement>(null)
  const activeShown = active?.wardCode
  useEffect(() => {
    const list = listRef.current
    const option = [...(list?.children ?? [])].find(
      (element) => element instanceof HTMLElement && element.dataset.code === activeShown,
    )
    if (list && option instanceof HTMLElement) keepInView(list, option)
  }, [activeShown])

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!active) return
    const index = visible.indexOf(active)
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: visible.length - 1,
      PageDown: index + 10,
      PageUp: index - 10,
    }
    const target = moves[event.key]
    if (target !== undefined) {
      event.preventDefault()
      const next = visible[Math.max(0, Math.min(visible.length - 1, target))]
      if (next) setActiveCode(next.wardCode)
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onSelect(active.wardCode)
    }
  }

  return (
    <section className="ward-list" aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`} className="ward-list__heading">
        Wards
      </h2>
      <label htmlFor={`${baseId}-search`} className="ward-list__label">
        Search wards or authorities
      </label>
      <input
        id={`${baseId}-search`}
        className="ward-list__search"
        type="search"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-controls={`${baseId}-listbox`}
      />
      <p className="ward-list__count" aria-live="polite">
        {visible.length === wards.length
          ? `${wards.length} wards`
          : `${visible.length} of ${wards.length} wards`}
      </p>
      {visible.length === 0 ? (
        <p className="ward-list__empty">No ward or authority matches “{query}”.</p>
      ) : (
        <ul
          ref={listRef}
          id={`${baseId}-listbox`}
          className="ward-list__options"
          role="listbox"
          aria-label="Wards"
          tabIndex={0}
          aria-activedescendant={active ? optionId(active.wardCode) : undefined}
          onKeyDown={onKeyDown}
        >
          {visible.map((ward) => (
            <li
              key={ward.wardCode}
              id={optionId(ward.wardCode)}
              data-code={ward.wardCode}
              role="option"
              aria-selected={ward.wardCode === selectedCode}
              className={ward === active ? 'ward-list__option is-active' : 'ward-list__option'}
              onClick={() => {
                setActiveCode(ward.wardCode)
                onSelect(ward.wardCode)
              }}
            >
              <span className="ward-list__name">{ward.wardName}</span>
              <span className="ward-list__authority">{ward.ladName}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

// Scrolls the list only (scrollIntoView would also scroll the page, which on a phone jumps away
// from the map the user has just tapped).
function keepInView(list: HTMLElement, option: HTMLElement) {
  if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop
  else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight) {
    list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight
  }
}
