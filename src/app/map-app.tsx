import { lazy, useMemo, useState } from 'react'
import { ActingPerson, personKey } from '../db/use-port-query'
import { SIGNED_OUT } from '../core/session/session'
import { sessionCapabilities, type SessionCapabilities } from '../core/session/session-capabilities'
import { ErrorPanel } from '../components/ui/error-panel'
import { region } from '../config/region'
import { LazyScreen } from '../components/ui/lazy-screen'
import { useAssetsMapContribution } from '../features/assets/use-assets-map-contribution'
import { useGiftCountsMapContribution } from '../features/gift-counts/use-gift-counts-map-contribution'
import { useResidentMatchingMapContribution } from '../features/resident-matching/use-resident-matching-map-contribution'
import { useReviewMapContribution } from '../features/review/use-review-map-contribution'
import { useActiveWorkshop } from '../features/workshops/api/use-workshops'
import { useWorkshopsMapContribution } from '../features/workshops/use-workshops-map-contribution'
import { usePeopleMapContribution } from '../features/people/use-people-map-contribution'
import { useSession } from '../features/session/api/use-session'
import { SessionControl } from '../features/session/components/session-control'
import { wardsLayerIds } from '../features/wards/map/wards-layer'
import { useTaxonomy } from '../features/taxonomy/api/use-taxonomy'
import { useTaxonomyMapContribution } from '../features/taxonomy/use-taxonomy-map-contribution'
import { useTimeBanksMapContribution } from '../features/time-banks/use-time-banks-map-contribution'
import { appConfig as config } from './app-config'
import { WARDS_PANEL } from '../features/wards/use-wards-workspace'
import { composeMapContributions } from './compose-map-contributions'
import { MapScreen } from './map-screen'
import { useView, type AppView } from './use-view'

// Only leads open the analysis: its charts, ranking and worker client download when it is opened.
const AnalysisScreen = lazy(() =>
  import('./analysis-screen').then((module) => ({ default: module.AnalysisScreen })),
)

// Coordinators' and administrators' time bank screens, downloaded when opened.
const TimeBankReportsScreen = lazy(() =>
  import('../features/time-bank-reports/components/time-bank-reports-screen').then((module) => ({
    default: module.TimeBankReportsScreen,
  })),
)

