/**
 * A new id made on this device for a write (an exchange, a listing, a member), so that sending it
 * again after a lost answer is the same write, never a second one: the database stores the first
 * and answers a repeat with it (docs/time-banks.md, "The ledger").
 *
 * @returns a random version 4 UUID
 * @example newClientId() // "3b241101-e2bb-4255-8caf-4136c566a962"
 */
export function newClientId(): string {
  return crypto.randomUUID()
}
