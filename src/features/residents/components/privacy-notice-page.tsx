import './residents.css'
import {
  CONSENT_PURPOSES,
  CONSENT_PURPOSE_LABELS,
  consentWording,
  CONSENT_WORDING_VERSION,
} from '../../../core/residents/consent-purpose'
import type { PrivacyNoticeConfig } from '../../../config/env'
import { region } from '../../../config/region'
import { LOCAL_MODE_KEEPS } from './mode-wording'
import { RouteLink, type Navigate } from './route-link'
import { useFocusHeading } from './use-focus-heading'
import { usePageTitle } from './use-page-title'

/**
 * The privacy notice for residents' offers (UK GDPR articles 13 and 14): what is held, why, who
 * sees it, for how long, and the resident's rights. Kept true to the database's rules
 * (supabase/migrations/2026112316*): the retention periods are the ones the database applies, so
 * they are stated here rather than configured.
 *
 * @param notice - the controller, contact and lawful basis the deployment configured
 * @param mode - local mode keeps everything in this browser, and says so
 */
export function PrivacyNoticePage({
  navigate,
  notice,
  mode,
}: {
  navigate: Navigate
  notice: PrivacyNoticeConfig
  mode: 'local' | 'connected'
}) {
  usePageTitle('Privacy notice: offering your gifts')
  const headingRef = useFocusHeading<HTMLHeadingElement>('privacy')
  return (
    <div className="residents-page residents-prose">
      <h1 className="residents-heading" ref={headingRef} tabIndex={-1}>
        Privacy notice: offering your gifts
      </h1>
      <p>
        This notice explains what the {region.programmeName} programme holds when you offer your
        gifts, why, who sees it and for how long.
      </p>
      {mode === 'local' ? <p className="residents-inset">{LOCAL_MODE_KEEPS}</p> : null}
      {notice.demo ? (
        <p className="residents-inset">
          <strong>Demonstration settings.</strong> This copy of the app has not been given the name
          and contact details of the organisation responsible for your data, so the notice shows
          placeholders where they belong.
        </p>
      ) : null}
      <h2>Who is responsible for your data</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Data controller</dt>
          <dd className="summary-list__value">{notice.controller}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">How to contact them</dt>
          <dd className="summary-list__value">{notice.contact}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Lawful basis</dt>
          <dd className="summary-list__value">{notice.lawfulBasis}</dd>
        </div>
      </dl>
      <h2>What we hold</h2>
      <ul>
        <li>
          the name you gave us, your gifts, what you would like to do, when you are free and how far
          you would travel
        </li>
        <li>your email address and phone number, and how you like to be contacted</li>
        <li>your postcode, and the point at its centre, for finding people near each other</li>
        <li>your area (postcode sector and ward), worked out from your postcode</li>
        <li>what you agreed to, the wording you saw, and when</li>
        <li>a record of changes: who changed which parts and when, never what they said</li>
      </ul>
      <h2>Why</h2>
      <p>
        To connect your gifts with neighbours, groups and community builders near you (Asset Based
        Community Development), with your consent. You can withdraw consent at any time.
      </p>
      <h2>Who sees it</h2>
      <ul>
        <li>You see everything, on the “Your data” page.</li>
        <li>
          Community builders see your name, gifts, preferences and your area, never your postcode or
          where you live. They see how to contact you only if you agreed to be contacted by one.
        </li>
        <li>Administrators see everything, to answer your requests and keep the data correct.</li>
        <li>
          The public map shows only how many people offer gifts in each ward, if you agreed to be
          counted. A ward with fewer than 5 people is counted only in its district's total, and a
          district with fewer than 5 shows no figure, so that nobody can be singled out.
        </li>
        <li>
          When matching people by distance, builders see only “under 1 km”, “1–3 km” or “over 3 km”,
          measured from the middle of your postcode area, never from your home.
        </li>
        <li>Named partners see your offer only if you agreed to share it with them.</li>
      </ul>
      <h2>How long we keep it</h2>
      <ul>
        <li>Offers not confirmed within 90 days are deleted automatically.</li>
        <li>Offers a builder did not take up are deleted 90 days after that decision.</li>
        <li>Confirmed offers are kept until you erase them.</li>
      </ul>
      <h2>Your rights</h2>
      <p>
        You can see, change, download (as a JSON file) or erase what you gave at any time on the{' '}
        <RouteLink to="/my-data" navigate={navigate}>
          “Your data” page
        </RouteLink>
        . Erasing deletes your offer, gifts, contact details and postcode; we keep only a count of
        gifts per ward, with nothing that could lead back to you, and a record that an erasure
        happened. You can also write to the contact above, ask a community builder, or complain to
        the Information Commissioner's Office (ico.org.uk).
      </p>
      <h2>What you can agree to (wording of {CONSENT_WORDING_VERSION})</h2>
      <dl className="summary-list">
        {CONSENT_PURPOSES.map((purpose) => (
          <div className="summary-list__row" key={purpose}>
            <dt className="summary-list__key">{CONSENT_PURPOSE_LABELS[purpose]}</dt>
            <dd className="summary-list__value">{consentWording(region.partners)[purpose]}</dd>
          </div>
        ))}
      </dl>
      <p>
        <RouteLink to="/offer" navigate={navigate}>
          Offer your gifts
        </RouteLink>
      </p>
    </div>
  )
}
