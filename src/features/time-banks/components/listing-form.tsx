import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import { ChoiceGroup } from '../../../components/ui/choice-group'
import { FormField, describedBy } from '../../../components/ui/form-field'
import { GIFT_KIND_LABELS } from '../../../core/residents/gift-kind'
import { AVAILABILITY, AVAILABILITY_LABELS } from '../../../core/residents/offer-choices'
import type { GiftType } from '../../../core/residents/resident-offer'
import { newClientId } from '../../../core/time-banks/new-client-id'
import type { TimeBankMember } from '../../../core/time-banks/time-bank'
import { FREQUENCY_LABELS } from '../../../core/time-banks/time-bank-labels'
import { useGiftTypeChoices } from '../api/time-bank-queries'
import { listingSchema, type ListingValues } from '../api/time-bank-schemas'
import { useTimeBankWrite } from '../api/use-time-bank-write'
import { FormError } from './form-error'

const empty: ListingValues = {
  direction: 'request',
  giftType: '',
  title: '',
  description: '',
  frequency: 'one_off',
  availability: [],
  whenNote: '',
  needsDbs: false,
}

/** Posts an offer or a request for `member` (the person themself, or a coordinator for them). */
export function ListingForm({ member }: { member: TimeBankMember }) {
  const id = useId()
  const giftTypes = useGiftTypeChoices()
  const { run, busy, error } = useTimeBankWrite()
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<ListingValues>({ resolver: zodResolver(listingSchema), defaultValues: empty })
  const submit = handleSubmit(async (values) => {
    const posted = await run((port) =>
      port.timeBanks.postListing({
        clientId: newClientId(),
        memberId: member.memberId,
        ...values,
        wardCode: member.wardCode,
      }),
    )
    if (posted) reset(empty)
  })
  const field = (name: keyof ListingValues) => `${id}-${name}`
  return (
    <form
      aria-label={`Post an offer or request for ${member.displayName}`}
      className="tb-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <ChoiceGroup
        type="radio"
        id={field('direction')}
        legend="What are you posting?"
        choices={[
          { value: 'request', label: 'A request: something I need' },
          { value: 'offer', label: 'An offer: something I can give' },
        ]}
        registration={register('direction')}
      />
      <FormField id={field('giftType')} label="Skill" error={errors.giftType?.message}>
        <select
          id={field('giftType')}
          aria-invalid={Boolean(errors.giftType)}
          aria-describedby={describedBy(field('giftType'), false, errors.giftType)}
          {...register('giftType')}
        >
          <option value="">Choose a skill</option>
          {giftTypeGroups(giftTypes.status === 'ready' ? giftTypes.value : [])}
        </select>
      </FormField>
      <FormField id={field('title')} label="Title" error={errors.title?.message}>
        <input
          id={field('title')}
          type="text"
          autoComplete="off"
          aria-invalid={Boolean(errors.title)}
          aria-describedby={describedBy(field('title'), false, errors.title)}
          {...register('title')}
        />
      </FormField>
      <FormField
        id={field('description')}
        label="Description (optional)"
        error={errors.description?.message}
      >
        <textarea id={field('description')} rows={3} {...register('description')} />
      </FormField>
      <ChoiceGroup
        type="radio"
        id={field('frequency')}
        legend="How often"
        choices={Object.entries(FREQUENCY_LABELS).map(([value, label]) => ({ value, label }))}
        registration={register('frequency')}
      />
      <ChoiceGroup
        type="checkbox"
        id={field('availability')}
        legend="When (optional)"
        choices={AVAILABILITY.map((value) => ({ value, label: AVAILABILITY_LABELS[value] }))}
        registration={register('availability')}
      />
      <FormField id={field('whenNote')} label="When, in your words (optional)">
        <input id={field('whenNote')} type="text" autoComplete="off" {...register('whenNote')} />
      </FormField>
      <div className="tb-check">
        <input id={field('needsDbs')} type="checkbox" {...register('needsDbs')} />
        <label htmlFor={field('needsDbs')}>Needs a DBS check (e.g. work with children)</label>
      </div>
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy} aria-busy={busy}>
        {busy ? 'Posting…' : 'Post'}
      </button>
    </form>
  )
}

/** The gift types as option groups by kind (head, hands, heart). */
export function giftTypeGroups(giftTypes: readonly GiftType[]) {
  return (['head', 'hands', 'heart'] as const).map((kind) => (
    <optgroup key={kind} label={GIFT_KIND_LABELS[kind].question}>
      {giftTypes
        .filter((type) => type.kind === kind)
        .map((type) => (
          <option key={type.code} value={type.code}>
            {type.label}
          </option>
        ))}
    </optgroup>
  ))
}
