import { lazy } from 'react'
import { LazyScreen } from '../components/ui/lazy-screen'
import './app.css'
import { screenForPath } from './screen-for-path'
import { useAppLocation } from './use-app-location'

// Each screen downloads only what it shows: a resident opening the offer form on a phone does
// not wait for the map library, and the map does not wait for the residents' forms.
const MapApp = lazy(() => import('./map-app').then((module) => ({ default: module.MapApp })))
const ResidentsScreen = lazy(() =>
  import('./residents-screen').then((module) => ({ default: module.ResidentsScreen })),
)
const SupportScreen = lazy(() =>
  import('./support-screen').then((module) => ({ default: module.SupportScreen })),
)

/**
 * The residents' pages by their address (/offer, /my-data, /privacy, /offers/…), the
 * domestic-abuse network's (/support…), the map at the root; any other address is "Page not
 * found", shown in the residents' phone-first frame.
 */
export function App() {
  const location = useAppLocation()
  const screen = screenForPath(location.pathname)
  // Keyed, so that Back or Forward between the map and a residents' page starts the other
  // screen's loading (or its failure message) afresh rather than keeping this one's.
  return screen === 'support' ? (
    <LazyScreen key="support" what="this page">
      <SupportScreen location={location} />
    </LazyScreen>
  ) : screen === 'map' ? (
    <LazyScreen key="map" what="the map">
      <MapApp />
    </LazyScreen>
  ) : (
    <LazyScreen key="residents" what="this page">
      <ResidentsScreen location={location} notFound={screen === 'not-found'} />
    </LazyScreen>
  )
}
