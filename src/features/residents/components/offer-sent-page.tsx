import { whoLooksAtIt, type AppMode } from './mode-wording'
import { OfferCode } from './offer-code'
import { RouteLink, type Navigate } from './route-link'
import { useFocusHeading } from './use-focus-heading'
import { usePageTitle } from './use-page-title'

/** What the confirmation page knows of the offer just sent. */
export interface SentOfferSummary {
  name: string
  email: string
  /** Local mode: the offer's one-time code, shown here once; null in connected mode. */
  code: string | null
}

/**
 * The confirmation page. Connected mode has emailed a link to confirm the offer (signing in with
 * it confirms it); local mode shows the offer's code once, which with the email signs in to
 * "Your data" on this device.
 */
export function OfferSentPage({
  sent,
  mode,
  linkSent,
  navigate,
}: {
  sent: SentOfferSummary | null
  mode: AppMode
  /** Connected mode: whether the confirmation link went out (null while sending). */
  linkSent: boolean | null
  navigate: Navigate
}) {
  usePageTitle('Offer sent')
  const headingRef = useFocusHeading<HTMLHeadingElement>('sent')
  return (
    <div className="residents-page">
      <div className="residents-panel">
        <h1 className="residents-heading residents-panel__title" ref={headingRef} tabIndex={-1}>
          Offer sent
        </h1>
        {sent ? <p className="residents-panel__body">Thank you, {sent.name}.</p> : null}
      </div>
      {mode === 'local' && sent?.code ? (
        <OfferCode code={sent.code} heading="Your code: write it down now">
          <p>
            You need this code and your email address to see, change or erase your offer on this
            device. It is shown only once and we keep no copy, so nobody can look it up for you.
          </p>
        </OfferCode>
      ) : null}
      <h2 className="residents-subheading">What happens next</h2>
      {mode === 'connected' ? (
        <p role="status">
          {linkSent === false
            ? 'We could not send the email just now. Sign in on the “Your data” page to confirm your offer.'
            : `We have sent a link to ${sent?.email ?? 'your email address'}. Open it to confirm your offer: offers not confirmed within 90 days are deleted.`}
        </p>
      ) : (
        <p>
          To confirm your offer, and to see, change or erase it, sign in on the “Your data” page
          with the email address you gave and your code. Offers not confirmed within 90 days are
          deleted.
        </p>
      )}
      <p>{whoLooksAtIt(mode)}</p>
      <p>
        <RouteLink to="/my-data" navigate={navigate}>
          Your data: see, change, download or erase it
        </RouteLink>
      </p>
    </div>
  )
}
