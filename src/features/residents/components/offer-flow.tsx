import './residents.css'
import { useCallback, useState } from 'react'
import { region } from '../../../config/region'
import { tidyPostcode } from '../../../core/residents/normalise-postcode'
import { useGiftTypes } from '../api/use-gift-types'
import { useOfferDraft } from '../api/use-offer-draft'
import { useOfferSending } from '../api/use-offer-sending'
import { useTimeBanksForPostcode } from '../api/use-time-banks-for-postcode'
import { timeBankProblem } from '../api/offer-draft'
import { OFFER_STEPS, nextStepPath, type OfferStep } from '../api/offer-steps'
import { CheckAnswersPage } from './check-answers-page'
import { OfferQuestion } from './offer-question'
import { OfferSentPage, type SentOfferSummary } from './offer-sent-page'
import { OfferStartPage } from './offer-start-page'
import type { AppMode } from './mode-wording'
import type { Navigate } from './route-link'

/**
 * The public "Offer your gifts" form (/offer…): a start page, one question per page, check your
 * answers, and the confirmation. `page` is what follows /offer/ in the address ('' for the start).
 */
export function OfferFlow({
  page,
  search,
  navigate,
  mode,
}: {
  page: string
  search: string
  navigate: Navigate
  /** The mode the build runs in, from its configuration: what the pages promise depends on it. */
  mode: AppMode
}) {
  const sending = useOfferSending()
  const giftTypes = useGiftTypes()
  const [draft, saveDraft, clearDraft] = useOfferDraft()
  const [sent, setSent] = useState<SentOfferSummary | null>(null)
  const [linkSent, setLinkSent] = useState<boolean | null>(null)
  const returnToCheck = new URLSearchParams(search).has('change')
  const timeBanks = useTimeBanksForPostcode(draft.postcode, page === 'time-bank')

  const checkPostcode = useCallback(
    async (postcode: string) => {
      if (!sending.ready) return null
      const area = await sending.findPostcodeArea(postcode)
      if (area === 'unknown' || area !== null) return null
      return `The postcode ${tidyPostcode(postcode)} is not in ${region.name}, the area this programme covers`
    },
    [sending],
  )

  if (page === '') return <OfferStartPage navigate={navigate} mode={mode} />
  if (page === 'check') {
    return (
      <CheckAnswersPage
        draft={draft}
        giftTypes={giftTypes}
        submitOffer={sending.ready ? sending.submitOffer : null}
        navigate={navigate}
        onSent={(what) => {
          setSent(what)
          clearDraft()
          navigate('/offer/sent')
          // Connected mode: signing in by the emailed link confirms the offer, so send it at once.
          if (sending.mode === 'connected' && what.email) {
            sending.signInByEmail(what.email).then(
              () => setLinkSent(true),
              () => setLinkSent(false),
            )
          }
        }}
      />
    )
  }
  if (page === 'sent') {
    return <OfferSentPage sent={sent} mode={mode} linkSent={linkSent} navigate={navigate} />
  }
  const step = (OFFER_STEPS as readonly string[]).includes(page) ? (page as OfferStep) : null
  if (!step) return <OfferStartPage navigate={navigate} mode={mode} />
  return (
    <OfferQuestion
      key={step}
      step={step}
      draft={draft}
      giftTypes={giftTypes}
      returnToCheck={returnToCheck}
      navigate={navigate}
      checkPostcode={checkPostcode}
      timeBanks={timeBanks}
      mode={mode}
      onContinue={(values) => {
        const next = { ...draft, ...values }
        // A new postcode may be another ward's: its time bank is asked again.
        if (step === 'postcode' && next.postcode !== draft.postcode) {
          Object.assign(next, { timeBankId: '', timeBankName: '' })
        }
        saveDraft(next)
        // Joining the time bank, newly chosen from the check page, still asks which bank.
        const askBank = returnToCheck && step === 'activities' && timeBankProblem(next) !== null
        navigate(
          returnToCheck && !askBank
            ? '/offer/check'
            : askBank
              ? '/offer/time-bank?change=1'
              : nextStepPath(step, next),
        )
      }}
    />
  )
}
