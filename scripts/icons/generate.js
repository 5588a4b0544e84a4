#!/usr/bin/env node
/**
 * Writes the add-in's icons (assets/icon-<size>.png): a «500+» mark, white on the programme's blue,
 * drawn from a 3×5 pixel font and anti-aliased by supersampling. Plain Node (zlib), no image library.
 * Run: node scripts/icons/generate.js
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0x1f, 0x4e, 0x79];
const FOREGROUND = [0xff, 0xff, 0xff];

// 3×5 glyphs, rows top to bottom.
const GLYPHS = {
  5: ["###", "#..", "###", "..#", "###"],
  0: ["###", "#.#", "#.#", "#.#", "###"],
  "+": ["...", ".#.", "###", ".#.", "..."],
};
const TEXT = "500+";
const TEXT_COLS = TEXT.length * 4 - 1; // glyphs 3 wide, 1 column apart
const TEXT_ROWS = 5;

function inText(u, v) {
  // u, v in text units; (0,0) top-left of the text block
  if (u < 0 || v < 0 || u >= TEXT_COLS || v >= TEXT_ROWS) return false;
  const col = Math.floor(u);
  const glyph = GLYPHS[TEXT[Math.floor(col / 4)]];
  const x = col % 4;
  return x < 3 && glyph[Math.floor(v)][x] === "#";
}

function inRoundedSquare(x, y, size) {
  const r = size * 0.18;
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function render(size) {
  const unit = size / (TEXT_COLS + 2);
  const left = (size - TEXT_COLS * unit) / 2;
  const top = (size - TEXT_ROWS * unit) / 2;
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          if (!inRoundedSquare(x, y, size)) continue;
          if (inText((x - left) / unit, (y - top) / unit)) fg++;
          else bg++;
        }
      }
      const covered = bg + fg;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[i + c] = covered ? Math.round((BACKGROUND[c] * bg + FOREGROUND[c] * fg) / covered) : 0;
      }
      rgba[i + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return rgba;
}

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
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, "../../assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size, render(size)));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
