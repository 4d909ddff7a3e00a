/**
 * Building odd workbooks byte-for-byte reproducibly: ExcelJS stamps the current time into
 * docProps/core.xml and every zip entry, so the package is re-zipped with fixed dates.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Rng } from "../examples/prng";

export const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 9, 0, 0));

export type Cell = ExcelJS.CellValue;

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** 1-based sheet row of the first row in `rows` (rows above stay blank). */
  readonly startRow?: number;
  readonly merges?: readonly string[];
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
  readonly state?: "visible" | "hidden" | "veryHidden";
  readonly protect?: boolean;
  /** Extra cells by A1 address, written after `rows` (formulas, far-away cells). */
  readonly cells?: Readonly<Record<string, Cell>>;
}

export async function xlsx(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "metodist bad corpus";
  wb.lastModifiedBy = "metodist bad corpus";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, { state: spec.state ?? "visible" });
    const start = spec.startRow ?? 1;
    spec.rows.forEach((row, i) => {
      const r = ws.getRow(start + i);
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) r.getCell(c + 1).value = v;
      });
    });
    for (const [addr, v] of Object.entries(spec.cells ?? {})) ws.getCell(addr).value = v;
    for (const m of spec.merges ?? []) ws.mergeCells(m);
    for (const r of spec.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const c of spec.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
    // Protection without a password (ExcelJS salts a password at random, which would make the bytes vary).
    if (spec.protect) (ws as unknown as { sheetProtection: object }).sheetProtection = { sheet: true, objects: true, scenarios: true, selectLockedCells: true, selectUnlockedCells: true };
  }
  return rezip(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** Same entries, same order, fixed timestamps: the generator's output does not change between runs. */
export async function rezip(buf: Buffer): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  for (const name of Object.keys(src.files).sort()) {
    const entry = src.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("nodebuffer"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** A deterministic pseudo-random generator (the examples' mulberry32) for filler bytes and values. */
export function seeded(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

export function randomBytes(n: number, seed: number): Buffer {
  const rnd = seeded(seed);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256);
  return b;
}

/**
 * A minimal Compound File Binary (OLE2) container: header + one FAT sector + one directory sector
 * holding the named streams (empty). Enough for a sniffer; Excel would refuse it, as it should.
 */
export function oleContainer(streamNames: readonly string[]): Buffer {
  const sector = 512;
  const header = Buffer.alloc(sector, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift: 512
  header.writeUInt16LE(6, 32); // mini sector shift: 64
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(0x1000, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  header.writeUInt32LE(0xfffffffe, 68); // no DIFAT
  header.writeUInt32LE(0, 76); // DIFAT[0] = sector 0 (the FAT)
  for (let i = 1; i < 109; i++) header.writeUInt32LE(0xffffffff, 76 + i * 4);
  const fat = Buffer.alloc(sector, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: directory, end of chain
  const dir = Buffer.alloc(sector, 0);
  const entries = ["Root Entry", ...streamNames].slice(0, 4);
  entries.forEach((name, i) => {
    const at = i * 128;
    const utf16 = Buffer.from(name + "\0", "utf16le");
    utf16.copy(dir, at);
    dir.writeUInt16LE(utf16.length, at + 64);
    dir[at + 66] = i === 0 ? 5 : 2; // root storage / stream
    dir.writeUInt32LE(0xffffffff, at + 68);
    dir.writeUInt32LE(0xffffffff, at + 72);
    dir.writeUInt32LE(i === 0 && entries.length > 1 ? 1 : 0xffffffff, at + 76);
    if (i > 0) dir.writeUInt32LE(i + 1 < entries.length ? i + 1 : 0xffffffff, at + 72);
    dir.writeUInt32LE(0xfffffffe, at + 116);
  });
  return Buffer.concat([header, fat, dir]);
}
