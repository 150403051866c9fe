import { LOCAL_MODE_KEEPS, type AppMode } from './mode-wording'
import { RouteLink, type Navigate } from './route-link'
import { useFocusHeading } from './use-focus-heading'
import { usePageTitle } from './use-page-title'

/** The form's start page (/offer): what it is for, what we ask, and how we look after it. */
export function OfferStartPage({ navigate, mode }: { navigate: Navigate; mode: AppMode }) {
  usePageTitle('Offer your gifts')
  const headingRef = useFocusHeading<HTMLHeadingElement>('start')
  return (
    <div className="residents-page">
      <h1 className="residents-heading" ref={headingRef} tabIndex={-1}>
        Offer your gifts
      </h1>
      <p className="residents-lead">
        Everyone has something to give: things you know, things you can do, things you care about.
        Tell us yours, and a community builder can put you in touch with neighbours and groups near
        you.
      </p>
      {mode === 'local' ? <p className="residents-inset">{LOCAL_MODE_KEEPS}</p> : null}
      <p>It takes about 2 minutes. We will ask:</p>
      <ul>
        <li>the name you would like us to use</li>
        <li>your gifts, and what you would like to do with them</li>
        <li>when you are free and how far you would travel</li>
        <li>how to contact you, and your postcode for your area</li>
      </ul>
      <p>
        We never show where you live. You can see, change, download or erase what you give at any
        time. Read the{' '}
        <RouteLink to="/privacy" navigate={navigate}>
          privacy notice
        </RouteLink>
        .
      </p>
      <RouteLink
        to="/offer/name"
        navigate={navigate}
        className="button residents-button residents-button--start"
      >
        Start now
      </RouteLink>
      <p className="residents-aside">
        Already offered your gifts?{' '}
        <RouteLink to="/my-data" navigate={navigate}>
          See, change or erase your data
        </RouteLink>
        .
      </p>
    </div>
  )
}
