/**
 * A file's bytes as text, whatever common encoding a spreadsheet saved it in: a byte-order mark
 * says UTF-8 or UTF-16; without one, UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252
 * (what Excel on Windows writes as "CSV", and a superset of Latin-1 for printable characters).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes)
    return { text: text.replace(/[\u0080-\u009f]/g, fromC1), encoding: 'windows-1252' }
  }
}

// Windows-1252's printable characters at 0x80-0x9F (curly quotes, dashes, the euro sign…): the
// Encoding Standard's table. Browsers decode them so; Node without full ICU decodes the label as
// Latin-1, which leaves control characters there instead.
const C1_AS_WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

function fromC1(char: string): string {
  return C1_AS_WINDOWS_1252[char.charCodeAt(0) - 0x80]!
}
