import { RouteLink, type Navigate } from '../features/residents/components/route-link'
import { useFocusHeading } from '../features/residents/components/use-focus-heading'
import { usePageTitle } from '../features/residents/components/use-page-title'

/**
 * "Page not found", for an address the app has no page at (a mistyped link, an old bookmark):
 * says so, rather than showing the map as if the address were right, and offers the way home
 * and the way to offer gifts (the address a flyer or QR code most likely meant).
 */
export function NotFoundPage({ navigate }: { navigate: Navigate }) {
  usePageTitle('Page not found')
  const headingRef = useFocusHeading<HTMLHeadingElement>('not-found')
  return (
    <div className="residents-page">
      <h1 className="residents-heading" ref={headingRef} tabIndex={-1}>
        Page not found
      </h1>
      <p>There is no page at this address. If you typed it, check it is right.</p>
      <ul>
        <li>
          <RouteLink to="/" navigate={navigate}>
            Go to the map
          </RouteLink>
        </li>
        <li>
          <RouteLink to="/offer" navigate={navigate}>
            Offer your gifts
          </RouteLink>
        </li>
      </ul>
    </div>
  )
}
