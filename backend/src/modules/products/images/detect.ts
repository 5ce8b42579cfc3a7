import { imageUnreadable, unsupportedImageType } from './problems.js';

/** What the bytes are, whatever the file's name or Content-Type claims. */
export type ImageType = 'jpeg' | 'png' | 'webp' | 'avif';

const ascii = (bytes: Buffer, from: number, to: number) => bytes.toString('latin1', from, to);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The type from the file's magic numbers; 415 for anything else (SVG, GIF, text, HEIC...). */
export function detectImageType(bytes: Buffer): ImageType {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === 'ftyp' && isAvifBrand(bytes)) return 'avif';
  throw unsupportedImageType();
}

// The ftyp box: major brand, minor version, then compatible brands. An AVIF names avif (still) or
// avis (sequence) among them; HEIC (heic, mif1 alone) is another codec and is refused.
function isAvifBrand(bytes: Buffer): boolean {
  const size = Math.min(bytes.readUInt32BE(0), bytes.length);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands.includes('avif') || brands.includes('avis');
}

/** A file read as its format's structure: where the picture ends, and its parts that are not pixels. */
interface Layout {
  /** The offset after the picture's last byte; null when the file ends before the picture does. */
  end: number | null;
  /** Metadata and headers (EXIF, comments, text chunks...): where markup would hide. */
  metadata: Array<[from: number, to: number]>;
}

// Markup a browser or an interpreter would act on. Looked for in the metadata only: compressed
// pixel data is random enough to spell "<svg" by chance about once in a hundred 10 MB files.
const ACTIVE_CONTENT = /<\s*(script|html|svg|iframe|object|embed|body|meta|\?php)\b|javascript:/i;

/**
 * Refuses a file that is more than one picture of its type: cut short (422 truncated), followed by
 * other data (a polyglot, e.g. a JPEG with a ZIP or HTML after it: trailing_data), or carrying
 * markup in its metadata (active_content). The re-encoding would drop all of it, but a file that
 * is two things at once is refused rather than quietly repaired.
 */
export function assertSinglePicture(bytes: Buffer, type: ImageType): void {
  const layout = LAYOUT_OF[type](bytes);
  if (layout.end === null) throw imageUnreadable('truncated');
  if (layout.metadata.some(([from, to]) => ACTIVE_CONTENT.test(ascii(bytes, from, to)))) throw imageUnreadable('active_content');
  if (layout.end < bytes.length) throw imageUnreadable('trailing_data');
}

const LAYOUT_OF: Record<ImageType, (bytes: Buffer) => Layout> = {
  jpeg: (bytes) => jpegLayout(bytes, 0, []),
  png: pngLayout,
  webp: webpLayout,
  avif: avifLayout,
};

// JPEG: segments with lengths until a start of scan, then entropy-coded data up to the next marker
// (0xFF not followed by 0x00, a restart marker or fill), and so on until the end-of-image marker.
// A camera's second picture (MPF, e.g. a depth map) may follow as another whole JPEG.
function jpegLayout(bytes: Buffer, from: number, metadata: Layout['metadata']): Layout {
  const cut = { end: null, metadata };
  let at = from + 2;
  for (;;) {
    if (at >= bytes.length || bytes[at] !== 0xff) return cut;
    while (bytes[at] === 0xff) at++;
    if (at >= bytes.length) return cut;
    const marker = bytes[at++]!;
    if (marker === 0xd9) return afterJpeg(bytes, at, metadata);
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue;
    if (at + 2 > bytes.length) return cut;
    const length = bytes.readUInt16BE(at);
    if (length < 2 || at + length > bytes.length) return cut;
    metadata.push([at, at + length]);
    at += length;
    if (marker !== 0xda) continue;
    for (;;) {
      if (at + 1 >= bytes.length) return cut;
      if (bytes[at] !== 0xff) at++;
      else if (bytes[at + 1] === 0x00 || (bytes[at + 1]! >= 0xd0 && bytes[at + 1]! <= 0xd7)) at += 2;
      else if (bytes[at + 1] === 0xff) at++;
      else break;
    }
  }
}

// After a JPEG's end: nothing, zero padding some encoders leave, or another whole JPEG.
function afterJpeg(bytes: Buffer, at: number, metadata: Layout['metadata']): Layout {
  let next = at;
  while (next < bytes.length && bytes[next] === 0x00) next++;
  if (next === bytes.length) return { end: next, metadata };
  if (bytes[next] === 0xff && bytes[next + 1] === 0xd8 && bytes[next + 2] === 0xff) {
    const second = jpegLayout(bytes, next, metadata);
    if (second.end !== null) return second;
  }
  return { end: at, metadata };
}

// PNG: length, type, data, CRC per chunk, up to and including IEND.
function pngLayout(bytes: Buffer): Layout {
  const metadata: Layout['metadata'] = [];
  let at = 8;
  for (;;) {
    if (at + 8 > bytes.length) return { end: null, metadata };
    const length = bytes.readUInt32BE(at);
    const type = ascii(bytes, at + 4, at + 8);
    if (at + 12 + length > bytes.length) return { end: null, metadata };
    if (type !== 'IDAT' && type !== 'fdAT') metadata.push([at + 8, at + 8 + length]);
    at += 12 + length;
    if (type === 'IEND') return { end: at, metadata };
  }
}

// WebP: one RIFF container whose size is in its header; its chunks (padded to even sizes) follow.
function webpLayout(bytes: Buffer): Layout {
  const end = 8 + bytes.readUInt32LE(4);
  if (end > bytes.length) return { end: null, metadata: [] };
  const metadata: Layout['metadata'] = [];
  for (let at = 12; at + 8 <= end; ) {
    const type = ascii(bytes, at, at + 4);
    const length = bytes.readUInt32LE(at + 4);
    if (!['VP8 ', 'VP8L', 'ALPH', 'ANMF'].includes(type)) metadata.push([at + 8, Math.min(end, at + 8 + length)]);
    at += 8 + length + (length % 2);
  }
  return { end, metadata };
}

// The top-level boxes an ISO base media file (AVIF, HEIF, MP4) may have.
const TOP_LEVEL_BOXES = new Set(['ftyp', 'meta', 'mdat', 'moov', 'moof', 'mfra', 'free', 'skip', 'uuid', 'styp', 'sidx', 'ssix', 'prft', 'emsg', 'etyp', 'pdin', 'wide']);

// ISO base media (AVIF): top-level boxes, each with its size (32-bit, 64-bit when 1, or "to the end
// of the file" when 0). The pixels are in mdat; anything that is not such a box ends the picture.
function avifLayout(bytes: Buffer): Layout {
  const metadata: Layout['metadata'] = [];
  let at = 0;
  while (at + 8 <= bytes.length) {
    const type = ascii(bytes, at + 4, at + 8);
    if (!TOP_LEVEL_BOXES.has(type)) break;
    let size = bytes.readUInt32BE(at);
    if (size === 0) size = bytes.length - at;
    else if (size === 1) {
      if (at + 16 > bytes.length) return { end: null, metadata };
      size = Number(bytes.readBigUInt64BE(at + 8));
    }
    if (size < 8) break;
    if (at + size > bytes.length) return { end: null, metadata };
    if (type !== 'mdat') metadata.push([at + 8, at + size]);
    at += size;
  }
  return { end: at, metadata };
}
