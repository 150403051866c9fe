import './gap-analysis.css'
import type { FeatureCollection } from 'geojson'
import type { StyleSpecification } from 'maplibre-gl'
import { useMemo, useState, type CSSProperties } from 'react'
import type { PinnableKind } from '../../../core/assets/asset-kind-style'
import type { MapBounds } from '../../../map/map-view'
import { useAnalysisSettings } from '../api/use-analysis-settings'
import { useGapAnalysis } from '../api/use-gap-analysis'
import type { BivariateClass } from '../bivariate-classes'
import { rankingCaveats } from '../ranking-caveats'
import { wardFeatureBounds } from '../ward-feature-bounds'
import type { GapAnalysisRequest } from '../worker/gap-analysis-result'
import { AnalysisControls } from './analysis-controls'
import { AnalysisIssues } from './analysis-issues'
import { AnalysisStatus } from './analysis-status'
import { BivariateLegend, classKey } from './bivariate-legend'
import { CoverageLegend } from './coverage-legend'
import { GapMap } from './gap-map'
import { GapRanking } from './gap-ranking'
import { PlannedAssetForm } from './planned-asset-form'
import { SelectedWard } from './selected-ward'
import { WardProfilePage } from './ward-profile-page'

/**
 * Width of the map's key, drawn over the map's left edge on wide screens (gap-analysis.css reads
 * it as --gap-keys-width): the map opens with the region beside it, so that the key never covers
 * the region's west (issue #18, at 1280 × 800).
 */
const KEYS_WIDTH_REM = 17.5

/** How much of the map's left edge the key covers, px: none where it sits under the map. */
function keyWidthPx(): number {
  if (typeof window.matchMedia !== 'function') return 0
  // The breakpoint of gap-analysis.css: below it the key is in the page flow, not on the map.
  if (!window.matchMedia('(min-width: 60.0625rem)').matches) return 0
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
  // The key's left offset (0.625rem) and its width.
  return (KEYS_WIDTH_REM + 0.625) * rem
}

/** The ward layer's properties the analysis reads. */
export interface AnalysisWardProperties {
  ward_code: string
  ward_name: string
  lad_name: string
}

export interface GapAnalysisViewProps {
  regionName: string
  baseStyle: StyleSpecification
  customAttribution?: string | undefined
  /** The display (simplified) ward layer, for the map; the analysis uses full-resolution wards. */
  wards: FeatureCollection<GeoJSON.Geometry, AnalysisWardProperties>
  bounds: MapBounds
  /** The region data's attribution (ONS, OS, MHCLG), shown on profiles. */
  attribution: string
}

/**
 * The gap analysis screen for network leads: controls, the need × supply map with its key and
 * the coverage layer, what-if assets, and the wards ranked with their reasons; or, when the URL
 * names a ward, that ward's printable profile. Everything it shows comes from the worker.
 */
