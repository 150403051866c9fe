import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { FormField, describedBy } from '../../../components/ui/form-field'
import { PARTNER_SECTORS, type PartnerOrganisation } from '../../../core/partners/partner'
import {
  organisationSchema,
  personSchema,
  SECTOR_LABELS,
  type OrganisationValues,
  type PersonValues,
} from '../api/organisation-schemas'
import {
  useMembers,
  useOrganisationPeople,
  useOrganisations,
  usePartnerWrite,
} from '../api/partner-queries'
import { newClientId } from '../../../core/time-banks/new-client-id'
import { ReadStateView } from '../../../components/ui/read-state-view'

/** Administrators: open organisations, and add their people by email or remove them. */
export function OrganisationsAdmin() {
  const organisations = useOrganisations()
  const people = useOrganisationPeople(true)
  const members = useMembers(true)
  const emails = new Map(
    members.status === 'ready' ? members.value.map((m) => [m.userId, m.email]) : [],
  )
  return (
    <section className="partners-section" aria-labelledby="partner-organisations">
      <h2 id="partner-organisations">Organisations</h2>
      <OrganisationForm />
      <ReadStateView read={organisations} what="organisations">
        {(list) =>
          list.length === 0 ? (
            <p className="muted">No organisations yet.</p>
          ) : (
            <ul className="partners-cards">
              {list.map((organisation) => (
                <li key={organisation.id} className="partners-card">
                  <h3 className="partners-card__title">{organisation.name}</h3>
                  <p className="partners-card__by">{SECTOR_LABELS[organisation.sector]}</p>
                  <OrganisationPeople
                    organisation={organisation}
                    userIds={
                      people.status === 'ready'
                        ? people.value
                            .filter((p) => p.organisationId === organisation.id)
                            .map((p) => p.userId)
                        : []
                    }
                    emails={emails}
                  />
                </li>
              ))}
            </ul>
          )
        }
      </ReadStateView>
    </section>
  )
}

function OrganisationForm() {
  const id = useId()
  const { run, busy, error } = usePartnerWrite()
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<OrganisationValues>({
    resolver: zodResolver(organisationSchema),
    defaultValues: { name: '', sector: 'voluntary' },
  })
  const submit = handleSubmit(async (values) => {
    const saved = await run((port) =>
      port.partners.saveOrganisation({
        id: newClientId(),
        ...values,
        description: null,
        website: null,
        email: null,
        phone: null,
      }),
    )
    if (saved.ok) reset()
  })
  return (
    <form
      aria-label="Open an organisation"
      className="partners-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <FormField id={`${id}-name`} label="Organisation's name" error={errors.name?.message}>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="organization"
          aria-invalid={Boolean(errors.name)}
          aria-describedby={describedBy(`${id}-name`, false, errors.name)}
          {...register('name')}
        />
      </FormField>
      <ChoiceGroup
        type="radio"
        id={`${id}-sector`}
        legend="Sector"
        error={errors.sector?.message}
        choices={PARTNER_SECTORS.map((value) => ({ value, label: SECTOR_LABELS[value] }))}
        registration={register('sector')}
      />
      {error ? (
        <p className="form-message form-message--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="partners-actions">
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? 'Opening…' : 'Open the organisation'}
        </button>
      </div>
    </form>
  )
}

function OrganisationPeople({
  organisation,
  userIds,
  emails,
}: {
  organisation: PartnerOrganisation
  userIds: readonly string[]
  emails: ReadonlyMap<string, string>
}) {
  const id = useId()
  const add = usePartnerWrite()
  const remove = usePartnerWrite()
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<PersonValues>({ resolver: zodResolver(personSchema), defaultValues: { email: '' } })
  const submit = handleSubmit(async ({ email }) => {
    const added = await add.run((port) => port.partners.addPerson(organisation.id, email))
    if (added.ok) reset()
  })
  return (
    <div>
      <p className="partners-venues__title">People</p>
      {userIds.length === 0 ? (
        <p className="muted">Nobody yet.</p>
      ) : (
        <ul>
          {userIds.map((userId) => {
            const who = emails.get(userId) ?? 'a person'
            return (
              <li key={userId}>
                {who}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove ${who} from ${organisation.name}`}
                  disabled={remove.busy}
                  onClick={() =>
                    void remove.run((port) => port.partners.removePerson(organisation.id, userId))
                  }
                >
                  Remove
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {remove.error ? (
        <p className="form-message form-message--error" role="alert">
          {remove.error}
        </p>
      ) : null}
      <form
        aria-label={`Add a person to ${organisation.name}`}
        noValidate
        className="partners-row"
        onSubmit={(event) => void submit(event)}
      >
        <FormField id={`${id}-email`} label="Their email" error={errors.email?.message}>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="off"
            aria-invalid={Boolean(errors.email)}
            aria-describedby={describedBy(`${id}-email`, false, errors.email)}
            {...register('email')}
          />
        </FormField>
        <button type="submit" className="button" disabled={add.busy} aria-busy={add.busy}>
          {add.busy ? 'Adding…' : 'Add the person'}
        </button>
      </form>
      {add.error ? (
        <p className="form-message form-message--error" role="alert">
          {add.error}
        </p>
      ) : null}
    </div>
  )
}
