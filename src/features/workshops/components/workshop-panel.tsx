import './workshop-panel.css'
import { useId, useState } from 'react'
import type { z } from 'zod'
import { describedBy, FormField } from '../../../components/ui/form-field'
import { ASSET_KIND_LABELS } from '../../../core/assets/asset-kind-labels'
import type { Workshop, WorkshopSummary } from '../../../core/workshops/workshop'
import { joinCodeSchema, newWorkshopSchema } from '../api/use-workshops'

export interface WorkshopPanelProps {
  ready: boolean
  active: Workshop | null
  summary: WorkshopSummary | null
  workshops: readonly Workshop[]
  onCreate: (input: z.output<typeof newWorkshopSchema>) => Promise<Workshop>
  onJoin: (code: string) => Promise<Workshop>
  onEnter: (workshop: Workshop | null) => void
  onShowAsset: (assetId: string) => void
}

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' })
const showDate = (date: string) => {
  const parsed = new Date(`${date}T12:00:00Z`)
  return Number.isNaN(parsed.getTime()) ? date : day.format(parsed)
}

/** A workshop: open one and share its join code, or join one; then what it has mapped, live. */
export function WorkshopPanel(props: WorkshopPanelProps) {
  if (props.active) {
    const { active, summary } = props
    return (
      <section className="workshop" aria-labelledby="workshop-title">
        <h3 id="workshop-title" className="panel-title">
          {active.name}
        </h3>
        <p className="muted">
          {active.place} · {showDate(active.date)}
        </p>
        <p className="workshop__code">
          Join code: <strong data-testid="workshop-join-code">{active.joinCode}</strong>
        </p>
        <p className="muted">Everything added while you are in this workshop is tagged to it.</p>
        <h4 className="panel-subtitle" aria-live="polite">
          Mapped in this workshop ({summary?.assets.length ?? 0})
        </h4>
        <ul className="workshop__assets" aria-label="Mapped in this workshop">
          {summary?.assets.map((asset) => (
            <li key={asset.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => props.onShowAsset(asset.id)}
              >
                {asset.name}
              </button>{' '}
              <span className="muted">{ASSET_KIND_LABELS[asset.kind]}</span>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => props.onEnter(null)}
        >
          Leave the workshop
        </button>
      </section>
    )
  }
  return (
    <div className="workshop">
      <OpenWorkshopForm
        ready={props.ready}
        onCreate={async (input) => props.onEnter(await props.onCreate(input))}
      />
      <JoinWorkshopForm
        ready={props.ready}
        onJoin={async (code) => props.onEnter(await props.onJoin(code))}
      />
      {props.workshops.length ? (
        <section aria-labelledby="workshop-recent">
          <h3 id="workshop-recent" className="panel-subtitle">
            Workshops
          </h3>
          <ul className="workshop__list">
            {props.workshops.map((w) => (
              <li key={w.id}>
                {w.name}{' '}
                <span className="muted">
                  ({w.place}, {showDate(w.date)})
                </span>{' '}
                <button type="button" className="link-button" onClick={() => props.onEnter(w)}>
                  Take part <span className="visually-hidden">in {w.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}

function OpenWorkshopForm({
  ready,
  onCreate,
}: {
  ready: boolean
  onCreate: (input: z.output<typeof newWorkshopSchema>) => Promise<void>
}) {
  const id = useId()
  const [values, setValues] = useState({
    name: '',
    place: '',
    date: new Date().toISOString().slice(0, 10),
  })
  const [errors, setErrors] = useState<Partial<Record<keyof typeof values | 'form', string>>>({})
  const field = (name: keyof typeof values, label: string, type = 'text') => (
    <FormField id={`${id}-${name}`} label={label} error={errors[name]}>
      <input
        id={`${id}-${name}`}
        type={type}
        value={values[name]}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={describedBy(`${id}-${name}`, false, errors[name])}
        onChange={(event) => setValues({ ...values, [name]: event.target.value })}
      />
    </FormField>
  )
  return (
    <form
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault()
        const parsed = newWorkshopSchema.safeParse(values)
        if (!parsed.success) {
          setErrors(
            Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])),
          )
          return
        }
        setErrors({})
        try {
          await onCreate(parsed.data)
        } catch (error) {
          setErrors({ form: error instanceof Error ? error.message : String(error) })
        }
      }}
    >
      <h3 id={`${id}-title`} className="panel-title">
        Open a workshop
      </h3>
      {errors.form ? (
        <p className="form-message form-message--error" role="alert">
          {errors.form}
        </p>
      ) : null}
      {field('name', 'Workshop name')}
      {field('place', 'Place')}
      {field('date', 'Date', 'date')}
      <button type="submit" className="button" disabled={!ready}>
        Open workshop
      </button>
    </form>
  )
}

function JoinWorkshopForm({
  ready,
  onJoin,
}: {
  ready: boolean
  onJoin: (code: string) => Promise<void>
}) {
  const id = useId()
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  return (
    <form
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault()
        const parsed = joinCodeSchema.safeParse(code)
        if (!parsed.success) {
          setError(parsed.error.issues[0]?.message ?? 'Enter the join code')
          return
        }
        try {
          setError(null)
          await onJoin(code.trim())
        } catch (failure) {
          setError(failure instanceof Error ? failure.message : String(failure))
        }
      }}
    >
      <h3 id={`${id}-title`} className="panel-subtitle">
        Join a workshop
      </h3>
      <div className={`form-field${error ? ' form-field--error' : ''}`}>
        <label className="form-field__label" htmlFor={`${id}-code`}>
          Join code
        </label>
        {error ? (
          <p className="form-field__error" id={`${id}-error`} role="alert">
            {error}
          </p>
        ) : null}
        <input
          id={`${id}-code`}
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          value={code}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setCode(event.target.value)}
        />
      </div>
      <button type="submit" className="button button--secondary" disabled={!ready}>
        Join
      </button>
    </form>
  )
}