export function GapAnalysisView(props: GapAnalysisViewProps) {
  const { settings, problems, update, openWard } = useAnalysisSettings()
  const { kinds, distanceMetres, need, rateWeight, coverageWeight, layerKind } = settings
  const request: GapAnalysisRequest = useMemo(
    () => ({ kinds, distanceMetres, need, rateWeight, coverageWeight, layerKind }),
    [kinds, distanceMetres, need, rateWeight, coverageWeight, layerKind],
  )
  const analysis = useGapAnalysis(request)
  const { result } = analysis
  const caveats = rankingCaveats(result, analysis.assets)
  const [selected, setSelected] = useState<string | null>(null)
  const [focus, setFocus] = useState<{ bounds: MapBounds; request: number } | null>(null)
  const [picking, setPicking] = useState(false)
  const [plannedKind, setPlannedKind] = useState<PinnableKind>(layerKind)

  const { authorities, names } = useMemo(() => {
    const features = props.wards.features
    return {
      authorities: new Map(features.map((f) => [f.properties.ward_code, f.properties.lad_name])),
      names: new Map(features.map((f) => [f.properties.ward_code, f.properties.ward_name])),
    }
  }, [props.wards])
  const { classes, counts, unclassified } = useMemo(() => {
    const classes = new Map<string, BivariateClass>()
    const counts = new Map<string, number>()
    let unclassified = 0
    for (const ward of result?.wards ?? []) {
      if (ward.needTercile === null || ward.supplyTercile === null) {
        unclassified++
        continue
      }
      const value = { need: ward.needTercile, supply: ward.supplyTercile }
      classes.set(ward.code, value)
      counts.set(classKey(value), (counts.get(classKey(value)) ?? 0) + 1)
    }
    return { classes, counts, unclassified }
  }, [result])

  if (settings.ward) {
    return (
      <WardProfilePage
        code={settings.ward}
        analysis={analysis}
        authority={authorities.get(settings.ward) ?? null}
        attribution={props.attribution}
        onBack={() => openWard(null)}
      />
    )
  }

  const select = (code: string | null) => {
    setSelected(code)
    const bounds = code ? wardFeatureBounds(props.wards, code) : null
    if (bounds) setFocus((previous) => ({ bounds, request: (previous?.request ?? 0) + 1 }))
  }
  const selectedWard = result?.wards.find((ward) => ward.code === selected) ?? null

  return (
    <div
      className="gap-analysis"
      style={{ '--gap-keys-width': `${KEYS_WIDTH_REM}rem` } as CSSProperties}
    >
      <aside className="gap-analysis__side" aria-label="Analysis settings and what-if assets">
        <h2 className="gap-analysis__heading">Gap analysis</h2>
        {problems.length > 0 ? (
          <div className="form-message" role="status">
            <p>Some of this link&rsquo;s settings could not be used:</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <AnalysisControls settings={settings} onChange={update} />
        <PlannedAssetForm
          plannedCount={result?.planned.length ?? 0}
          refused={analysis.refused}
          picking={picking}
          kind={plannedKind}
          onKindChange={setPlannedKind}
          onPickingChange={setPicking}
          onAdd={analysis.addPlanned}
          onClear={analysis.clearPlanned}
        />
      </aside>
      <section className="gap-analysis__map" aria-label="Map of need and supply">
        <GapMap
          baseStyle={props.baseStyle}
          customAttribution={props.customAttribution}
          regionName={props.regionName}
          wards={props.wards}
          bounds={props.bounds}
          keyWidthPx={keyWidthPx()}
          wardNames={names}
          classes={classes}
          residents={result?.residents ?? null}
          planned={result?.planned ?? []}
          selectedCode={selected}
          provisional={caveats.provisional}
          focus={focus}
          onSelect={select}
          onPick={
            picking
              ? ([lng, lat]) => {
                  analysis.addPlanned({ kind: plannedKind, lng, lat })
                  setPicking(false)
                }
              : null
          }
        />
        <div className="gap-analysis__keys">
          <BivariateLegend counts={counts} unclassified={unclassified} />
          {result?.engine === 'database' ? (
            <p className="gap-coverage-legend">
              The coverage layer of small areas needs the analysis in your browser: with this many
              assets the database computes figures per ward only.
            </p>
          ) : result ? (
            <CoverageLegend
              residents={result.residents}
              distanceMetres={result.request.distanceMetres}
              plannedCount={result.planned.length}
            />
          ) : null}
        </div>
        {selectedWard ? (
          <SelectedWard
            ward={selectedWard}
            authority={authorities.get(selectedWard.code) ?? null}
            onOpenProfile={() => openWard(selectedWard.code)}
            onClose={() => setSelected(null)}
          />
        ) : null}
      </section>
      <section
        className="gap-analysis__ranking"
        aria-labelledby="gap-ranking-heading"
        id="gap-ranking"
        tabIndex={-1}
        data-provisional={caveats.provisional !== null}
      >
        <AnalysisStatus state={analysis} />
        <AnalysisIssues issues={result?.issues ?? []} />
        <GapRanking
          result={result}
          caveats={caveats}
          settings={settings}
          authorities={authorities}
          selectedCode={selected}
          onSelect={select}
          onOpenProfile={openWard}
        />
      </section>
    </div>
  )
}
