import './residents.css'
import { useCallback, useEffect, useState } from 'react'
import { region } from '../../../config/region'
import { useGiftTypes } from '../api/use-gift-types'
import { useOfferDraft } from '../api/use-offer-draft'
import { useResidentsPort } from '../api/use-residents-port'
import { OFFER_STEPS, nextStepPath, type OfferStep } from '../api/offer-steps'
import { CheckAnswersPage } from './check-answers-page'
import { OfferQuestion } from './offer-question'
import { OfferSentPage, type SentOfferSummary } from './offer-sent-page'
import { OfferStartPage } from './offer-start-page'
import type { Navigate } from './route-link'

/**
 * The public "Offer your gifts" form (/offer…): a start page, one question per page, check your
 * answers, and the confirmation. `page` is what follows /offer/ in the address ('' for the start).
 */
export function OfferFlow({
  page,
  search,
  navigate,
}: {
  page: string
  search: string
  navigate: Navigate
}) {
  const { port, mode } = useResidentsPort()
  const giftTypes = useGiftTypes(port)
  const [draft, saveDraft, clearDraft] = useOfferDraft()
  const [sent, setSent] = useState<SentOfferSummary | null>(null)
  const [linkSent, setLinkSent] = useState<boolean | null>(null)
  const returnToCheck = new URLSearchParams(search).has('change')

  const checkPostcode = useCallback(
    async (postcode: string) => {
      if (!port) return null
      const area = await port.findPostcodeArea(postcode).catch(() => 'unknown' as const)
      if (area === 'unknown' || area !== null) return null
      return `The postcode ${postcode.trim().toUpperCase()} is not in ${region.name}, the area this programme covers`
    },
    [port],
  )

  // Connected mode: signing in by the emailed link confirms the offer, so send it at once.
  useEffect(() => {
    if (!sent || !port || mode !== 'connected' || !sent.email) return
    let active = true
    port
      .signInByEmail(sent.email)
      .then(() => active && setLinkSent(true))
      .catch(() => active && setLinkSent(false))
    return () => {
      active = false
    }
  }, [sent, port, mode])

  if (page === '') return <OfferStartPage navigate={navigate} />
  if (page === 'check') {
    return (
      <CheckAnswersPage
        draft={draft}
        giftTypes={giftTypes}
        port={port}
        navigate={navigate}
        onSent={(what) => {
          setSent(what)
          clearDraft()
          navigate('/offer/sent')
        }}
      />
    )
  }
  if (page === 'sent') {
    return <OfferSentPage sent={sent} mode={mode} linkSent={linkSent} navigate={navigate} />
  }
  const step = (OFFER_STEPS as readonly string[]).includes(page) ? (page as OfferStep) : null
  if (!step) return <OfferStartPage navigate={navigate} />
  return (
    <OfferQuestion
      key={step}
      step={step}
      draft={draft}
      giftTypes={giftTypes}
      returnToCheck={returnToCheck}
      navigate={navigate}
      checkPostcode={checkPostcode}
      onContinue={(values) => {
        saveDraft({ ...draft, ...values })
        navigate(returnToCheck ? '/offer/check' : nextStepPath(step))
      }}
    />
  )
}
