import '../../../components/ui/form-field.css'
import './domestic-abuse.css'
import { useState, type FormEvent } from 'react'
import { MAX_CHAMPIONS } from '../../../core/domestic-abuse/champion-count'
import type { ChampionCount } from '../../../core/partners/partner'
import { describedBy, FormField } from '../../../components/ui/form-field'

export interface WardChoice {
  wardCode: string
  wardName: string
}

export interface RecordChampionsFormProps {
  wards: readonly WardChoice[]
  counts: readonly ChampionCount[]
  /** Saves the count; rejects with a message a person can act on. */
  record: (wardCode: string, champions: number) => Promise<void>
}

/**
 * Records how many trained community champions a ward has (`record_champion_count`): a number,
 * never a name. For partners, safeguarding leads and administrators (`record_champion_counts`).
 */
export function RecordChampionsForm({ wards, counts, record }: RecordChampionsFormProps) {
  const [wardCode, setWardCode] = useState('')
  const [champions, setChampions] = useState('')
  const [errors, setErrors] = useState<{ ward?: string; champions?: string; save?: string }>({})
  const [saved, setSaved] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const current = new Map(counts.map((count) => [count.wardCode, count.champions]))

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const number = Number(champions)
    const found: typeof errors = {}
    if (!wardCode) found.ward = 'Choose the ward'
    if (!/^\d+$/.test(champions.trim()) || number > MAX_CHAMPIONS) {
      found.champions = `Enter how many champions, a whole number from 0 to ${MAX_CHAMPIONS.toLocaleString('en-GB')}`
    }
    setErrors(found)
    setSaved(null)
    if (found.ward || found.champions) return
    setSaving(true)
    try {
      await record(wardCode, number)
      const name = wards.find((ward) => ward.wardCode === wardCode)?.wardName ?? wardCode
      setSaved(`${name}: ${number} trained ${number === 1 ? 'champion' : 'champions'} recorded.`)
      setChampions('')
    } catch (failure) {
      setErrors({ save: failure instanceof Error ? failure.message : String(failure) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="support-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <FormField id="champions-ward" label="Ward" error={errors.ward}>
        <select
          id="champions-ward"
          value={wardCode}
          aria-describedby={describedBy('champions-ward', false, errors.ward)}
          aria-invalid={errors.ward ? true : undefined}
          onChange={(event) => {
            setWardCode(event.target.value)
            const known = current.get(event.target.value)
            setChampions(known === undefined ? '' : String(known))
          }}
        >
          <option value="">Choose a ward</option>
          {wards.map((ward) => (
            <option key={ward.wardCode} value={ward.wardCode}>
              {ward.wardName}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id="champions-count"
        label="Trained champions"
        hint="How many people in the ward have finished the training. Never their names."
        error={errors.champions}
      >
        <input
          id="champions-count"
          inputMode="numeric"
          value={champions}
          aria-describedby={describedBy('champions-count', true, errors.champions)}
          aria-invalid={errors.champions ? true : undefined}
          onChange={(event) => setChampions(event.target.value)}
        />
      </FormField>
      {errors.save ? (
        <p role="alert" className="support-form__error">
          Not saved: {errors.save}
        </p>
      ) : null}
      <p role="status">{saved ?? ''}</p>
      <button type="submit" className="support-form__button" disabled={saving}>
        Save the count
      </button>
    </form>
  )
}
