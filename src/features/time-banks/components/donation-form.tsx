import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import { FormField } from '../../../components/ui/form-field'
import { toMinutes } from '../../../core/time-banks/format-minutes'
import { newClientId } from '../../../core/time-banks/new-client-id'
import type { TimeBankMember } from '../../../core/time-banks/time-bank'
import { donationSchema, type DonationInput, type DonationValues } from '../api/time-bank-schemas'
import { useTimeBankWrite } from '../api/use-time-bank-write'
import { DurationFields } from './duration-fields'
import { FormError } from './form-error'

const defaults: DonationInput = { toMemberId: '', hours: 1, minutes: 0, note: '' }

/** Gives some of `member`'s hours to another member or to the bank's community pot, at once. */
export function DonationForm({
  member,
  others,
}: {
  member: TimeBankMember
  others: readonly TimeBankMember[]
}) {
  const id = useId()
  const { run, busy, error } = useTimeBankWrite()
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<DonationInput, unknown, DonationValues>({
    resolver: zodResolver(donationSchema),
    defaultValues: defaults,
  })
  const submit = handleSubmit(async (values) => {
    const given = await run((port) =>
      port.timeBanks.donate({
        exchangeId: newClientId(),
        fromMemberId: member.memberId,
        toMemberId: values.toMemberId || null,
        minutes: toMinutes(values.hours, values.minutes),
        note: values.note || null,
      }),
    )
    if (given) reset(defaults)
  })
  return (
    <form
      aria-label={`Give hours from ${member.displayName}`}
      className="tb-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <FormField id={`${id}-to`} label="Give to">
        <select id={`${id}-to`} {...register('toMemberId')}>
          <option value="">The community pot</option>
          {others.map((other) => (
            <option key={other.memberId} value={other.memberId}>
              {other.displayName}
            </option>
          ))}
        </select>
      </FormField>
      <DurationFields id={`${id}-time`} legend="How much" register={register} errors={errors} />
      <FormField id={`${id}-note`} label="Note (optional)" error={errors.note?.message}>
        <input id={`${id}-note`} type="text" autoComplete="off" {...register('note')} />
      </FormField>
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy} aria-busy={busy}>
        {busy ? 'Giving…' : 'Give the hours'}
      </button>
    </form>
  )
}
