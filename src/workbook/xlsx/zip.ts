/**
 * Just enough ZIP for .xlsx packages, on Node's native zlib: JSZip inflates, deflates, checksums and
 * UTF-8-encodes in JavaScript, which took most of the time of writing a consolidated municipality
 * (≈ 100 MB of sheet XML). No ZIP64, no encryption, no multi-disk: an .xlsx never needs them below 4 GB.
 */
// zlib.crc32 needs Node 20.15 (package.json engines).
import { crc32, deflateRawSync, inflateRawSync } from "zlib";
import { inExcelSpelling } from "./xml-spelling";

/**
 * A part already deflated, as it was written (deflated-text.ts) or as another package stored it
 * (ZipReader.deflated): raw deflate segments that follow one another, the last one ending the stream.
 */
export interface DeflatedPart {
  readonly deflated: readonly Buffer[];
  /** CRC-32 and length of the uncompressed bytes. */
  readonly crc: number;
  readonly size: number;
}

/**
 * A part's content: text, bytes, or already deflated (a sheet of a million rows, compressed as it is
 * built: one string of it would not fit, and its raw bytes are hundreds of MB).
 */
export type ZipContent = string | Buffer | DeflatedPart;

/** Level 1: a few per cent larger than 6, several times faster. */
export const DEFLATE_LEVEL = 1;

function isDeflated(content: ZipContent): content is DeflatedPart {
  return !Buffer.isBuffer(content) && typeof content === "object";
}

export class ZipFormatError extends Error {}

/** A part of an input that does not inflate, found only when the part is first needed (often at save). */
export class DamagedPartError extends ZipFormatError {
  constructor(
    readonly file: string,
    readonly part: string,
  ) {
    super(`damaged part ${part} of ${file}`);
  }
}

interface Entry {
  readonly method: number;
  readonly offset: number;
  readonly compressedSize: number;
  readonly crc: number;
  readonly size: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A read-only view of a ZIP archive; entries inflate on demand. */
export class ZipReader {
  private readonly entries = new Map<string, Entry>();

  /** `label`: the file, named when one of its parts turns out damaged. */
  constructor(
    private readonly buf: Buffer,
    private readonly label = "",
  ) {
    const min = Math.max(0, buf.length - 22 - 0xffff);
    let eocd = -1;
    for (let i = buf.length - 22; i >= min; i--) {
      if (buf.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipFormatError("end of central directory not found");
    const count = buf.readUInt16LE(eocd + 10);
    let p = buf.readUInt32LE(eocd + 16);
    for (let n = 0; n < count; n++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("bad central directory");
      const method = buf.readUInt16LE(p + 10);
      const crc = buf.readUInt32LE(p + 16);
      const compressedSize = buf.readUInt32LE(p + 20);
      const size = buf.readUInt32LE(p + 24);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const offset = buf.readUInt32LE(p + 42);
      const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
      this.entries.set(name, { method, offset, compressedSize, crc, size });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** An entry's content; XML parts in Excel's spelling (xml-spelling.ts). */
  bytes(name: string): Buffer | null {
    const raw = this.inflated(name);
    if (raw === null) return null;
    if (name.endsWith(".rels")) return inExcelSpelling(raw, true);
    return name.endsWith(".xml") ? inExcelSpelling(raw) : raw;
  }

  private inflated(name: string): Buffer | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const data = this.stored(name, e);
    if (e.method === 0) return data;
    if (e.method === 8) {
      try {
        return inflateRawSync(data);
      } catch {
        throw new DamagedPartError(this.label, name);
      }
    }
    throw new ZipFormatError(`unsupported compression ${e.method} for ${name}`);
  }

  /** An entry's deflated bytes as stored, to copy into another package without inflating them. */
  deflated(name: string): DeflatedPart | null {
    const e = this.entries.get(name);
    if (!e || e.method !== 8) return null;
    return { deflated: [this.stored(name, e)], crc: e.crc, size: e.size };
  }

  private stored(name: string, e: Entry): Buffer {
    const b = this.buf;
    if (e.offset + 30 > b.length || b.readUInt32LE(e.offset) !== LOCAL) throw new ZipFormatError(`bad local header for ${name}`);
    const start = e.offset + 30 + b.readUInt16LE(e.offset + 26) + b.readUInt16LE(e.offset + 28);
    return b.subarray(start, start + e.compressedSize);
  }

  text(name: string): string | null {
    const b = this.bytes(name);
    if (!b) return null;
    // A UTF-8 byte order mark would end up inside the first tag's text.
    return b.toString("utf8", b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0);
  }
}

/** A part as the archive stores it: deflated here unless it came deflated. */
function zipped(content: ZipContent): DeflatedPart {
  if (isDeflated(content)) return content;
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { deflated: [deflateRawSync(bytes, { level: DEFLATE_LEVEL })], crc: crc32(bytes) >>> 0, size: bytes.length };
}

/** Writes entries in the given order. */
export function writeZip(entries: Iterable<readonly [string, ZipContent]>): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  // 1980-01-01 00:00 in DOS time: a fixed stamp keeps the same input producing the same bytes.
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  for (const [name, content] of entries) {
    const { deflated: data, crc, size } = zipped(content);
    const compressed = data.reduce((n, b) => n + b.length, 0);
    const nameBuf = Buffer.from(name, "utf8");
    // The local header and the central directory record share these fields; the central one has
    // «version made by» in front of them, so they start two bytes later.
    const fields = (b: Buffer, at: number): void => {
      b.writeUInt16LE(20, at); // version needed to extract
      b.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      b.writeUInt16LE(8, at + 4); // deflate
      b.writeUInt16LE(dosTime, at + 6);
      b.writeUInt16LE(dosDate, at + 8);
      b.writeUInt32LE(crc, at + 10);
      b.writeUInt32LE(compressed, at + 14);
      b.writeUInt32LE(size, at + 18);
      b.writeUInt16LE(nameBuf.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    fields(local, 4);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4); // version made by
    fields(dir, 6);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, nameBuf, ...data);
    central.push(dir, nameBuf);
    offset += 30 + nameBuf.length + compressed;
    count++;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
