import { useMemo, useState } from 'react'
import { DataPortContext, useDataPort, type DataPortState } from '../db/data-port-context'
import { SignedInPerson } from '../db/use-port-query'
import { MyTimeBank } from '../features/time-banks/components/my-time-bank'

/**
 * The time bank's member screens on "Your data", as the resident signed in there: the time bank
 * components read and write through the port's `myTimeBanks` (in local mode the resident's own
 * sign-in, not the device's user), under a person of their own in the cache, forgotten when the
 * sign-in ends.
 */
export function ResidentTimeBank() {
  const data = useDataPort()
  const [person] = useState(() => `resident ${crypto.randomUUID()}`)
  const asResident = useMemo<DataPortState>(
    () =>
      data.status === 'ready'
        ? { status: 'ready', port: { ...data.port, timeBanks: data.port.myTimeBanks } }
        : data,
    [data],
  )
  return (
    <DataPortContext value={asResident}>
      <SignedInPerson person={person}>
        <MyTimeBank />
      </SignedInPerson>
    </DataPortContext>
  )
}
