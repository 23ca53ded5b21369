import { inflateSync } from 'node:zlib';

/** The pixels of an 8-bit RGBA, non-interlaced PNG (what resvg writes), decoded without resvg. */
export interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  rgba: Buffer;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export const decodePng = (png: Buffer): DecodedPng => {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('Not a PNG');
  let offset = 8;
  let header: Omit<DecodedPng, 'rgba'> | undefined;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        bitDepth: data[8] ?? 0,
        colourType: data[9] ?? 0,
      };
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!header) throw new Error('PNG has no IHDR');
  if (header.bitDepth !== 8 || header.colourType !== 6) throw new Error('Only 8-bit RGBA');
  return {
    ...header,
    rgba: unfilter(inflateSync(Buffer.concat(idat)), header.width, header.height),
  };
};

/** Undoes the per-row filters of PNG §9 (None, Sub, Up, Average, Paeth), 4 bytes per pixel. */
const unfilter = (raw: Buffer, width: number, height: number): Buffer => {
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  const at = (buf: Buffer, i: number) => (i >= 0 ? (buf[i] ?? 0) : 0);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = y * (stride + 1) + 1;
    const base = y * stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[row + x] ?? 0;
      const left = x >= 4 ? at(out, base + x - 4) : 0;
      const up = y > 0 ? at(out, base - stride + x) : 0;
      const upLeft = x >= 4 && y > 0 ? at(out, base - stride + x - 4) : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) predictor = paeth(left, up, upLeft);
      out[base + x] = (value + predictor) & 0xff;
    }
  }
  return out;
};

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** How many pixels have each colour, as `#rrggbb` (alpha ignored: resvg's output is opaque). */
export const colourCounts = ({ rgba }: DecodedPng): Map<string, number> => {
  const counts = new Map<string, number>();
  for (let i = 0; i < rgba.length; i += 4) {
    const hex = `#${rgba.subarray(i, i + 3).toString('hex')}`;
    counts.set(hex, (counts.get(hex) ?? 0) + 1);
  }
  return counts;
};
