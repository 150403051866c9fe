import { useId } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { FormField } from '../../../components/ui/form-field'
import { AVAILABILITY, AVAILABILITY_LABELS } from '../../../core/residents/offer-choices'
import { useGiftTypeChoices } from '../api/time-bank-queries'

/**
 * What the bank's members see of a member, as a form's fields: about them, when they are free, and
 * their skills from the gifts taxonomy. Shared by recording a member and changing a profile.
 */
export function ProfileFields({
  register,
  aboutError,
  optional = false,
}: {
  register: {
    about: UseFormRegisterReturn
    availability: UseFormRegisterReturn
    skills: UseFormRegisterReturn
  }
  aboutError: string | undefined
  /** Say "(optional)" in the labels (recording a member: only the name is needed). */
  optional?: boolean
}) {
  const id = useId()
  const giftTypes = useGiftTypeChoices()
  const maybe = optional ? ' (optional)' : ''
  return (
    <>
      <FormField
        id={`${id}-about`}
        label={`About${optional ? ' them' : ''}${maybe}`}
        error={aboutError}
      >
        <textarea id={`${id}-about`} rows={optional ? 2 : 3} {...register.about} />
      </FormField>
      <ChoiceGroup
        type="checkbox"
        id={`${id}-availability`}
        legend={`When ${optional ? 'they are ' : ''}free${maybe}`}
        choices={AVAILABILITY.map((value) => ({ value, label: AVAILABILITY_LABELS[value] }))}
        registration={register.availability}
      />
      <ChoiceGroup
        type="checkbox"
        id={`${id}-skills`}
        legend={`Skills${maybe}`}
        choices={(giftTypes.status === 'ready' ? giftTypes.value : []).map((type) => ({
          value: type.code,
          label: type.label,
        }))}
        registration={register.skills}
      />
    </>
  )
}
