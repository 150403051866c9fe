import { useEffect, useRef } from 'react'

/**
 * Moves focus to the page's heading when the page (`key`) changes, as a full page load would put
 * a keyboard or screen reader user at the top: the next Tab goes to the page's first field.
 */
export function useFocusHeading<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null)
  useEffect(() => {
    ref.current?.focus({ preventScroll: false })
  }, [key])
  return ref
}
