import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { describedBy, FormField } from '../../../components/ui/form-field'
import type { ResidentsPort } from '../../../db/residents-port'

const email = z
  .string()
  .trim()
  .min(1, 'Enter the email address you gave with your offer')
  .regex(
    /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
    'Enter an email address in the right format, like name@example.com',
  )

const schema = z.object({ email, code: z.string() })

// Local mode: the code shown when the offer was sent, 8 letters and numbers (spaces and hyphens
// ignored, any case), as the database reads it (private.normalise_offer_code).
const localSchema = z.object({
  email,
  code: z
    .string()
    .trim()
    .min(1, 'Enter the code you were given when you sent your offer')
    .refine(
      (code) => /^[0-9a-z]{8}$/i.test(code.replace(/[\s-]/g, '')),
      'Enter the code as it was shown: 8 letters and numbers, like K7M2-Q9XD',
    ),
})

// The same answer for an unknown email and a wrong code, so that nobody learns from it whether an
// email address sent an offer on this device.
const NO_MATCH =
  'We found no offer sent on this device with that email address and code. Check both and try again, or try another email address: after 5 wrong codes for an email address, signing in with it stops for an hour.'

/**
 * Signing in to "Your data". Connected mode emails a one-time link (Supabase Auth) that brings the
 * person back here, signed in. Local mode has no email server and its device may be shared, so an
 * email alone proves nothing: it takes the email and the offer's code, and the sign-in lasts until
 * "Sign out" or the page is closed.
 */
export function SignInForm({
  signIn,
  mode,
  onSignedIn,
}: {
  signIn: Pick<ResidentsPort, 'signInByEmail' | 'signInWithCode'>
  mode: 'local' | 'connected' | null
  onSignedIn: () => Promise<void>
}) {
  const local = mode === 'local'
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(local ? localSchema : schema),
    defaultValues: { email: '', code: '' },
    shouldFocusError: false,
  })
  const [summaryFocus, setSummaryFocus] = useState(0)
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  // Not a dead end: the person starts again with another email address, its field focused.
  const tryAnotherEmail = () => {
    setSentTo(null)
    setRefusal(null)
    form.reset({ email: '', code: '' })
    // After the form is back on the page (it is not, while "Check your email" shows).
    setTimeout(() => form.setFocus('email'))
  }
  const emailError = form.formState.errors.email?.message
  const codeError = form.formState.errors.code?.message
  const submit = form.handleSubmit(
    async (values) => {
      setRefusal(null)
      try {
        const result = local
          ? await signIn.signInWithCode(values.email, values.code)
          : await signIn.signInByEmail(values.email)
        if (result.status === 'email-sent') setSentTo(values.email)
        else if (result.status === 'no-match') setRefusal(NO_MATCH)
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
          We have sent a link to {sentTo}. Open it on this device to see your data. If you gave
          another email address with your offer, or no email comes, try again.
        </p>
        <button
          type="button"
          className="button button--secondary residents-button"
          onClick={tryAnotherEmail}
        >
          Try another email address
        </button>
      </div>
    )
  }
  const errors = [
    ...(emailError ? [{ fieldId: 'sign-in-email', message: emailError }] : []),
    ...(codeError ? [{ fieldId: 'sign-in-code', message: codeError }] : []),
  ]
  return (
    <form
      className="residents-form"
      aria-label={local ? 'Sign in with your email and code' : 'Sign in by email link'}
      noValidate
      onSubmit={submit}
    >
      <ErrorSummary errors={errors} focusKey={errors.length > 0 ? summaryFocus : 0} />
      <h2 className="residents-subheading">
        {local ? 'Sign in with your email and code' : 'Sign in with your email'}
      </h2>
      {local ? (
        <p>
          This app is running on this device only (local mode), which other people may use too.
          Enter the email address you gave with your offer and the code you were given when you sent
          it. You stay signed in until you sign out or close this page.
        </p>
      ) : (
        <p>We will email you a link. Open it to see everything we hold about you.</p>
      )}
      {refusal ? (
        <div className="residents-warning">
          <p className="form-message form-message--error" role="alert">
            {refusal}
          </p>
          <button
            type="button"
            className="button button--secondary residents-button"
            onClick={tryAnotherEmail}
          >
            Try another email address
          </button>
        </div>
      ) : null}
      <FormField id="sign-in-email" label="Email address" error={emailError}>
        <input
          id="sign-in-email"
          type="email"
          autoComplete={local ? 'off' : 'email'}
          spellCheck={false}
          aria-describedby={describedBy('sign-in-email', false, emailError)}
          aria-invalid={emailError ? true : undefined}
          {...form.register('email')}
        />
      </FormField>
      {local ? (
        <FormField
          id="sign-in-code"
          label="Your code"
          hint="8 letters and numbers, like K7M2-Q9XD"
          error={codeError}
        >
          <input
            id="sign-in-code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={describedBy('sign-in-code', true, codeError)}
            aria-invalid={codeError ? true : undefined}
            {...form.register('code')}
          />
        </FormField>
      ) : null}
      <button
        type="submit"
        className="button residents-button"
        disabled={form.formState.isSubmitting}
      >
        {local ? 'Sign in on this device' : 'Email me a link'}
      </button>
    </form>
  )
}
