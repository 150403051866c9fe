/** ABCD's three kinds of gift (Kretzmann & McKnight): of the head, the hands and the heart. */
export const GIFT_KINDS = ['head', 'hands', 'heart'] as const
export type GiftKind = (typeof GIFT_KINDS)[number]

/** How the form and the lists name each kind, with the question asked about it. */
export const GIFT_KIND_LABELS: Readonly<
  Record<GiftKind, { label: string; question: string; hint: string }>
> = {
  head: {
    label: 'Head',
    question: 'Things you know',
    hint: 'Knowledge you could share or teach.',
  },
  hands: {
    label: 'Hands',
    question: 'Things you can do',
    hint: 'Practical skills you could lend a hand with.',
  },
  heart: {
    label: 'Heart',
    question: 'Things you care about',
    hint: 'Causes and people you feel strongly about.',
  },
}
