import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { FormField, describedBy } from '../../../components/ui/form-field'
import { AVAILABILITY, AVAILABILITY_LABELS } from '../../../core/residents/offer-choices'
import { newClientId } from '../../../core/time-banks/new-client-id'
import { useGiftTypeChoices } from '../api/time-bank-queries'
import { memberSchema, type MemberValues } from '../api/time-bank-schemas'
import { useTimeBankWrite } from '../api/use-time-bank-write'
import { FormError } from './form-error'

const empty: MemberValues = {
  kind: 'resident',
  displayName: '',
  postcode: '',
  about: '',
  availability: [],
  skills: [],
}

/**
 * A coordinator records a resident who has no phone or email: active at once, placed by their
 * postcode's sector and ward, never their address. (Organisations and groups join from their
 * asset of the map.)
 */
export function MemberForm({ bankId }: { bankId: string }) {
  const id = useId()
  const giftTypes = useGiftTypeChoices()
  const { run, busy, error } = useTimeBankWrite()
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<MemberValues>({ resolver: zodResolver(memberSchema), defaultValues: empty })
  const submit = handleSubmit(async (values) => {
    const recorded = await run((port) =>
      port.timeBanks.recordMember({
        clientId: newClientId(),
        bankId,
        kind: values.kind,
        displayName: values.displayName,
        postcode: values.postcode || null,
        assetId: null,
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
      <FormField id={`${id}-about`} label="About them (optional)" error={errors.about?.message}>
        <textarea id={`${id}-about`} rows={2} {...register('about')} />
      </FormField>
      <ChoiceGroup
        type="checkbox"
        id={`${id}-availability`}
        legend="When they are free (optional)"
        choices={AVAILABILITY.map((value) => ({ value, label: AVAILABILITY_LABELS[value] }))}
        registration={register('availability')}
      />
      <ChoiceGroup
        type="checkbox"
        id={`${id}-skills`}
        legend="Skills (optional)"
        choices={(giftTypes.status === 'ready' ? giftTypes.value : []).map((type) => ({
          value: type.code,
          label: type.label,
        }))}
        registration={register('skills')}
      />
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy} aria-busy={busy}>
        {busy ? 'Recording…' : 'Record the member'}
      </button>
    </form>
  )
}
