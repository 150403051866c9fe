import { useId } from 'react'
import { FormField } from '../../../components/ui/form-field'
import { NEED_INDICATORS } from '../../../core/analysis/need-indicators'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import {
  ANALYSIS_KINDS,
  WALKING_DISTANCES,
  type AnalysisSettings,
  type WalkingDistance,
} from '../analysis-settings'
import { describeWalk } from '../describe-walk'

/** Weights a select offers: relative, 0 leaves a part out. */
const WEIGHTS = [0, 0.5, 1, 1.5, 2, 3, 4, 5]

export interface AnalysisControlsProps {
  settings: AnalysisSettings
  onChange: (changes: Partial<AnalysisSettings>) => void
}

/**
 * What counts in the analysis: the kinds of asset that are supply, the walking distance, the need
 * indicators and their weights, the weights of supply's two parts, and the coverage layer's kind.
 * Every change ranks again at once (in the worker) and is kept in the URL.
 */
export function AnalysisControls({ settings, onChange }: AnalysisControlsProps) {
  const id = useId()
  const weightOf = (key: string) => settings.need.find((part) => part.key === key)?.weight ?? 0
  const setWeight = (key: string, weight: number) =>
    onChange({
      need: NEED_INDICATORS.flatMap((indicator) => {
        const value = indicator.key === key ? weight : weightOf(indicator.key)
        return value > 0 ? [{ key: indicator.key, weight: value }] : []
      }),
    })
  const toggleKind = (kind: (typeof ANALYSIS_KINDS)[number], on: boolean) =>
    onChange({
      kinds: ANALYSIS_KINDS.filter((k) => (k === kind ? on : settings.kinds.includes(k))),
    })

  return (
    <form
      className="gap-controls"
      aria-label="Analysis settings"
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset>
        <legend>Kinds of asset that count as supply</legend>
        {ANALYSIS_KINDS.map((kind) => (
          <label key={kind} className="gap-controls__check">
            <input
              type="checkbox"
              checked={settings.kinds.includes(kind)}
              onChange={(event) => toggleKind(kind, event.target.checked)}
            />{' '}
            {ASSET_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>

      <FormField id={`${id}-distance`} label="Walking distance">
        <select
          id={`${id}-distance`}
          value={settings.distanceMetres}
          onChange={(event) =>
            onChange({ distanceMetres: Number(event.target.value) as WalkingDistance })
          }
        >
          {WALKING_DISTANCES.map((metres) => (
            <option key={metres} value={metres}>
              {metres.toLocaleString('en-GB')} m ({describeWalk(metres)})
            </option>
          ))}
        </select>
      </FormField>

      <fieldset>
        <legend>Need: indicators and their weights</legend>
        <p className="form-field__hint">Weights are relative; 0 leaves an indicator out.</p>
        {NEED_INDICATORS.map((indicator) => (
          <div key={indicator.key} className="gap-controls__weight">
            <label htmlFor={`${id}-need-${indicator.key}`}>{indicator.label}</label>
            <WeightSelect
              id={`${id}-need-${indicator.key}`}
              value={weightOf(indicator.key)}
              onChange={(weight) => setWeight(indicator.key, weight)}
            />
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>Supply: weights of its parts</legend>
        <div className="gap-controls__weight">
          <label htmlFor={`${id}-rate`}>Assets per 1,000 residents</label>
          <WeightSelect
            id={`${id}-rate`}
            value={settings.rateWeight}
            onChange={(rateWeight) => onChange({ rateWeight })}
          />
        </div>
        <div className="gap-controls__weight">
          <label htmlFor={`${id}-coverage`}>Residents within walking distance</label>
          <WeightSelect
            id={`${id}-coverage`}
            value={settings.coverageWeight}
            onChange={(coverageWeight) => onChange({ coverageWeight })}
          />
        </div>
      </fieldset>

      <FormField id={`${id}-layer`} label="Map places beyond walking distance of">
        <select
          id={`${id}-layer`}
          value={settings.layerKind}
          onChange={(event) =>
            onChange({ layerKind: event.target.value as AnalysisSettings['layerKind'] })
          }
        >
          {ANALYSIS_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {ASSET_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </FormField>
    </form>
  )
}

function WeightSelect(props: { id: string; value: number; onChange: (weight: number) => void }) {
  const options = WEIGHTS.includes(props.value) ? WEIGHTS : [...WEIGHTS, props.value].sort()
  return (
    <select
      id={props.id}
      value={props.value}
      onChange={(event) => props.onChange(Number(event.target.value))}
    >
      {options.map((weight) => (
        <option key={weight} value={weight}>
          {weight === 0 ? '0 (off)' : weight}
        </option>
      ))}
    </select>
  )
}
