/** Pixels per SVG unit in the PNG, so the picture stays sharp in a report or on a slide. */
const SCALE = 2
const MARGIN = 24

/**
 * Draws SVG charts one under another on a white canvas, under a title, and returns a PNG. Each
 * chart is drawn from its own serialised markup as an image (the charts carry their styles as
 * attributes, so they look the same outside the page).
 *
 * @param title the heading drawn above the charts, e.g. "Belfairs ward profile"
 * @param charts the charts' `<svg>` elements (with width and height attributes)
 * @returns the PNG
 * @example downloadFile('profile.png', await chartsToPng('Belfairs', [...svgs]))
 */
export async function chartsToPng(title: string, charts: readonly SVGSVGElement[]): Promise<Blob> {
  const images = await Promise.all(charts.map(toImage))
  const width = Math.max(...charts.map((svg) => svg.width.baseVal.value)) + 2 * MARGIN
  const titleHeight = 40
  const height =
    titleHeight + charts.reduce((sum, svg) => sum + svg.height.baseVal.value + MARGIN, 0) + MARGIN
  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(width * SCALE)
  canvas.height = Math.ceil(height * SCALE)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('This browser cannot draw the picture (no canvas).')
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
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))),
      'image/png',
    ),
  )
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