// Partners' screens, downloaded when opened.
const PartnersScreen = lazy(() =>
  import('../features/partners/components/partners-screen').then((module) => ({
    default: module.PartnersScreen,
  })),
)
// The scheme themes and imported terms in the Taxonomy tab, downloaded when the tab is opened.
const SchemeTaxonomy = lazy(() =>
  import('../features/partners/components/scheme-taxonomy').then((module) => ({
    default: module.SchemeTaxonomy,
  })),
)
// Builders' asset import, downloaded when opened.
const ImportScreen = lazy(() =>
  import('../features/imports/components/import-screen').then((module) => ({
    default: module.ImportScreen,
  })),
)
const CoordinationScreen = lazy(() =>
  import('./coordination-screen').then((module) => ({ default: module.CoordinationScreen })),
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
      ) : view === 'time-bank-reports' ? (
        <a className="skip-link" href="#time-bank-reports">
          Skip to the time bank reports
        </a>
      ) : view === 'partners' || view === 'coordination' || view === 'import' ? (
        <a className="skip-link" href={`#${view}`}>
          Skip to the main content
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
          {can.coordinateTimeBank || can.manageTimeBanks ? (
            <ViewLink view="time-bank-reports" current={view} go={go}>
              Time bank reports
            </ViewLink>
          ) : null}
          {can.editPartnerSchemes || can.managePartnerOrganisations ? (
            <ViewLink view="partners" current={view} go={go}>
              Partners
            </ViewLink>
          ) : null}
          <ViewLink view="coordination" current={view} go={go}>
            Coordination
          </ViewLink>
          {can.importAssets ? (
            <ViewLink view="import" current={view} go={go}>
              Import
            </ViewLink>
          ) : null}
          <a className="app__nav-link" href={`${import.meta.env.BASE_URL}directory`}>
            Directory
          </a>
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
          {can.recordChampionCounts ? (
            <a
              className="app__nav-link"
              href={`${import.meta.env.BASE_URL}support/champions/record`}
            >
              Record champions
            </a>
          ) : null}
          <a className="app__nav-link" href={`${import.meta.env.BASE_URL}offer`}>
            Offer your gifts
          </a>
          <a className="app__nav-link" href={`${import.meta.env.BASE_URL}support`}>
            Domestic abuse support
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
          ) : view === 'time-bank-reports' ? (
            <LazyScreen what="the time bank reports">
              <TimeBankReportsScreen
                canReport={can.coordinateTimeBank}
                canManage={can.manageTimeBanks}
                today={new Date().toISOString().slice(0, 10)}
              />
            </LazyScreen>
          ) : view === 'partners' ? (
            <LazyScreen what="the partners' screen">
              <PartnersScreen
                canEdit={can.editPartnerSchemes}
                canManage={can.managePartnerOrganisations}
              />
            </LazyScreen>
          ) : view === 'import' && can.importAssets ? (
            <LazyScreen what="the import screen">
              <ImportScreen />
            </LazyScreen>
          ) : view === 'coordination' ? (
            <LazyScreen what="the coordination view">
              <CoordinationScreen basemap={config.basemap} />
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
      href={props.view === 'map' ? '?' : `?view=${props.view}`}
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

/**
 * Composes the features on the map screen: each adds its layers, tabs and map parts through its
 * `use…MapContribution` hook, and the person's capabilities decide, here alone, which are shown.
 */
function ComposedMapScreen({
  basemap,
  can,
}: {
  basemap: Exclude<typeof config, Error>['basemap']
  can: SessionCapabilities
}) {
  const [panel, setPanel] = useState<string>(WARDS_PANEL)
  const panels = useMemo(() => ({ selected: panel, select: setPanel }), [panel])
  // State several features share: the taxonomy (the asset forms and the administrators' editor,
  // so a saved change is offered at once) and the workshop new assets are tagged to.
  const taxonomy = useTaxonomy()
  const [workshop, setWorkshop] = useActiveWorkshop()
  const assets = useAssetsMapContribution({
    panels,
    subtypes: taxonomy.subtypes,
    workshop: workshop ? { id: workshop.id, name: workshop.name } : null,
    can: {
      add: can.addAssets,
      edit: can.editAssets,
      markSensitive: can.seeSensitivePlaces,
      linkPeople: can.linkPeople,
    },
  })
  const gifts = useGiftCountsMapContribution({
    panels,
    wardSourceId: wardsLayerIds.source,
    offerHref: `${import.meta.env.BASE_URL}offer`,
  })
  const review = useReviewMapContribution({
    showAsset: assets.showAsset,
    renderEditor: assets.renderEditor,
  })
  const matching = useResidentMatchingMapContribution({ panels })
  const workshops = useWorkshopsMapContribution({
    active: workshop,
    onEnter: setWorkshop,
    showAsset: assets.showAsset,
  })
  const people = usePeopleMapContribution()
  const taxonomyEditor = useTaxonomyMapContribution(
    taxonomy,
    <LazyScreen what="the scheme themes">
      <SchemeTaxonomy />
    </LazyScreen>,
  )
  const timeBanks = useTimeBanksMapContribution({
    panels,
    wardSourceId: wardsLayerIds.source,
    signedIn: can.seeOwnTimeBank,
    coordinates: can.coordinateTimeBank,
  })

  const composed = composeMapContributions([
    assets.contribution,
    gifts,
    can.review && review,
    can.matchResidents && matching,
    can.addAssets && workshops,
    can.manageRoles && people,
    can.editTaxonomy && taxonomyEditor,
    timeBanks,
  ])
  const available = [WARDS_PANEL, ...composed.panels.map((shown) => shown.id)]

  return (
    <MapScreen
      basemap={basemap}
      regionName={region.name}
      selectedPanel={available.includes(panel) ? panel : WARDS_PANEL}
      onSelectPanel={setPanel}
      contributions={composed}
    />
  )
}
