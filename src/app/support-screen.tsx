import { useMemo } from 'react'
import { CoverYourTracks } from '../components/ui/cover-your-tracks'
import { ExitThisPage } from '../components/ui/exit-this-page'
import { region } from '../config/region'
import { SIGNED_OUT } from '../core/session/session'
import { sessionCapabilities } from '../core/session/session-capabilities'
import { ActingPerson, personKey } from '../db/use-port-query'
import {
  useChampionCounts,
  useRecordChampionCount,
  useSupportNetwork,
} from '../features/domestic-abuse/api/use-support-network'
import { RecordChampionsForm } from '../features/domestic-abuse/components/record-champions-form'
import {
  SUPPORT_PAGES,
  SupportNetworkPage,
  type SupportPage,
} from '../features/domestic-abuse/components/support-network-page'
import { useSession } from '../features/session/api/use-session'
import { SessionControl } from '../features/session/components/session-control'
import { useWardBoundaries } from '../features/wards/api/use-ward-boundaries'
import { wardDataAttribution } from '../features/wards/map/ward-data-attribution'
import { createBaseStyle } from '../map/base-style'
import { useBasemap } from '../map/use-basemap'
import { useBasemapChoice } from '../map/use-basemap-choice'
import { appConfig, exitPageUrl } from './app-config'
import type { AppLocation } from './use-app-location'

const RECORD_PATH = '/support/champions/record'

/**
 * The domestic-abuse response network's pages (/support, /support/safe-spaces,
 * /support/champions), each with "Exit this page" and a note on covering tracks; they replace one
 * another in the history. /support/champions/record is where those who may record champion
 * counts (`record_champion_counts`) do so.
 */
export function SupportScreen({ location }: { location: AppLocation }) {
  const { pathname, search, navigate } = location
  const path = pathname.replace(/\/$/, '') || '/'
  const page: SupportPage =
    SUPPORT_PAGES.find((item) => item.path === path)?.page ?? SUPPORT_PAGES[0].page
  return (
    <div className="support-app">
      <a className="skip-link" href="#support-main">
        Skip to main content
      </a>
      <header className="support-header">
        <a className="support-header__title" href={import.meta.env.BASE_URL}>
          Community Asset Map <span className="support-header__region">{region.name}</span>
        </a>
      </header>
      <ExitThisPage href={exitPageUrl} />
      <main id="support-main">
        {path === RECORD_PATH ? (
          <RecordChampionsScreen
            replaceWith={(to) => navigate(`${to}${search}`, { replace: true })}
          />
        ) : (
          <PublicPages
            page={page}
            replaceWith={(to) => navigate(`${to}${search}`, { replace: true })}
          />
        )}
        <div className="support-page">
          <CoverYourTracks />
        </div>
      </main>
    </div>
  )
}

function PublicPages(props: { page: SupportPage; replaceWith: (path: string) => void }) {
  const network = useSupportNetwork()
  const counts = useChampionCounts()
  const wards = useWardBoundaries()
  const [choice] = useBasemapChoice()
  // Only the safe spaces' page has a map: the others fetch no basemap.
  const basemap = useBasemap(
    props.page === 'safe-spaces' ? choice : 'builtin',
    appConfig instanceof Error ? { styleUrl: 'builtin', attribution: '' } : appConfig.basemap,
  )
  const geojson = wards.status === 'ready' ? wards.boundaries.geojson : null
  const onlineStyle = basemap.kind === 'online' ? basemap.style : null
  const baseStyle = useMemo(
    () => onlineStyle ?? createBaseStyle({ region: geojson, attribution: wardDataAttribution }),
    [onlineStyle, geojson],
  )
  const mapBase =
    wards.status === 'ready'
      ? {
          baseStyle,
          customAttribution: basemap.kind === 'online' ? basemap.attribution : undefined,
          wards: wards.boundaries.geojson,
          bounds: wards.boundaries.bounds,
        }
      : null
  return (
    <SupportNetworkPage
      page={props.page}
      network={network}
      counts={counts}
      mapBase={mapBase}
      replaceWith={props.replaceWith}
    />
  )
}

function RecordChampionsScreen({ replaceWith }: { replaceWith: (path: string) => void }) {
  const controls = useSession()
  const session = controls.session ?? SIGNED_OUT
  const can = sessionCapabilities(session)
  const wards = useWardBoundaries()
  const choices = useMemo(
    () =>
      wards.status === 'ready'
        ? wards.boundaries.geojson.features
            .map((feature) => ({
              wardCode: feature.properties.ward_code,
              wardName: `${feature.properties.ward_name} (${feature.properties.lad_name})`,
            }))
            .sort((a, b) => a.wardName.localeCompare(b.wardName, 'en-GB'))
        : [],
    [wards],
  )
  return (
    <div className="support-page">
      <h1 className="support-heading">Record trained community champions</h1>
      <SessionControl controls={controls} />
      <ActingPerson
        person={controls.session !== null || controls.error !== null ? personKey(session) : null}
      >
        {can.recordChampionCounts ? (
          <RecordForWards wards={choices} />
        ) : (
          <p>
            Partners, safeguarding leads and administrators record how many trained champions each
            ward has. Sign in with one of those roles to record a count.
          </p>
        )}
      </ActingPerson>
      <p>
        Everyone sees the counts on the{' '}
        <a
          href={`${import.meta.env.BASE_URL}support/champions`}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
            event.preventDefault()
            replaceWith('/support/champions')
          }}
        >
          community champions page
        </a>
        .
      </p>
    </div>
  )
}

function RecordForWards({ wards }: { wards: { wardCode: string; wardName: string }[] }) {
  const counts = useChampionCounts()
  const record = useRecordChampionCount()
  return (
    <RecordChampionsForm
      wards={wards}
      counts={counts.status === 'ready' ? counts.value : []}
      record={record}
    />
  )
}
