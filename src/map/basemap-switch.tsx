import type { BasemapChoice } from './use-basemap'

export interface BasemapSwitchProps {
  value: BasemapChoice
  onChange: (choice: BasemapChoice) => void
}

const options: { value: BasemapChoice; label: string; hint: string }[] = [
  { value: 'online', label: 'Online', hint: 'Streets and places; needs a connection' },
  { value: 'builtin', label: 'Built-in', hint: 'Ward boundaries only; works offline' },
]

/** Chooses the basemap: the online style, or the built-in one for halls with poor Wi-Fi. */
export function BasemapSwitch({ value, onChange }: BasemapSwitchProps) {
  return (
    <fieldset className="basemap-switch">
      <legend>Basemap</legend>
      {options.map((option) => (
        <label key={option.value} title={option.hint}>
          <input
            type="radio"
            name="basemap"
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}
