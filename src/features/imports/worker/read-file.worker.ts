// Started by ../read-file-table.ts with `new Worker(new URL(…), { type: 'module' })`: decoding and
// splitting a large file stays off the main thread, so the page keeps answering.
import { readImportFile } from '../../../core/imports/read-import-file'

self.onmessage = async (event: MessageEvent<{ name: string; bytes: Uint8Array }>) => {
  try {
    self.postMessage({ ok: true, table: await readImportFile(event.data.name, event.data.bytes) })
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) })
  }
}
