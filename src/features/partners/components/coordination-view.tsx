import './partners.css'
import type { FeatureCollection } from 'geojson'
import type { StyleSpecification } from 'maplibre-gl'
import { useId, useMemo, useState } from 'react'
import type { MapBounds } from '../../../map/map-view'
import { useAllSchemes, useAudiences, useCoverage, useThemes } from '../api/partner-queries'
import { countStatuses, describeThemeNeed, shownStatuses } from '../coverage-status'
import { CoverageLegend } from './coverage-legend'
import { CoverageMap } from './coverage-map'
import { CoverageTable } from './coverage-table'
import { ReadStateView } from '../../../components/ui/read-state-view'

export interface CoordinationViewProps {
  regionName: string
  baseStyle: StyleSpecification
  customAttribution?: string | undefined
  wards: FeatureCollection
  bounds: MapBounds
  attribution: string
}

/**
 * The coordination view: for a theme and audience, every ward's coverage by partners' schemes on
 * a map and in a table, with overlaps (2 or more) and gaps (high need, none) named in the key,
 * and the theme's need measure said in words (a theme with none shows overlaps only).
 */
export function CoordinationView(props: CoordinationViewProps) {
  const id = useId()
  const themes = useThemes()
  const audiences = useAudiences()
  const [themeCode, setThemeCode] = useState<string | null>(null)
  const [audience, setAudience] = useState('')
  const [selected, setSelected] = useState<string | null>(null)
  const active = themes.status === 'ready' ? themes.value.filter((t) => !t.retired) : []
  const theme = active.find((t) => t.code === themeCode) ?? active[0]
  const coverage = useCoverage(theme?.code ?? null, audience || null)
  const schemes = useAllSchemes()
  const schemeNames = useMemo(
    () => new Map(schemes.status === 'ready' ? schemes.value.map((s) => [s.schemeId, s.name]) : []),
    [schemes],
  )
  return (
    <div className="partners-page partners-coordination" id="coordination">
      <h1>Coordination: where schemes overlap and where need has none</h1>
      <div className="partners-controls">
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-theme`}>
            Theme
          </label>
          <select
            id={`${id}-theme`}
            value={theme?.code ?? ''}
            onChange={(event) => setThemeCode(event.target.value)}
          >
            {active.map((t) => (
              <option key={t.code} value={t.code}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-audience`}>
            Who for
          </label>
          <select
            id={`${id}-audience`}
            value={audience}
            onChange={(event) => setAudience(event.target.value)}
          >
            <option value="">Anyone</option>
            {(audiences.status === 'ready' ? audiences.value : []).map((a) => (
              <option key={a.code} value={a.code}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ReadStateView read={themes} what="themes">
        {() =>
          theme ? (
            <>
              <p className="partners-need" data-testid="theme-need">
                {describeThemeNeed(theme)}
              </p>
              <ReadStateView read={coverage} what="coverage">
                {(wards) => (
                  <>
                    <CoverageLegend statuses={shownStatuses(theme)} counts={countStatuses(wards)} />
                    <CoverageMap
                      baseStyle={props.baseStyle}
                      customAttribution={props.customAttribution}
                      regionName={props.regionName}
                      themeLabel={theme.label}
                      wards={props.wards}
                      bounds={props.bounds}
                      coverage={wards}
                      selectedCode={selected}
                      onSelect={setSelected}
                    />
                    <CoverageTable
                      wards={wards}
                      schemeNames={schemeNames}
                      showNeed={theme.needIndicator !== null}
                      selectedCode={selected}
                      onSelect={setSelected}
                    />
                  </>
                )}
              </ReadStateView>
            </>
          ) : (
            <p className="muted">No themes yet.</p>
          )
        }
      </ReadStateView>
      <p className="muted">{props.attribution}</p>
    </div>
  )
}
