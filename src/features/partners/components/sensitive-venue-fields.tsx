import type { UseFormRegisterReturn } from 'react-hook-form'
import { FormField } from '../../../components/ui/form-field'

/**
 * A sensitive place's public face (docs/partners.md, "Sensitive places"): the public see only this
 * name and contact, never the place's own name, address or location.
 */
export function SensitiveVenueFields({
  id,
  place,
  errors,
  publicName,
  frontDoorContact,
}: {
  id: string
  place: number
  errors: { publicName?: { message?: string }; frontDoorContact?: { message?: string } } | undefined
  publicName: UseFormRegisterReturn
  frontDoorContact: UseFormRegisterReturn
}) {
  const hint = `${id}-sensitive-hint`
  const described = (input: string, error: unknown) =>
    [hint, error ? `${input}-error` : ''].filter(Boolean).join(' ')
  return (
    <div
      className="partners-sensitive-venue"
      role="group"
      aria-label={`Place ${place}: how the public see it`}
    >
      <p className="form-field__hint" id={hint}>
        A sensitive place: its own name, address and location are never shown publicly. People see
        only this public name and front-door contact.
      </p>
      <FormField id={`${id}-public-name`} label="Public name" error={errors?.publicName?.message}>
        <input
          id={`${id}-public-name`}
          type="text"
          autoComplete="off"
          aria-invalid={Boolean(errors?.publicName)}
          aria-describedby={described(`${id}-public-name`, errors?.publicName)}
          {...publicName}
        />
      </FormField>
      <FormField
        id={`${id}-front-door`}
        label="Front-door contact"
        error={errors?.frontDoorContact?.message}
      >
        <input
          id={`${id}-front-door`}
          type="text"
          autoComplete="off"
          aria-invalid={Boolean(errors?.frontDoorContact)}
          aria-describedby={described(`${id}-front-door`, errors?.frontDoorContact)}
          {...frontDoorContact}
        />
      </FormField>
    </div>
  )
}
