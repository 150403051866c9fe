import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { TimeBankMember } from '../../../core/time-banks/time-bank'
import { profileSchema, type ProfileValues } from '../api/time-bank-schemas'
import { useTimeBankWrite } from '../api/use-time-bank-write'
import { FormError } from './form-error'
import { ProfileFields } from './profile-fields'

/**
 * A member's profile as others in the bank see it: about them, when they are free, and their
 * skills from the gifts taxonomy. Changed by the member, or a coordinator acting for them; their
 * place (sector and ward) is not here: it follows their postcode.
 */
export function ProfileForm({ member }: { member: TimeBankMember }) {
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
      <ProfileFields
        aboutError={errors.about?.message}
        register={{
          about: register('about'),
          availability: register('availability'),
          skills: register('skills'),
        }}
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
