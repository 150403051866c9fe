import { lazy, useCallback, useMemo, useState } from 'react'
import { ActingPerson, personKey } from '../db/use-port-query'
import { SIGNED_OUT } from '../core/session/session'
import { sessionCapabilities, type SessionCapabilities } from '../core/session/session-capabilities'
import { ErrorPanel } from '../components/ui/error-panel'
import { region } from '../config/region'
import { LazyScreen } from '../components/ui/lazy-screen'
import { useAssetsWorkspace } from '../features/assets/use-assets-workspace'
import { useGiftCounts } from '../features/gift-counts/use-gift-counts'
import { useResidentMatching } from '../features/resident-matching/use-resident-matching'
import { useReviewQueue } from '../features/review/api/use-review-queue'
import { ReviewPanel } from '../features/review/components/review-panel'
import { useActiveWorkshop, useWorkshops } from '../features/workshops/api/use-workshops'
import { WorkshopPanel } from '../features/workshops/components/workshop-panel'
import { PeoplePanel } from '../features/people/components/people-panel'
import { useSession } from '../features/session/api/use-session'
import { SessionControl } from '../features/session/components/session-control'
import { wardsLayerIds } from '../features/wards/map/wards-layer'
import { useTaxonomy } from '../features/taxonomy/api/use-taxonomy'
import { TaxonomyPanel } from '../features/taxonomy/components/taxonomy-panel'
import { appConfig as config } from './app-config'
import { WARDS_PANEL } from '../features/wards/use-wards-workspace'
import { MapScreen } from './map-screen'
import { useView, type AppView } from './use-view'

// Only leads open the analysis: its charts, ranking and worker client download when it is opened.
const AnalysisScreen = lazy(() =>
  import('./analysis-screen').then((module) => ({ default: module.AnalysisScreen })),
)

/** The app's frame: header with the screens' links, skip link, and the screen the URL names. */
export function MapApp() {
  const [view, go] = useView()
  const sessionControls = useSession()
  const session = sessionControls.session ?? SIGNED_OUT
  const can = sessionCapabilities(session)
  return (
    <div className="app">
      {view === 'analysis' ? (
        <a className="skip-link" href="#gap-ranking">
          Skip to the ranking
        </a>
      ) : (
        <a className="skip-link" href="#ward-list">
          Skip to the ward list
        </a>
      )}
      <header className="app__header no-print">
        <h1 className="app__title">
          Community Asset Map <span className="app__region">{region.name}</span>
        </h1>
        <nav className="app__nav" aria-label="Screens">
          <ViewLink view="map" current={view} go={go}>
            Map
          </ViewLink>
          <ViewLink view="analysis" current={view} go={go}>
            Gap analysis
          </ViewLink>
          {can.review ? (
            <a className="app__nav-link" href={`${import.meta.env.BASE_URL}offers/review`}>
              Residents' offers
            </a>
          ) : null}
          {can.seeSharedResidents ? (
            <a className="app__nav-link" href={`${import.meta.env.BASE_URL}offers/shared`}>
              Shared with partners
            </a>
          ) : null}
          <a className="app__nav-link" href={`${import.meta.env.BASE_URL}offer`}>
            Offer your gifts
          </a>
        </nav>
        <SessionControl controls={sessionControls} />
      </header>
      <main className="app__main">
        {/* Every read below is keyed by who is acting (usePortQuery), so a change of person reads
            again as them: no fresh copy of the port is needed to make features read again, and
            the map is not remounted (which would lose its view). Until who is acting is known,
            reads wait: reading everything as the public first, then again as the person, would
            double the start-up's work. */}
        <ActingPerson
          person={
            sessionControls.session !== null || sessionControls.error !== null
              ? personKey(session)
              : null
          }
        >
          {config instanceof Error ? (
            <ErrorPanel title="The app is not configured correctly" message={config.message} />
          ) : view === 'analysis' ? (
            <LazyScreen what="the gap analysis">
              <AnalysisScreen basemap={config.basemap} />
            </LazyScreen>
          ) : (
            <ComposedMapScreen basemap={config.basemap} can={can} />
          )}
        </ActingPerson>
      </main>
    </div>
  )
}

