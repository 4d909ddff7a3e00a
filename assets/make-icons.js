#!/usr/bin/env node
// Draws the ribbon/store icons (a white «М» over a rising bar on Excel green) as real PNGs with
// zlib only, so the icons are reproducible without an image editor: `node assets/make-icons.js`.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x21, 0x73, 0x46];
const LIGHT = [0xa9, 0xd8, 0xb8];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

// Shapes in a 0..1 square; each pixel is supersampled 4×4 for smooth edges.
function insideRoundedSquare(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
const M_STROKES = [
  [0.24, 0.76, 0.24, 0.24],
  [0.24, 0.24, 0.5, 0.58],
  [0.5, 0.58, 0.76, 0.24],
  [0.76, 0.24, 0.76, 0.76],
];
function inLetter(x, y) {
  return M_STROKES.some(([ax, ay, bx, by]) => distToSegment(x, y, ax, ay, bx, by) <= 0.075);
}
function inBar(x, y) {
  return y >= 0.84 && y <= 0.9 && x >= 0.16 && x <= 0.84;
}

function pixel(size, px, py) {
  const n = 4;
  let bg = 0;
  let fg = 0;
  let bar = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = (px + (i + 0.5) / n) / size;
      const y = (py + (j + 0.5) / n) / size;
      if (!insideRoundedSquare(x, y)) continue;
      bg++;
      if (inLetter(x, y)) fg++;
      else if (inBar(x, y)) bar++;
    }
  }
  const total = n * n;
  if (bg === 0) return [0, 0, 0, 0];
  const mix = (k) => Math.round((GREEN[k] * (bg - fg - bar) + 255 * fg + LIGHT[k] * bar) / bg);
  return [mix(0), mix(1), mix(2), Math.round((255 * bg) / total)];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  let o = 0;
  for (let y = 0; y < size; y++) {
    raw[o++] = 0; // filter: none
    for (let x = 0; x < size; x++) for (const v of pixel(size, x, y)) raw[o++] = v;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
