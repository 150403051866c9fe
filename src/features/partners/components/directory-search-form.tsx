import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import { FormField, describedBy } from '../../../components/ui/form-field'
import { directorySearchSchema, type DirectorySearch } from '../api/directory-search'
import type { SchemeTheme } from '../../../core/partners/partner'
import type { WardChoice } from './ward-picker'

/** The directory's search: theme, ward or postcode, "open now" and words. */
export function DirectorySearchForm({
  initial,
  themes,
  wards,
  busy,
  onSearch,
}: {
  initial: DirectorySearch
  themes: readonly SchemeTheme[]
  wards: readonly WardChoice[]
  busy: boolean
  onSearch: (search: DirectorySearch) => void
}) {
  const id = useId()
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<DirectorySearch>({
    resolver: zodResolver(directorySearchSchema),
    defaultValues: initial,
  })
  const submit = handleSubmit(onSearch)
  return (
    <form
      role="search"
      aria-label="Search the directory"
      className="partners-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <div className="partners-controls">
        <FormField id={`${id}-text`} label="Words (optional)" error={errors.text?.message}>
          <input id={`${id}-text`} type="search" autoComplete="off" {...register('text')} />
        </FormField>
        <FormField id={`${id}-theme`} label="Theme">
          <select id={`${id}-theme`} {...register('theme')}>
            <option value="">Any theme</option>
            {themes
              .filter((theme) => !theme.retired)
              .map((theme) => (
                <option key={theme.code} value={theme.code}>
                  {theme.label}
                </option>
              ))}
          </select>
        </FormField>
        <FormField id={`${id}-ward`} label="Ward">
          <select id={`${id}-ward`} {...register('wardCode')}>
            <option value="">Any ward</option>
            {wards.map((ward) => (
              <option key={ward.wardCode} value={ward.wardCode}>
                {ward.wardName} ({ward.ladName})
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={`${id}-postcode`} label="Or a postcode" error={errors.postcode?.message}>
          <input
            id={`${id}-postcode`}
            type="text"
            autoComplete="postal-code"
            aria-invalid={Boolean(errors.postcode)}
            aria-describedby={describedBy(`${id}-postcode`, false, errors.postcode)}
            {...register('postcode')}
          />
        </FormField>
      </div>
      <div className="choice-group__item">
        <input
          className="choice-group__input"
          id={`${id}-open`}
          type="checkbox"
          {...register('openNow')}
        />
        <label className="choice-group__label" htmlFor={`${id}-open`}>
          Open now
        </label>
      </div>
      <div className="partners-actions">
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? 'Searching…' : 'Search'}
        </button>
      </div>
    </form>
  )
}
