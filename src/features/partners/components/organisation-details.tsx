import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useId, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { FormField, describedBy } from '../../../components/ui/form-field'
import { ReadStateView } from '../../../components/ui/read-state-view'
import { PARTNER_SECTORS, type PartnerOrganisation } from '../../../core/partners/partner'
import {
  organisationDetailsSchema,
  SECTOR_LABELS,
  type OrganisationDetailsValues,
} from '../api/organisation-schemas'
import { useOrganisations, usePartnerWrite } from '../api/partner-queries'

/**
 * The organisation as the directory shows it (description and contacts), with "Change the
 * details" for its people and administrators. The database decides who may: a refusal is shown
 * in its words and nothing typed is lost.
 */
export function OrganisationDetails({
  organisationId,
  organisationName,
}: {
  organisationId: string
  organisationName: string
}) {
  const organisations = useOrganisations()
  const [editing, setEditing] = useState(false)
  const [saved, setSaved] = useState(false)
  const change = useRef<HTMLButtonElement>(null)
  const close = (wasSaved: boolean) => {
    setEditing(false)
    setSaved(wasSaved)
    // Back to the button that opened the form, so keyboard users keep their place.
    requestAnimationFrame(() => change.current?.focus())
  }
  return (
    <section className="partners-section" aria-labelledby={`details-${organisationId}`}>
      <h2 id={`details-${organisationId}`}>{organisationName}: details</h2>
      <ReadStateView read={organisations} what="organisation">
        {(list) => {
          const organisation = list.find((o) => o.id === organisationId)
          if (!organisation) return null
          return (
            <>
              {editing ? (
                <OrganisationDetailsForm
                  organisation={organisation}
                  onSaved={() => close(true)}
                  onCancel={() => close(false)}
                />
              ) : (
                <>
                  <OrganisationSummary organisation={organisation} />
                  <div className="partners-actions">
                    <button
                      ref={change}
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        setSaved(false)
                        setEditing(true)
                      }}
                    >
                      Change the details
                    </button>
                  </div>
                </>
              )}
            </>
          )
        }}
      </ReadStateView>
      {/* Always there, so that screen readers announce the confirmation; styled only when it says something. */}
      <p role="status" className={saved ? 'form-message' : undefined}>
        {saved ? 'Saved: the directory now shows these details.' : ''}
      </p>
    </section>
  )
}

function OrganisationSummary({ organisation }: { organisation: PartnerOrganisation }) {
  const rows: Array<[string, string | null]> = [
    ['Sector', SECTOR_LABELS[organisation.sector]],
    ['About', organisation.description],
    ['Website', organisation.website],
    ['Email', organisation.email],
    ['Phone', organisation.phone],
  ]
  return (
    <dl className="partners-details">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            {value === null ? (
              <span className="muted">Not given</span>
            ) : label === 'Website' ? (
              <a href={value}>{value}</a>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}

function OrganisationDetailsForm({
  organisation,
  onSaved,
  onCancel,
}: {
  organisation: PartnerOrganisation
  onSaved: () => void
  onCancel: () => void
}) {
  const id = useId()
  const field = (name: string) => `${id}-${name}`
  const { run, busy, error } = usePartnerWrite()
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<OrganisationDetailsValues>({
    resolver: zodResolver(organisationDetailsSchema),
    defaultValues: {
      name: organisation.name,
      sector: organisation.sector,
      description: organisation.description ?? '',
      website: organisation.website ?? '',
      email: organisation.email ?? '',
      phone: organisation.phone ?? '',
    },
  })
  const form = useRef<HTMLFormElement>(null)
  // The form opens in place of the button that asked for it: focus its first field.
  useEffect(() => form.current?.querySelector('input')?.focus(), [])
  const submit = handleSubmit(async (values) => {
    const orNull = (text: string) => (text === '' ? null : text)
    const saved = await run((port) =>
      port.partners.saveOrganisation({
        id: organisation.id,
        name: values.name,
        sector: values.sector,
        description: orNull(values.description),
        website: orNull(values.website),
        email: orNull(values.email),
        phone: orNull(values.phone),
      }),
    )
    if (saved.ok) onSaved()
  })
  const text = (
    name: 'name' | 'website' | 'email' | 'phone',
    label: string,
    type: string,
    autoComplete: string,
  ) => (
    <FormField id={field(name)} label={label} error={errors[name]?.message}>
      <input
        id={field(name)}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={describedBy(field(name), false, errors[name])}
        {...register(name)}
      />
    </FormField>
  )
  return (
    <form
      ref={form}
      aria-label={`Change ${organisation.name}'s details`}
      className="partners-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      {text('name', "Organisation's name", 'text', 'organization')}
      <ChoiceGroup
        type="radio"
        id={field('sector')}
        legend="Sector"
        error={errors.sector?.message}
        choices={PARTNER_SECTORS.map((value) => ({ value, label: SECTOR_LABELS[value] }))}
        registration={register('sector')}
      />
      <FormField
        id={field('description')}
        label="About the organisation (optional)"
        error={errors.description?.message}
      >
        <textarea
          id={field('description')}
          rows={3}
          aria-invalid={Boolean(errors.description)}
          aria-describedby={describedBy(field('description'), false, errors.description)}
          {...register('description')}
        />
      </FormField>
      {text('website', 'Website (optional)', 'url', 'url')}
      {text('email', 'Email (optional)', 'email', 'email')}
      {text('phone', 'Phone (optional)', 'tel', 'tel')}
      {error ? (
        <p className="form-message form-message--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="partners-actions">
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? 'Saving…' : 'Save the details'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
