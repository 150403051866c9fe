import './time-banks.css'
import { useMemo, useState } from 'react'
import { countMatchesByWard } from '../../core/time-banks/count-matches-by-ward'
import type { TimeBankMember } from '../../core/time-banks/time-bank'
import type { MapContribution, PanelSelection } from '../../map/map-contribution'
import { useMatches, useTimeBankRoles } from './api/time-bank-queries'
import { TimeBankMatchesKey } from './components/time-bank-matches-key'
import { TimeBankPanel } from './components/time-bank-panel'
import { timeBankMatchesLayer } from './map/time-bank-matches-layer'

export const TIME_BANK_PANEL = 'time-bank'

export interface TimeBanksOptions {
  panels: PanelSelection
  /** The ward boundaries' map source, which the matches layer paints. */
  wardSourceId: string
  /** Signed in: their own memberships are read (a member sees the tab). */
  signedIn: boolean
  /** Holds `coordinate_time_bank` (sees the tab and their banks). */
  coordinates: boolean
}

/**
 * The Time bank tab, for coordinators and for members (anyone with a member row), and the open
 * listing's matches counted per ward on the map while the tab is on show. Null for anyone else.
 */
export function useTimeBanksMapContribution({
  panels,
  wardSourceId,
  signedIn,
  coordinates,
}: TimeBanksOptions): MapContribution | null {
  const roles = useTimeBankRoles(signedIn)
  const [bankId, setBankId] = useState<string | null>(null)
  const [actingFor, setActingFor] = useState<TimeBankMember | null>(null)
  const [openListingId, setOpenListingId] = useState<string | null>(null)
  const open = panels.selected === TIME_BANK_PANEL
  const matches = useMatches(open ? openListingId : null)
  const counts = useMemo(
    () => (matches.status === 'ready' ? countMatchesByWard(matches.value) : []),
    [matches],
  )
  const overlays = useMemo(
    () => (open && openListingId ? [timeBankMatchesLayer(wardSourceId, counts)] : []),
    [open, openListingId, wardSourceId, counts],
  )
  const member = roles.memberships.status === 'ready' && roles.memberships.value.length > 0
  if (!coordinates && !member) return null
  return {
    id: 'time-banks',
    overlays,
    controls:
      open && openListingId ? <TimeBankMatchesKey matches={matches} wards={counts.length} /> : null,
    panels: [
      {
        id: TIME_BANK_PANEL,
        label: 'Time bank',
        order: 65,
        content: (
          <TimeBankPanel
            memberships={roles.memberships}
            coordinated={roles.coordinated}
            bankId={bankId}
            onBankChange={setBankId}
            actingFor={actingFor}
            onActFor={setActingFor}
            openListingId={openListingId}
            onOpenListing={setOpenListingId}
          />
        ),
      },
    ],
  }
}
