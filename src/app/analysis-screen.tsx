import { GapAnalysisView } from '../features/gap-analysis/components/gap-analysis-view'
import type { BasemapConfig } from '../map/use-basemap'
import { WardMapScreen } from './ward-map-screen'

/** The gap analysis screen: the gap-analysis feature runs the analysis itself (in its worker). */
export function AnalysisScreen({ basemap }: { basemap: BasemapConfig }) {
  return (
    <WardMapScreen basemap={basemap} what="The gap analysis">
      {(props) => <GapAnalysisView {...props} />}
    </WardMapScreen>
  )
}
