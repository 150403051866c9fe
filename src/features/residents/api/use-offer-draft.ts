import { useCallback, useState } from 'react'
import { EMPTY_DRAFT, type OfferDraft } from './offer-draft'

const KEY = 'cam-offer-draft'

/**
 * The answers so far, kept in this tab's session storage so that a reload or the Back button does
 * not lose them; cleared when the offer is sent (or the tab is closed).
 */
export function useOfferDraft(): [OfferDraft, (draft: OfferDraft) => void, () => void] {
  const [draft, setDraft] = useState<OfferDraft>(() => readDraft())
  const save = useCallback((next: OfferDraft) => {
    setDraft(next)
    try {
      sessionStorage.setItem(KEY, JSON.stringify(next))
    } catch {
      // Storage full or blocked: the draft still lives in memory.
    }
  }, [])
  const clear = useCallback(() => {
    setDraft(EMPTY_DRAFT)
    try {
      sessionStorage.removeItem(KEY)
    } catch {
      // Nothing to clear.
    }
  }, [])
  return [draft, save, clear]
}

function readDraft(): OfferDraft {
  try {
    const saved = sessionStorage.getItem(KEY)
    if (!saved) return EMPTY_DRAFT
    const parsed = JSON.parse(saved) as Partial<OfferDraft>
    return { ...EMPTY_DRAFT, ...parsed, ownWords: { ...EMPTY_DRAFT.ownWords, ...parsed.ownWords } }
  } catch {
    return EMPTY_DRAFT
  }
}
