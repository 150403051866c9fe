import type { SourceTable } from '../../core/imports/read-delimited-table'
import { readImportFile } from '../../core/imports/read-import-file'
import { importFileSizeProblem } from '../../core/imports/read-source-table'

type Answer = { ok: true; table: SourceTable } | { ok: false; message: string }

/**
 * Reads a chosen file as a table in a Web Worker; where there is none (tests in jsdom), on the
 * main thread. A file that cannot be read is refused in words.
 */
export async function readFileTable(file: File): Promise<SourceTable> {
  // Refused by its size before a byte is read into the page.
  const tooBig = importFileSizeProblem(file.size)
  if (tooBig) throw new Error(tooBig)
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (typeof Worker === 'undefined') return readImportFile(file.name, bytes)
  const worker = new Worker(new URL('./worker/read-file.worker.ts', import.meta.url), {
    type: 'module',
  })
  try {
    const answer = await new Promise<Answer>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<Answer>) => resolve(event.data)
      worker.onerror = () => reject(new Error(`Cannot read "${file.name}".`))
      worker.postMessage({ name: file.name, bytes }, [bytes.buffer])
    })
    if (!answer.ok) throw new Error(answer.message)
    return answer.table
  } finally {
    worker.terminate()
  }
}
