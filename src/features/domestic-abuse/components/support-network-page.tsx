import './domestic-abuse.css'
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react'
import type { ChampionCount } from '../../../core/partners/partner'
import type { SupportNetwork } from '../../../core/domestic-abuse/describe-support-network'
import type { ReadState } from '../../../db/use-port-query'
import { ChampionsTable } from './champions-table'
import { EmergencyHelp } from './emergency-help'
import { FrontDoors } from './front-doors'
import { NetworkEntryCard } from './network-entry-card'
import { SupportMap, type SupportMapProps } from './support-map'

/** The network's public pages, by their path under /support. */
export const SUPPORT_PAGES = [
  { page: 'help', path: '/support', title: 'Get help' },
  { page: 'safe-spaces', path: '/support/safe-spaces', title: 'Safe spaces' },
  { page: 'champions', path: '/support/champions', title: 'Community champions' },
] as const
export type SupportPage = (typeof SUPPORT_PAGES)[number]['page']

export interface SupportNetworkPageProps {
  page: SupportPage
  network: ReadState<SupportNetwork>
  counts: ReadState<ChampionCount[]>
  /** The map's base (style, wards, bounds), or null while the wards load. */
  mapBase: Omit<SupportMapProps, 'counts' | 'points'> | null
  /** Moves to another page of the network in place of this history entry. */
  replaceWith: (path: string) => void
}

/**
 * The domestic-abuse response network (issue #15): support services and how to get help,
 * refuges' front doors, public safe spaces on a map and trained community champions per ward.
 * Its pages replace each other in the history, so that Back after "Exit this page" leaves no
 * trail through them.
 */
export function SupportNetworkPage(props: SupportNetworkPageProps) {
  const current = SUPPORT_PAGES.find((item) => item.page === props.page) ?? SUPPORT_PAGES[0]
  const heading = useRef<HTMLHeadingElement>(null)
  const first = useRef(true)
  useEffect(() => {
    document.title = `${current.title}: support and safe spaces – Community Asset Map`
    // Moving between the pages puts the keyboard at the new page's heading.
    if (first.current) first.current = false
    else heading.current?.focus()
  }, [current])
  return (
    <div className="support-page">
      <nav aria-label="Support pages">
        <ul className="support-nav">
          {SUPPORT_PAGES.map((item) => (
            <li key={item.page}>
              <a
                href={`${import.meta.env.BASE_URL}${item.path.slice(1)}`}
                aria-current={item.page === props.page ? 'page' : undefined}
                onClick={(event: MouseEvent) => {
                  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
                  event.preventDefault()
                  props.replaceWith(item.path)
                }}
              >
                {item.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h1 className="support-heading" ref={heading} tabIndex={-1}>
        {props.page === 'help'
          ? 'Domestic abuse: get help'
          : props.page === 'safe-spaces'
            ? 'Safe spaces near you'
            : 'Trained community champions'}
      </h1>
      <EmergencyHelp />
      {props.page === 'help' ? (
        <Loaded state={props.network} what="the support services">
          {(network) => (
            <>
              <section aria-labelledby="support-services-heading">
                <h2 id="support-services-heading">Support services</h2>
                {network.services.length === 0 ? (
                  <p>No support service is listed here yet. The helpline above can help.</p>
                ) : (
                  <ul className="support-list">
                    {network.services.map((entry) => (
                      <NetworkEntryCard key={entry.schemeId} entry={entry} />
                    ))}
                  </ul>
                )}
              </section>
              <FrontDoors doors={network.frontDoors} />
            </>
          )}
        </Loaded>
      ) : props.page === 'safe-spaces' ? (
        <>
          <p>
            In a safe space, such as a pharmacy offering Ask for ANI, you can ask staff for a quiet
            room to call for help. Ask for &ldquo;ANI&rdquo; (Action Needed Immediately) at the
            counter.
          </p>
          <Loaded state={props.network} what="the safe spaces">
            {(network) => (
              <>
                {props.mapBase && props.counts.status === 'ready' ? (
                  <SupportMap
                    {...props.mapBase}
                    counts={props.counts.value}
                    points={network.safeSpacePoints}
                  />
                ) : null}
                <h2>Safe spaces</h2>
                {network.safeSpaces.length === 0 ? (
                  <p>No safe space is listed here yet.</p>
                ) : (
                  <ul className="support-list">
                    {network.safeSpaces.map((entry) => (
                      <NetworkEntryCard key={entry.schemeId} entry={entry} />
                    ))}
                  </ul>
                )}
              </>
            )}
          </Loaded>
        </>
      ) : (
        <>
          <p>
            Community champions are local people trained to recognise domestic abuse and to help
            someone find support safely. This page shows how many each ward has, never who they are.
          </p>
          <Loaded state={props.counts} what="the champions per ward">
            {(counts) => <ChampionsTable counts={counts} />}
          </Loaded>
        </>
      )}
    </div>
  )
}

function Loaded<T>(props: {
  state: ReadState<T>
  what: string
  children: (value: T) => ReactNode
}) {
  if (props.state.status === 'loading') return <p role="status">Loading {props.what}…</p>
  if (props.state.status === 'failed') {
    return (
      <p role="alert">
        Could not show {props.what}: {props.state.message} The phone numbers above still work.
      </p>
    )
  }
  return <>{props.children(props.state.value)}</>
}
