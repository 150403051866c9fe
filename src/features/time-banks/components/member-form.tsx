import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useMemo } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useAssetList } from '../../../db/use-asset-list'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { FormField, describedBy } from '../../../components/ui/form-field'
import { MEMBER_KINDS } from '../../../core/time-banks/time-bank'
import { MEMBER_KIND_LABELS } from '../../../core/time-banks/time-bank-labels'
import { newClientId } from '../../../core/time-banks/new-client-id'
import { memberSchema, type MemberValues } from '../api/time-bank-schemas'
import { useTimeBankWrite } from '../api/use-time-bank-write'
import { FormError } from './form-error'
import { ProfileFields } from './profile-fields'

const empty: MemberValues = {
  kind: 'resident',
  displayName: '',
  postcode: '',
  assetName: '',
  about: '',
  availability: [],
  skills: [],
}

/**
 * A coordinator records a member, active at once: a resident who has no phone or email, placed by
 * their postcode's sector and ward, never their address; or an organisation or group, placed by
 * its approved asset of the map (chosen by name).
 */
export function MemberForm({ bankId }: { bankId: string }) {
  const id = useId()
  const { run, busy, error } = useTimeBankWrite()
  const {
    register,
    handleSubmit,
    reset,
    control,
    setError,
    formState: { errors },
  } = useForm<MemberValues>({ resolver: zodResolver(memberSchema), defaultValues: empty })
  const kind = useWatch({ control, name: 'kind' })
  const isResident = kind === 'resident'
  // Organisations and groups are the map's approved assets (not residents' own gifts).
  const { assets } = useAssetList({ enabled: !isResident })
  const places = useMemo(
    () =>
      (assets ?? []).filter((asset) => asset.status === 'approved' && asset.kind !== 'individual'),
    [assets],
  )
  const submit = handleSubmit(async (values) => {
    const wanted = values.assetName.toLocaleLowerCase('en-GB')
    const asset = isResident
      ? null
      : places.find((place) => place.name.trim().toLocaleLowerCase('en-GB') === wanted)
    if (!isResident && !asset) {
      setError('assetName', {
        message: 'No approved asset of the map has that name: choose one from the list',
      })
      return
    }
    const recorded = await run((port) =>
      port.timeBanks.recordMember({
        clientId: newClientId(),
        bankId,
        kind: values.kind,
        displayName: values.displayName,
        postcode: isResident ? values.postcode || null : null,
        assetId: asset?.id ?? null,
        about: values.about || null,
        availability: values.availability,
        skills: values.skills,
      }),
    )
    if (recorded) reset(empty)
  })
  return (
    <form
      aria-label="Record a member"
      className="tb-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <ChoiceGroup
        type="radio"
        id={`${id}-kind`}
        legend="Who joins"
        choices={MEMBER_KINDS.map((value) => ({ value, label: MEMBER_KIND_LABELS[value] }))}
        registration={register('kind')}
      />
      <FormField id={`${id}-name`} label="Name" error={errors.displayName?.message}>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          aria-invalid={Boolean(errors.displayName)}
          aria-describedby={describedBy(`${id}-name`, false, errors.displayName)}
          {...register('displayName')}
        />
      </FormField>
      {isResident ? (
        <FormField
          id={`${id}-postcode`}
          label="Postcode"
          hint="Only its sector and ward are kept, never the address."
          error={errors.postcode?.message}
        >
          <input
            id={`${id}-postcode`}
            type="text"
            autoComplete="off"
            aria-describedby={describedBy(`${id}-postcode`, true, errors.postcode)}
            {...register('postcode')}
          />
        </FormField>
      ) : (
        <FormField
          id={`${id}-asset`}
          label="Its place on the map"
          hint="Its name as the map shows it; only approved places can join."
          error={errors.assetName?.message}
        >
          <input
            id={`${id}-asset`}
            type="text"
            autoComplete="off"
            list={`${id}-places`}
            aria-invalid={Boolean(errors.assetName)}
            aria-describedby={describedBy(`${id}-asset`, true, errors.assetName)}
            {...register('assetName')}
          />
          <datalist id={`${id}-places`}>
            {places.map((place) => (
              <option key={place.id} value={place.name} />
            ))}
          </datalist>
        </FormField>
      )}
      <ProfileFields
        optional
        aboutError={errors.about?.message}
        register={{
          about: register('about'),
          availability: register('availability'),
          skills: register('skills'),
        }}
      />
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy} aria-busy={busy}>
        {busy ? 'Recording…' : 'Record the member'}
      </button>
    </form>
  )
}
