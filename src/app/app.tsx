import { ErrorPanel } from '../components/ui/error-panel'
import { AssetsPanel } from '../features/assets/components/assets-panel'
import { appConfig as config } from './app-config'
import './app.css'
import { MapScreen } from './map-screen'

/** The app's frame: header, skip link, and the ward map screen. */
export function App() {
  return (
    <div className="app">
      <a className="skip-link" href="#ward-list">
        Skip to the ward list
      </a>
      <header className="app__header">
        <h1 className="app__title">
          Community Asset Map <span className="app__region">Essex</span>
        </h1>
      </header>
      <main className="app__main">
        {config instanceof Error ? (
          <ErrorPanel title="The app is not configured correctly" message={config.message} />
        ) : (
          <MapScreen basemap={config.basemap} regionName="Essex">
            <AssetsPanel />
          </MapScreen>
        )}
      </main>
    </div>
  )
}
