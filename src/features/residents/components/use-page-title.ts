import { useEffect } from 'react'

/**
 * Names the page in the browser tab, GOV.UK style ("Error: " first when the page shows errors),
 * so that screen reader users hear where they are after each step.
 */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Community Asset Map`
  }, [title, hasErrors])
}
