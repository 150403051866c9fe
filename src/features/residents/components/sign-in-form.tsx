import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { describedBy, FormField } from '../../../components/ui/form-field'
import type { SignInResult } from '../../../db/residents-port'

const schema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter the email address you gave with your offer')
    .regex(
      /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
      'Enter an email address in the right format, like name@example.com',
    ),
})

/**
 * Sign in by email link. Connected mode emails a one-time link (Supabase Auth) that brings the
 * person back here, signed in. Local mode has no email server: the email typed links this
 * device's user to the offers sent with it (the person's own device; see the note shown).
 */
export function SignInForm({
  signInByEmail,
  mode,
  onSignedIn,
}: {
  signInByEmail: (email: string) => Promise<SignInResult>
  mode: 'local' | 'connected' | null
  onSignedIn: () => Promise<void>
}) {
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { email: '' },
    shouldFocusError: false,
  })
  const [summaryFocus, setSummaryFocus] = useState(0)
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const error = form.formState.errors.email?.message
  const submit = form.handleSubmit(
    async ({ email }) => {
      setRefusal(null)
      try {
        const result = await signInByEmail(email)
        if (result.status === 'email-sent') setSentTo(email)
        else await onSignedIn()
      } catch (caught) {
        setRefusal(caught instanceof Error ? caught.message : String(caught))
      }
    },
    () => setSummaryFocus((n) => n + 1),
  )
  if (sentTo) {
    return (
      <div className="residents-panel" role="status">
        <p className="residents-panel__title">Check your email</p>
        <p className="residents-panel__body">
          We have sent a link to {sentTo}. Open it on this device to see your data.
        </p>
      </div>
    )
  }
  return (
    <form
      className="residents-form"
      aria-label="Sign in by email link"
      noValidate
      onSubmit={submit}
    >
      <ErrorSummary
        errors={error ? [{ fieldId: 'sign-in-email', message: error }] : []}
        focusKey={error ? summaryFocus : 0}
      />
      <h2 className="residents-subheading">Sign in with your email</h2>
      {mode === 'local' ? (
        <p>
          This app is running on this device only (local mode), with no email: enter the email
          address you gave with your offer to link it to this device.
        </p>
      ) : (
        <p>We will email you a link. Open it to see everything we hold about you.</p>
      )}
      {refusal ? (
        <p className="form-message form-message--error" role="alert">
          {refusal}
        </p>
      ) : null}
      <FormField id="sign-in-email" label="Email address" error={error}>
        <input
          id="sign-in-email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          aria-describedby={describedBy('sign-in-email', false, error)}
          aria-invalid={error ? true : undefined}
          {...form.register('email')}
        />
      </FormField>
      <button
        type="submit"
        className="button residents-button"
        disabled={form.formState.isSubmitting}
      >
        {mode === 'local' ? 'Sign in on this device' : 'Email me a link'}
      </button>
    </form>
  )
}
