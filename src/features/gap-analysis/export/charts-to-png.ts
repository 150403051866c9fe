/** Pixels per SVG unit in the PNG, so the picture stays sharp in a report or on a slide. */
const SCALE = 2
const MARGIN = 24
const NOTE_FONT = '13px system-ui, sans-serif'
const NOTE_LINE_HEIGHT = 18

/**
 * Draws SVG charts one under another on a white canvas, under a title, with notes under them
 * (the settings, the date, the sources: a picture travels without its page), and returns a PNG.
 * Each chart is drawn from its own serialised markup as an image (the charts carry their styles
 * as attributes, so they look the same outside the page).
 *
 * @param title the heading drawn above the charts, e.g. "Belfairs ward profile"
 * @param charts the charts' `<svg>` elements (with width and height attributes)
 * @param notes paragraphs drawn under the charts, wrapped to the picture's width
 * @returns the PNG
 * @example downloadFile('profile.png', await chartsToPng('Belfairs', [...svgs], [settings, sources]))
 */
export async function chartsToPng(
  title: string,
  charts: readonly SVGSVGElement[],
  notes: readonly string[] = [],
): Promise<Blob> {
  const images = await Promise.all(charts.map(toImage))
  const width = Math.max(...charts.map((svg) => svg.width.baseVal.value)) + 2 * MARGIN
  const titleHeight = 40
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d')
  if (!context) throw new Error('This browser cannot draw the picture (no canvas).')
  // Measured before the canvas is sized (sizing it resets the context's font).
  context.font = NOTE_FONT
  const noteLines = notes.map((note) => wrap(context, note, width - 2 * MARGIN))
  const notesHeight = noteLines.reduce(
    (sum, lines) => sum + lines.length * NOTE_LINE_HEIGHT + NOTE_LINE_HEIGHT / 2,
    0,
  )
  const height =
    titleHeight +
    charts.reduce((sum, svg) => sum + svg.height.baseVal.value + MARGIN, 0) +
    notesHeight +
    MARGIN
  canvas.width = Math.ceil(width * SCALE)
  canvas.height = Math.ceil(height * SCALE)
  context.scale(SCALE, SCALE)
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  context.fillStyle = '#1d2733'
  context.font = '600 20px system-ui, sans-serif'
  context.fillText(title, MARGIN, MARGIN + 14)
  let y = MARGIN + titleHeight
  charts.forEach((svg, index) => {
    const chartWidth = svg.width.baseVal.value
    const chartHeight = svg.height.baseVal.value
    context.drawImage(images[index]!, MARGIN, y, chartWidth, chartHeight)
    y += chartHeight + MARGIN
  })
  context.font = NOTE_FONT
  for (const lines of noteLines) {
    for (const line of lines) {
      context.fillText(line, MARGIN, y + 13)
      y += NOTE_LINE_HEIGHT
    }
    y += NOTE_LINE_HEIGHT / 2
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))),
      'image/png',
    ),
  )
}

/** A paragraph broken at spaces into lines no wider than `maxWidth` in the context's font. */
function wrap(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && context.measureText(candidate).width > maxWidth) {
      lines.push(line)
      line = word
    } else {
      line = candidate
    }
  }
  if (line) lines.push(line)
  return lines
}

function toImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const markup = new XMLSerializer().serializeToString(svg)
  const image = new Image()
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('A chart could not be drawn into the picture.'))
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`
  })
}
