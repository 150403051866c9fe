import { CoordinationView } from '../features/partners/components/coordination-view'
import type { BasemapConfig } from '../map/use-basemap'
import { WardMapScreen } from './ward-map-screen'

/** The coordination view: the partners feature colours the wards by its schemes' coverage. */
export function CoordinationScreen({ basemap }: { basemap: BasemapConfig }) {
  return (
    <WardMapScreen basemap={basemap} what="The coordination view">
      {(props) => <CoordinationView {...props} />}
    </WardMapScreen>
  )
}
