import type { ReactNode } from 'react'

/**
 * An offer's one-time code, shown once (local mode): with the email it signs in to "Your data" on
 * this device. Screen readers hear it character by character ("K 7 M 2, Q 9 X D").
 */
export function OfferCode({
  code,
  heading,
  children,
}: {
  code: string
  heading: string
  children: ReactNode
}) {
  const spelled = code
    .split('-')
    .map((part) => part.split('').join(' '))
    .join(', ')
  return (
    <section className="residents-code" aria-labelledby="offer-code-heading">
      <h2 className="residents-subheading" id="offer-code-heading">
        {heading}
      </h2>
      <p className="residents-code__value" data-testid="offer-code">
        <span aria-hidden="true">{code}</span>
        <span className="visually-hidden">{spelled}</span>
      </p>
      {children}
    </section>
  )
}
