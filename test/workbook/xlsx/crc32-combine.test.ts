import { randomBytes } from "crypto";
import { crc32 } from "zlib";
import { crc32Combine } from "../../../src/workbook/xlsx/crc32-combine";

describe("crc32Combine: the checksum of two runs joined, from theirs", () => {
  // A sheet's rows are checksummed before its opening exists; the part's CRC-32 in the ZIP must still
  // be that of opening + rows, or Excel reports the file as damaged.
  test.each([
    [0, 0],
    [0, 17],
    [17, 0],
    [1, 1],
    [3, 12_345],
    [1_000, 1 << 20],
    [1 << 20, 7],
  ])("%i bytes then %i bytes", (first, second) => {
    const a = randomBytes(first);
    const b = randomBytes(second);
    expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(Buffer.concat([a, b])) >>> 0);
  });

  test("chains: three runs combined two at a time", () => {
    const runs = [randomBytes(100), randomBytes(70_000), randomBytes(5)];
    let crc = 0;
    for (const r of runs) crc = crc32Combine(crc, crc32(r), r.length);
    expect(crc).toBe(crc32(Buffer.concat(runs)) >>> 0);
  });
});
