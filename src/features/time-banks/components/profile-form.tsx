import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { FormField } from '../../../components/ui/form-field'
import { AVAILABILITY, AVAILABILITY_LABELS } from '../../../core/residents/offer-choices'
import type { TimeBankMember } from '../../../core/time-banks/time-bank'
import { useGiftTypeChoices } from '../api/time-bank-queries'
import { profileSchema, type ProfileValues } from '../api/time-bank-schemas'
import { useTimeBankWrite } from '../api/use-time-bank-write'
import { FormError } from './form-error'

/**
 * A member's profile as others in the bank see it: about them, when they are free, and their
 * skills from the gifts taxonomy. Changed by the member, or a coordinator acting for them; their
 * place (sector and ward) is not here: it follows their postcode.
 */
export function ProfileForm({ member }: { member: TimeBankMember }) {
  const id = useId()
  const giftTypes = useGiftTypeChoices()
  const { run, busy, error } = useTimeBankWrite()
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitSuccessful },
  } = useForm<ProfileValues>({
    resolver: zodResolver(profileSchema),
    defaultValues: {
      about: member.about,
      availability: member.availability,
      skills: member.skills.map((skill) => skill.giftType),
    },
  })
  const submit = handleSubmit(async (values) => {
    await run((port) => port.timeBanks.updateMember(member.memberId, values))
  })
  return (
    <form
      aria-label={`Profile of ${member.displayName}`}
      className="tb-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <FormField id={`${id}-about`} label="About" error={errors.about?.message}>
        <textarea id={`${id}-about`} rows={3} {...register('about')} />
      </FormField>
      <ChoiceGroup
        type="checkbox"
        id={`${id}-availability`}
        legend="When free"
        choices={AVAILABILITY.map((value) => ({ value, label: AVAILABILITY_LABELS[value] }))}
        registration={register('availability')}
      />
      <ChoiceGroup
        type="checkbox"
        id={`${id}-skills`}
        legend="Skills"
        choices={(giftTypes.status === 'ready' ? giftTypes.value : []).map((type) => ({
          value: type.code,
          label: type.label,
        }))}
        registration={register('skills')}
      />
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy} aria-busy={busy}>
        {busy ? 'Saving…' : 'Save the profile'}
      </button>
      {isSubmitSuccessful && !busy && !error ? (
        <p role="status" className="muted">
          Saved.
        </p>
      ) : null}
    </form>
  )
}