/** A link to a screen that switches without reloading (a real link still opens in a new tab). */
function ViewLink(props: {
  view: AppView
  current: AppView
  go: (view: AppView) => void
  children: string
}) {
  return (
    <a
      className="app__nav-link"
      href={props.view === 'analysis' ? '?view=analysis' : '?'}
      aria-current={props.view === props.current ? 'page' : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
        event.preventDefault()
        props.go(props.view)
      }}
    >
      {props.children}
    </a>
  )
}

/** Composes the features: assets, review and workshops share the map and the side panel. */
function ComposedMapScreen({
  basemap,
  can,
}: {
  basemap: Exclude<typeof config, Error>['basemap']
  can: SessionCapabilities
}) {
  const [panel, setPanel] = useState<string>(WARDS_PANEL)
  const [workshop, setWorkshop] = useActiveWorkshop()
  const showDetails = useCallback(() => setPanel('assets'), [])
  // Shared by the asset forms and the administrators' editor, so a saved change is offered at once.
  const taxonomy = useTaxonomy()
  const assets = useAssetsWorkspace({
    subtypes: taxonomy.subtypes,
    workshop: workshop ? { id: workshop.id, name: workshop.name } : null,
    adding: panel === 'add',
    onShowDetails: showDetails,
    canEdit: can.editAssets,
    canMarkSensitive: can.seeSensitivePlaces,
    canLinkPeople: can.linkPeople,
  })
  const queue = useReviewQueue()
  const workshops = useWorkshops(workshop)
  const giftCounts = useGiftCounts({
    wardSourceId: wardsLayerIds.source,
    panelShown: panel === 'gifts',
    offerHref: `${import.meta.env.BASE_URL}offer`,
  })
  const matching = useResidentMatching()
  const matchingOpen = can.matchResidents && panel === 'match'
  const overlays = useMemo(
    () => [...giftCounts.overlays, ...assets.overlays],
    [giftCounts.overlays, assets.overlays],
  )
  const waiting = queue.pending.length + queue.reports.length

  const panels = [
    {
      id: 'assets',
      label: 'Assets',
      badge: assets.shownCount === null ? undefined : `(${assets.shownCount})`,
      content: assets.browsePanel,
    },
    { id: 'gifts', label: 'Gifts', content: giftCounts.panel },
    ...(can.addAssets ? [{ id: 'add', label: 'Add', content: assets.addPanel }] : []),
    ...(can.review
      ? [
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
        ]
      : []),
    ...(can.matchResidents ? [{ id: 'match', label: 'Match', content: matching.panel }] : []),
    ...(can.addAssets
      ? [
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
        ]
      : []),
    ...(can.manageRoles ? [{ id: 'people', label: 'People', content: <PeoplePanel /> }] : []),
    ...(can.editTaxonomy
      ? [{ id: 'taxonomy', label: 'Taxonomy', content: <TaxonomyPanel taxonomy={taxonomy} /> }]
      : []),
  ]
  const available = [WARDS_PANEL, ...panels.map((shown) => shown.id)]

  return (
    <MapScreen
      basemap={basemap}
      regionName={region.name}
      overlays={overlays}
      selectedPanel={available.includes(panel) ? panel : WARDS_PANEL}
      onSelectPanel={setPanel}
      map={{
        pieces: (
          <>
            {assets.mapPieces}
            {matchingOpen ? matching.mapPieces : null}
          </>
        ),
        controls: giftCounts.mapControl,
        pointTargets: assets.pointTargets,
        clusterTargets: assets.clusterTargets,
        // With the Match panel open a map click chooses the place to match from.
        onPickLocation: matchingOpen ? matching.pickPlace : assets.onPickLocation,
        focus: assets.focus,
      }}
      panels={panels}
    />
  )
}
