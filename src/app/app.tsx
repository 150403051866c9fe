import { useCallback, useState } from 'react'
import { ErrorPanel } from '../components/ui/error-panel'
import { useAssetsWorkspace } from '../features/assets/use-assets-workspace'
import { useReviewQueue } from '../features/review/api/use-review-queue'
import { ReviewPanel } from '../features/review/components/review-panel'
import { useActiveWorkshop, useWorkshops } from '../features/workshops/api/use-workshops'
import { WorkshopPanel } from '../features/workshops/components/workshop-panel'
import { appConfig as config } from './app-config'
import './app.css'
import { MapScreen, WARDS_PANEL } from './map-screen'

/** The app's frame: header, skip link, and the map screen with its panels. */
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
          <ComposedMapScreen basemap={config.basemap} />
        )}
      </main>
    </div>
  )
}

/** Composes the features: assets, review and workshops share the map and the side panel. */
function ComposedMapScreen({ basemap }: { basemap: Exclude<typeof config, Error>['basemap'] }) {
  const [panel, setPanel] = useState<string>(WARDS_PANEL)
  const [workshop, setWorkshop] = useActiveWorkshop()
  const showDetails = useCallback(() => setPanel('assets'), [])
  const assets = useAssetsWorkspace({
    workshop: workshop ? { id: workshop.id, name: workshop.name } : null,
    adding: panel === 'add',
    onShowDetails: showDetails,
  })
  const queue = useReviewQueue()
  const workshops = useWorkshops(workshop)
  const waiting = queue.pending.length + queue.reports.length

  return (
    <MapScreen
      basemap={basemap}
      regionName="Essex"
      overlays={assets.overlays}
      selectedPanel={panel}
      onSelectPanel={setPanel}
      map={{
        pieces: assets.mapPieces,
        pointTargets: assets.pointTargets,
        clusterTargets: assets.clusterTargets,
        onPickLocation: assets.onPickLocation,
        focus: assets.focus,
      }}
      panels={[
        {
          id: 'assets',
          label: 'Assets',
          badge: assets.shownCount === null ? undefined : `(${assets.shownCount})`,
          content: assets.browsePanel,
        },
        { id: 'add', label: 'Add', content: assets.addPanel },
        {
          id: 'review',
          label: 'Review',
          badge: waiting ? `(${waiting})` : undefined,
          content: (
            <ReviewPanel
              queue={queue}
              onShowAsset={assets.showAsset}
              renderEditor={assets.renderEditor}
            />
          ),
        },
        {
          id: 'workshop',
          label: 'Workshop',
          content: (
            <WorkshopPanel
              ready={workshops.ready}
              active={workshop}
              summary={workshops.summary}
              workshops={workshops.workshops}
              onCreate={workshops.create}
              onJoin={workshops.join}
              onEnter={setWorkshop}
              onShowAsset={assets.showAsset}
            />
          ),
        },
      ]}
    />
  )
}
