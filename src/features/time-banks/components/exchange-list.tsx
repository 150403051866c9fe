import { useState } from 'react'
import { formatMinutes } from '../../../core/time-banks/format-minutes'
import { newClientId } from '../../../core/time-banks/new-client-id'
import type { Exchange } from '../../../core/time-banks/time-bank'
import {
  EXCHANGE_KIND_LABELS,
  EXCHANGE_STATUS_LABELS,
} from '../../../core/time-banks/time-bank-labels'
import { ReasonAction } from './reason-action'
import { WriteButton } from './write-button'

/**
 * Exchanges with what each moved and its state, and the actions the viewer has: the party awaited
 * confirms or disputes, the recorder cancels a pending one, a coordinator confirms, cancels or
 * reverses (a correcting exchange; nothing is ever edited or deleted).
 */
export function ExchangeList({
  exchanges,
  coordinator,
}: {
  exchanges: readonly Exchange[]
  coordinator: boolean
}) {
  const reversed = new Set(exchanges.map((e) => e.reversesExchangeId).filter(Boolean))
  // One correction id per exchange shown, so that a retried reversal is the same correction.
  const [corrections] = useState(() => new Map<string, string>())
  const correctionFor = (exchangeId: string) => {
    const id = corrections.get(exchangeId) ?? newClientId()
    corrections.set(exchangeId, id)
    return id
  }
  return (
    <ul className="tb-exchanges">
      {exchanges.map((exchange) => {
        const subject = describe(exchange)
        const open = exchange.status === 'pending' || exchange.status === 'disputed'
        return (
          <li key={exchange.exchangeId} className="tb-exchange">
            <p className="tb-exchange__what">
              <strong>{subject}</strong>
            </p>
            <p className="muted tb-exchange__facts">
              {[
                exchange.occurredOn,
                EXCHANGE_KIND_LABELS[exchange.kind],
                exchange.description,
                EXCHANGE_STATUS_LABELS[exchange.status],
                exchange.statusReason,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {exchange.warnings.map((warning) => (
              <p key={warning} className="tb-warning">
                {warning}
              </p>
            ))}
            <div className="tb-actions">
              {open && (exchange.awaitingMe || coordinator) ? (
                <WriteButton
                  label="Confirm"
                  busyLabel="Confirming…"
                  accessibleName={`Confirm ${subject}`}
                  write={(port) => port.timeBanks.confirmExchange(exchange.exchangeId)}
                />
              ) : null}
              {exchange.status === 'pending' && exchange.awaitingMe ? (
                <ReasonAction
                  label="Dispute"
                  busyLabel="Disputing…"
                  subject={subject}
                  write={(port, reason) =>
                    port.timeBanks.disputeExchange(exchange.exchangeId, reason)
                  }
                />
              ) : null}
              {(exchange.status === 'pending' && exchange.recordedByMe) || (open && coordinator) ? (
                <ReasonAction
                  label="Cancel"
                  busyLabel="Cancelling…"
                  subject={subject}
                  write={(port, reason) =>
                    port.timeBanks.cancelExchange(exchange.exchangeId, reason)
                  }
                />
              ) : null}
              {coordinator &&
              exchange.status === 'confirmed' &&
              exchange.kind !== 'correction' &&
              !reversed.has(exchange.exchangeId) ? (
                <ReasonAction
                  label="Reverse"
                  busyLabel="Reversing…"
                  subject={subject}
                  write={(port, reason) =>
                    port.timeBanks.reverseExchange(
                      correctionFor(exchange.exchangeId),
                      exchange.exchangeId,
                      reason,
                    )
                  }
                />
              ) : null}
            </div>
          </li>
        )
      })}
    </ul>
  )
}

/** "Alice gave Bob 1 h 30 min" (the legs, in words). */
export function describe(exchange: Exchange): string {
  const legs = exchange.legs.map(
    (leg) => `${leg.giver} gave ${leg.receiver} ${formatMinutes(leg.minutes)}`,
  )
  return legs.length > 2
    ? `${legs.slice(0, 2).join('; ')} and ${legs.length - 2} more`
    : legs.join('; ')
}
