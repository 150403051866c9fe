import type { Workshop } from '../../core/workshops/workshop'
import type { MapContribution } from '../../map/map-contribution'
import { useWorkshops } from './api/use-workshops'
import { WorkshopPanel } from './components/workshop-panel'

export interface WorkshopsMapContributionOptions {
  /** The workshop this tab takes part in (app/ holds it: new assets are tagged to it). */
  active: Workshop | null
  onEnter: (workshop: Workshop | null) => void
  /** Selects an asset on the map and shows its details (the assets feature's). */
  showAsset: (assetId: string) => void
}

/** The Workshop tab: open or join a workshop, then what it has mapped, live. */
export function useWorkshopsMapContribution({
  active,
  onEnter,
  showAsset,
}: WorkshopsMapContributionOptions): MapContribution {
  const workshops = useWorkshops(active)
  return {
    id: 'workshops',
    panels: [
      {
        id: 'workshop',
        label: 'Workshop',
        order: 60,
        content: (
          <WorkshopPanel
            ready={workshops.ready}
            active={active}
            summary={workshops.summary}
            workshops={workshops.workshops}
            onCreate={workshops.create}
            onJoin={workshops.join}
            onEnter={onEnter}
            onShowAsset={showAsset}
          />
        ),
      },
    ],
  }
}
