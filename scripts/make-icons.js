/**
 * Writes the add-in's ribbon and store icons (assets/icon-<size>.png): a teal disc with a white rising bar,
 * drawn per pixel with 4× supersampling and encoded as PNG with Node's zlib, so no image tool is needed.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const TEAL = [0, 120, 112];
const WHITE = [255, 255, 255];
const SAMPLES = 4;

/** Colour and coverage at a point of the unit square: the disc, and a white bar chart inside it. */
function shade(x, y) {
  const inDisc = (x - 0.5) ** 2 + (y - 0.5) ** 2 <= 0.47 ** 2;
  if (!inDisc) return null;
  const bars = [
    [0.27, 0.37, 0.58],
    [0.45, 0.55, 0.45],
    [0.63, 0.73, 0.3],
  ];
  const inBar = bars.some(([left, right, top]) => x >= left && x < right && y >= top && y < 0.72);
  return inBar ? WHITE : TEAL;
}

function pixels(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = shade((col + (sx + 0.5) / SAMPLES) / size, (row + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          covered++;
          colour.forEach((channel, i) => (sum[i] += channel));
        }
      }
      const at = (row * size + col) * 4;
      if (covered > 0) sum.forEach((total, i) => (rgba[at + i] = Math.round(total / covered)));
      rgba[at + 3] = Math.round((255 * covered) / SAMPLES ** 2);
    }
  }
  return rgba;
}

function png(size, rgba) {
  const scanlines = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) rgba.copy(scanlines, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const directory = path.join(__dirname, '..', 'assets');
fs.mkdirSync(directory, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(directory, `icon-${size}.png`), png(size, pixels(size)));
console.log(`Wrote ${SIZES.map((size) => `assets/icon-${size}.png`).join(', ')}`);
