/** A form's refusal from the database, in words, announced when it appears. */
export function FormError({ error }: { error: string | null }) {
  return error ? (
    <p className="form-message form-message--error" role="alert">
      {error}
    </p>
  ) : null
}
