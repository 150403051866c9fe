import { DirectoryPage } from '../features/partners/components/directory-page'
import { MyDataPage } from '../features/residents/components/my-data-page'
import { OfferFlow } from '../features/residents/components/offer-flow'
import { OfferReviewPage } from '../features/residents/components/offer-review-page'
import { OnBehalfPage } from '../features/residents/components/on-behalf-page'
import { PrivacyNoticePage } from '../features/residents/components/privacy-notice-page'
import { SharedResidentsPage } from '../features/residents/components/shared-residents-page'
import type { MouseEvent } from 'react'
import { CoverYourTracks } from '../components/ui/cover-your-tracks'
import { ExitThisPage } from '../components/ui/exit-this-page'
import { region } from '../config/region'
import { appMode, exitPageUrl, privacyNotice } from './app-config'
import { NotFoundPage } from './not-found-page'
import { ResidentTimeBank } from './resident-time-bank'
import type { AppLocation } from './use-app-location'

/**
 * The residents' pages: phone first, one column, no map. The public form (/offer, short enough
 * for a flyer or a QR code), "Your data" (/my-data), the privacy notice (/privacy), and for
 * builders the review queue and the on-behalf form (/offers/…), for partners the residents
 * shared with them (/offers/shared); and "Page not found" for an address the app has no page at.
 */
export function ResidentsScreen({
  location,
  notFound = false,
}: {
  location: AppLocation
  /** The address is none of the app's: "Page not found", in this phone-first frame. */
  notFound?: boolean
}) {
  const { pathname, search, navigate } = location
  const offer = /^\/offer(?:\/(.*))?$/.exec(pathname)
  const offerPage = offer ? (offer[1] ?? '').replace(/\/$/, '') : undefined
  // A resident may be offering help or reading what is held about them where someone watches.
  const quickExit = !notFound && (offerPage !== undefined || pathname.startsWith('/privacy'))
  return (
    <div className="residents-app">
      <a className="skip-link" href="#residents-main">
        Skip to main content
      </a>
      <header className="residents-header">
        <a className="residents-header__title" href={`${import.meta.env.BASE_URL}`}>
          Community Asset Map <span className="residents-header__region">{region.name}</span>
        </a>
        <nav aria-label="Pages">
          <ul className="residents-header__links">
            <li>
              <a href={`${import.meta.env.BASE_URL}offer`} onClick={follow(navigate, '/offer')}>
                Offer your gifts
              </a>
            </li>
            <li>
              <a
                href={`${import.meta.env.BASE_URL}directory`}
                onClick={follow(navigate, '/directory')}
              >
                Find a service
              </a>
            </li>
            <li>
              <a href={`${import.meta.env.BASE_URL}my-data`} onClick={follow(navigate, '/my-data')}>
                Your data
              </a>
            </li>
          </ul>
        </nav>
      </header>
      {quickExit ? <ExitThisPage href={exitPageUrl} /> : null}
      <main id="residents-main" className="residents-main">
        {notFound ? (
          <NotFoundPage navigate={navigate} />
        ) : offerPage !== undefined ? (
          <OfferFlow page={offerPage} search={search} navigate={navigate} mode={appMode} />
        ) : pathname.startsWith('/my-data') ? (
          <MyDataPage navigate={navigate} timeBank={<ResidentTimeBank />} />
        ) : pathname.startsWith('/privacy') ? (
          <PrivacyNoticePage navigate={navigate} notice={privacyNotice} mode={appMode} />
        ) : pathname.startsWith('/directory') ? (
          <DirectoryPage search={search} navigate={navigate} />
        ) : pathname.startsWith('/offers/on-behalf') ? (
          <OnBehalfPage navigate={navigate} />
        ) : pathname.startsWith('/offers/shared') ? (
          <SharedResidentsPage />
        ) : (
          <OfferReviewPage navigate={navigate} />
        )}
        {quickExit ? (
          <div className="residents-page">
            <CoverYourTracks />
          </div>
        ) : null}
      </main>
    </div>
  )
}

const follow = (navigate: (path: string) => void, path: string) => (event: MouseEvent) => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
  event.preventDefault()
  navigate(path)
}
