import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { FormField, describedBy } from '../../../components/ui/form-field'
import { toMinutes } from '../../../core/time-banks/format-minutes'
import { newClientId } from '../../../core/time-banks/new-client-id'
import type { TimeBankMember } from '../../../core/time-banks/time-bank'
import { exchangeSchema, type ExchangeInput, type ExchangeValues } from '../api/time-bank-schemas'
import { today } from '../api/today'
import { useTimeBankWrite } from '../api/use-time-bank-write'
import { DurationFields } from './duration-fields'
import { FormError } from './form-error'

/**
 * Records an exchange `member` gave or received with one other member. It waits for the other
 * to confirm; a coordinator's record is confirmed at once (the database decides which).
 */
export function ExchangeForm({
  member,
  others,
}: {
  member: TimeBankMember
  /** The bank's other active members. */
  others: readonly TimeBankMember[]
}) {
  const id = useId()
  const { run, busy, error } = useTimeBankWrite()
  const defaults = (): ExchangeInput => ({
    role: 'gave',
    otherMemberId: '',
    hours: 1,
    minutes: 0,
    description: '',
    occurredOn: today(),
  })
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<ExchangeInput, unknown, ExchangeValues>({
    resolver: zodResolver(exchangeSchema),
    defaultValues: defaults(),
  })
  const submit = handleSubmit(async (values) => {
    const me = [member.memberId]
    const other = [values.otherMemberId]
    const recorded = await run((port) =>
      port.timeBanks.recordExchange({
        exchangeId: newClientId(),
        giverIds: values.role === 'gave' ? me : other,
        receiverIds: values.role === 'gave' ? other : me,
        minutes: toMinutes(values.hours, values.minutes),
        description: values.description || null,
        giftType: null,
        occurredOn: values.occurredOn,
      }),
    )
    if (recorded) reset(defaults())
  })
  return (
    <form
      aria-label={`Record an exchange for ${member.displayName}`}
      className="tb-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <ChoiceGroup
        type="radio"
        id={`${id}-role`}
        legend={`Did ${member.isMe ? 'you' : member.displayName} give or receive the time?`}
        choices={[
          { value: 'gave', label: 'Gave time' },
          { value: 'received', label: 'Received time' },
        ]}
        registration={register('role')}
      />
      <FormField id={`${id}-other`} label="With" error={errors.otherMemberId?.message}>
        <select
          id={`${id}-other`}
          aria-invalid={Boolean(errors.otherMemberId)}
          aria-describedby={describedBy(`${id}-other`, false, errors.otherMemberId)}
          {...register('otherMemberId')}
        >
          <option value="">Choose a member</option>
          {others.map((other) => (
            <option key={other.memberId} value={other.memberId}>
              {other.displayName}
            </option>
          ))}
        </select>
      </FormField>
      <DurationFields id={`${id}-time`} legend="How long" register={register} errors={errors} />
      <FormField
        id={`${id}-description`}
        label="What it was (optional)"
        error={errors.description?.message}
      >
        <input
          id={`${id}-description`}
          type="text"
          autoComplete="off"
          {...register('description')}
        />
      </FormField>
      <FormField id={`${id}-date`} label="Date" error={errors.occurredOn?.message}>
        <input id={`${id}-date`} type="date" {...register('occurredOn')} />
      </FormField>
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy} aria-busy={busy}>
        {busy ? 'Recording…' : 'Record the exchange'}
      </button>
    </form>
  )
}
