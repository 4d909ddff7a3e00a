import { constants, crc32, deflateRawSync } from "zlib";
import { crc32Combine } from "./crc32-combine";
import { DEFLATE_LEVEL, DeflatedPart } from "./zip";

/** A final block with nothing in it (two bytes): what ends a stream of fully flushed pieces. */
const FINAL = deflateRawSync(Buffer.alloc(0), { level: DEFLATE_LEVEL });

/**
 * Text encoded to UTF-8 and deflated about a megabyte at a time, as it is written. A «Расшифровка» of
 * a million rows is ≈ 450 MB of XML, which was held raw until the whole package was zipped; now only
 * its compressed pieces are kept, several times smaller. Each text is encoded as it comes: rows
 * gathered and joined first lived through several garbage collections and were copied twice more.
 *
 * One deflate stream made of independently deflated pieces, as pigz does: every piece ends in a full
 * flush (byte-aligned, nothing carried over), so pieces — and whole texts — simply follow one another,
 * and an empty final block ends the stream.
 */
export class DeflatedText {
  private static readonly SIZE = 1 << 20;
  /** Scratch space, reused: each full piece is deflated straight from it. */
  private readonly buf: Buffer = Buffer.allocUnsafe(DeflatedText.SIZE);
  private pos = 0;
  private readonly deflated: Buffer[] = [];
  private crc = 0;
  private size = 0;

  push(s: string): void {
    // A UTF-16 unit never takes more than three UTF-8 bytes (a surrogate pair: four for two units).
    const most = s.length * 3;
    if (this.pos + most > this.buf.length) {
      this.seal();
      if (most > this.buf.length) {
        this.take(Buffer.from(s, "utf8"));
        return;
      }
    }
    this.pos += this.buf.write(s, this.pos, "utf8");
  }

  /** Takes over another's text, after what this one holds; the other is done with. */
  append(other: DeflatedText): void {
    this.seal();
    other.seal();
    for (const d of other.deflated) this.deflated.push(d);
    this.crc = crc32Combine(this.crc, other.crc, other.size);
    this.size += other.size;
  }

  done(): DeflatedPart {
    this.seal();
    return { deflated: [...this.deflated, FINAL], crc: this.crc >>> 0, size: this.size };
  }

  private seal(): void {
    if (this.pos === 0) return;
    this.take(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }

  private take(piece: Buffer): void {
    this.crc = crc32(piece, this.crc);
    this.size += piece.length;
    this.deflated.push(deflateRawSync(piece, { level: DEFLATE_LEVEL, finishFlush: constants.Z_FULL_FLUSH }));
  }
}
