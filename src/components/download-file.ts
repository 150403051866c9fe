/**
 * Offers a file for download: a Blob behind an object URL (allowed by the CSP's `blob:`), a
 * temporary link clicked, then the URL released.
 *
 * @param name the file name suggested to the browser, e.g. `ward-profile-E05004118.csv`
 * @param content the file's content
 * @example downloadFile('ranking.csv', new Blob([csv], { type: 'text/csv' }))
 */
export function downloadFile(name: string, content: Blob): void {
  const url = URL.createObjectURL(content)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Released after the click has been handled, or the download may not start.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
