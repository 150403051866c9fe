import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { FormField } from '../../../components/ui/form-field'
import { toMinutes } from '../../../core/time-banks/format-minutes'
import { newClientId } from '../../../core/time-banks/new-client-id'
import type { TimeBankMember } from '../../../core/time-banks/time-bank'
import {
  groupExchangeSchema,
  type GroupExchangeInput,
  type GroupExchangeValues,
} from '../api/time-bank-schemas'
import { today } from '../api/today'
import { useTimeBankWrite } from '../api/use-time-bank-write'
import { DurationFields } from './duration-fields'
import { FormError } from './form-error'

/**
 * A coordinator records a group exchange (an event): one giver to many receivers, or many givers
 * to one, each leg the same time; confirmed at once.
 */
export function GroupExchangeForm({ members }: { members: readonly TimeBankMember[] }) {
  const id = useId()
  const { run, busy, error } = useTimeBankWrite()
  const defaults = (): GroupExchangeInput => ({
    giverIds: [],
    receiverIds: [],
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
  } = useForm<GroupExchangeInput, unknown, GroupExchangeValues>({
    resolver: zodResolver(groupExchangeSchema),
    defaultValues: defaults(),
  })
  const choices = members.map((member) => ({ value: member.memberId, label: member.displayName }))
  const submit = handleSubmit(async (values) => {
    const recorded = await run((port) =>
      port.timeBanks.recordExchange({
        exchangeId: newClientId(),
        giverIds: values.giverIds,
        receiverIds: values.receiverIds,
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
      aria-label="Record a group exchange"
      className="tb-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <ChoiceGroup
        type="checkbox"
        id={`${id}-givers`}
        legend="Who gave"
        error={errors.giverIds?.message}
        choices={choices}
        registration={register('giverIds')}
      />
      <ChoiceGroup
        type="checkbox"
        id={`${id}-receivers`}
        legend="Who received"
        error={errors.receiverIds?.message}
        choices={choices}
        registration={register('receiverIds')}
      />
      <DurationFields
        id={`${id}-time`}
        legend="Time for each"
        register={register}
        errors={errors}
      />
      <FormField id={`${id}-description`} label="What it was (optional)">
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
        {busy ? 'Recording…' : 'Record the group exchange'}
      </button>
    </form>
  )
}
