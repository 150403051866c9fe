import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'
import { defaultDataDir } from '../../../scripts/lib/paths'
import { guessColumnMapping } from './column-mapping'
import { readImportFile } from './read-import-file'
import { toImportRow } from './to-import-row'

// The Ordnance Survey's own .prj for British National Grid, as ArcGIS and QGIS write it.
const BNG_PRJ =
  'PROJCS["British_National_Grid",GEOGCS["GCS_OSGB_1936",DATUM["D_OSGB_1936",SPHEROID["Airy_1830",6377563.396,299.3249646]],PRIMEM["Greenwich",0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",400000],PARAMETER["False_Northing",-100000],PARAMETER["Central_Meridian",-2],PARAMETER["Scale_Factor",0.9996012717],PARAMETER["Latitude_Of_Origin",49],UNIT["Meter",1]]'

/** A zipped point Shapefile (.shp, .shx, .dbf, .prj) written byte by byte from its specification. */
function zippedShapefile(points: Array<{ x: number; y: number; name: string; kind: string }>) {
  const header = (words: number) => {
    const view = new DataView(new ArrayBuffer(100))
    view.setInt32(0, 9994)
    view.setInt32(24, words)
    view.setInt32(28, 1000, true)
    view.setInt32(32, 1, true)
    view.setFloat64(36, Math.min(...points.map((p) => p.x)), true)
    view.setFloat64(44, Math.min(...points.map((p) => p.y)), true)
    view.setFloat64(52, Math.max(...points.map((p) => p.x)), true)
    view.setFloat64(60, Math.max(...points.map((p) => p.y)), true)
    return new Uint8Array(view.buffer)
  }
  const shp = new DataView(new ArrayBuffer(100 + points.length * 28))
  const shx = new DataView(new ArrayBuffer(100 + points.length * 8))
  points.forEach((point, i) => {
    const at = 100 + i * 28
    shp.setInt32(at, i + 1)
    shp.setInt32(at + 4, 10)
    shp.setInt32(at + 8, 1, true)
    shp.setFloat64(at + 12, point.x, true)
    shp.setFloat64(at + 20, point.y, true)
    shx.setInt32(100 + i * 8, at / 2)
    shx.setInt32(104 + i * 8, 10)
  })
  const shpBytes = new Uint8Array(shp.buffer)
  shpBytes.set(header(shp.byteLength / 2))
  const shxBytes = new Uint8Array(shx.buffer)
  shxBytes.set(header(shx.byteLength / 2))
  // dBase III: two text fields of 40 characters.
  const fields = ['name', 'kind']
  const dbf = new Uint8Array(32 + 32 * fields.length + 1 + points.length * 81 + 1).fill(0x20)
  const dbfView = new DataView(dbf.buffer)
  dbf.fill(0, 0, 32 + 32 * fields.length)
  dbf[0] = 0x03
  dbfView.setInt32(4, points.length, true)
  dbfView.setInt16(8, 32 + 32 * fields.length + 1, true)
  dbfView.setInt16(10, 81, true)
  fields.forEach((field, i) => {
    dbf.set(new TextEncoder().encode(field), 32 + i * 32)
    dbf[32 + i * 32 + 11] = 'C'.charCodeAt(0)
    dbf[32 + i * 32 + 16] = 40
  })
  dbf[32 + 32 * fields.length] = 0x0d
  points.forEach((point, i) => {
    const at = 32 + 32 * fields.length + 1 + i * 81
    dbf.set(new TextEncoder().encode(point.name), at + 1)
    dbf.set(new TextEncoder().encode(point.kind), at + 41)
  })
  dbf[dbf.length - 1] = 0x1a
  return zipSync({
    'assets.shp': shpBytes,
    'assets.shx': shxBytes,
    'assets.dbf': dbf,
    'assets.prj': new TextEncoder().encode(BNG_PRJ),
  })
}

const essexPostcodes = () =>
  Papa.parse<Record<string, string>>(
    readFileSync(join(defaultDataDir, 'essex-postcodes.csv'), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data

describe('reading spreadsheets and Shapefiles', () => {
  it('reads the first sheet of an .xlsx, its first row the header, numbers and dates as text', async () => {
    const file = await writeXlsxFile([
      [
        { value: 'Name' },
        { value: 'Kind' },
        { value: 'Lat' },
        { value: 'Lng' },
        { value: 'Checked' },
      ],
      [
        { value: 'St Mary’s Hall' },
        { value: 'Physical spaces' },
        { value: 51.89 },
        { value: 0.9 },
        { value: new Date(Date.UTC(2026, 5, 1)), format: 'yyyy-mm-dd' },
      ],
      [],
    ]).toBuffer()
    const table = await readImportFile('halls.xlsx', new Uint8Array(file))
    expect(table.headers).toEqual(['Name', 'Kind', 'Lat', 'Lng', 'Checked'])
    expect(table.rows).toEqual([
      ['St Mary’s Hall', 'Physical spaces', '51.89', '0.9', '2026-06-01'],
    ])
  })

  it('reads a zipped Shapefile in British National Grid: a postcode point lands within 1 m of its published longitude and latitude', async () => {
    const [postcode] = essexPostcodes().filter((row) => row.postcode === 'CB10 1AA')
    const zip = zippedShapefile([
      {
        x: Number(postcode!.easting),
        y: Number(postcode!.northing),
        name: 'Town Hall',
        kind: 'institution',
      },
    ])
    const table = await readImportFile('assets.zip', zip)
    expect(table.headers).toEqual(['name', 'kind', 'longitude', 'latitude'])
    const read = toImportRow(table.rows[0]!, table.headers, guessColumnMapping(table.headers), 1)
    expect(read).toMatchObject({ ok: true, row: { name: 'Town Hall', kind: 'institution' } })
    const { lng, lat } = (read as { row: { lng: number; lat: number } }).row
    const metres = Math.hypot(
      (lng - Number(postcode!.lon)) * 111_320 * Math.cos((lat * Math.PI) / 180),
      (lat - Number(postcode!.lat)) * 110_574,
    )
    expect(metres).toBeLessThan(1)
  })

  it('says so when a zip holds no Shapefile', async () => {
    await expect(
      readImportFile('notes.zip', zipSync({ 'notes.txt': new Uint8Array([65]) })),
    ).rejects.toThrow(/The zip holds no Shapefile/)
  })
})
