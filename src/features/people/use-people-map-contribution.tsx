import type { MapContribution } from '../../map/map-contribution'
import { PeoplePanel } from './components/people-panel'

const contribution: MapContribution = {
  id: 'people',
  panels: [{ id: 'people', label: 'People', order: 70, content: <PeoplePanel /> }],
}

/** The administrators' People tab (its members are read once the tab is on the screen). */
export function usePeopleMapContribution(): MapContribution {
  return contribution
}
