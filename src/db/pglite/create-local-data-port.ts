import type { DataPort, StartupProgress } from '../port'
import { localDataPort, pgliteLocalDatabase } from './local-data-port'
import { browserActingRoleStore } from './acting-role-store'
import { localDeviceDatabase } from './local-device-database'
import { localSession } from './local-session'
import { openLocalDatabase } from './open-local-database'

/**
 * The local mode's DataPort: the database in a Web Worker, acting as this device's user. Asks the
 * browser to keep the database (persistent storage), so a workshop's records are not evicted.
 */
export async function createLocalDataPort(
  snapshotUrl: string,
  programme: string,
  onProgress: (progress: StartupProgress) => void,
): Promise<DataPort> {
  const db = await openLocalDatabase(snapshotUrl, onProgress)
  void navigator.storage?.persist?.().catch(() => false)
  const session = localSession(pgliteLocalDatabase(db), browserActingRoleStore(), programme)
  await session.restore()
  return { ...localDataPort(db, session.actor, session.device), device: localDeviceDatabase(db) }
}
