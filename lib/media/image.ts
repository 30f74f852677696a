import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import type { MediaVariant } from '@/db/schema';
import { createLimiter } from '../limiter';

export const IMAGE_LIMITS = {
  /** Bytes of one upload. */
  maxBytes: 15 * 1024 * 1024,
  /** Width × height: a decompression bomb is small on the wire and huge in memory. */
  maxPixels: 40_000_000,
};
export type ImageLimits = typeof IMAGE_LIMITS;

/** Widths of the WebP variants; an image narrower than one gets its own width instead, never more. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;
const MAX_VARIANT_WIDTH = 1920;

export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const;
export type AcceptedImageType = (typeof ACCEPTED_IMAGE_TYPES)[number];

export type ImageError = 'empty' | 'too_large' | 'unsupported_type' | 'too_many_pixels' | 'unreadable';

export type ProcessedImage = {
  sha256: string;
  mime: AcceptedImageType;
  width: number;
  height: number;
  bytes: number;
  variants: (MediaVariant & { data: Uint8Array })[];
};

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/**
 * The image type the bytes are, by their magic numbers; null for anything else (SVG, GIF, HEIC,
 * PDF, text…). The name and the declared type of an upload are never consulted.
 */
export function detectImageType(bytes: Uint8Array): AcceptedImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === 'ftyp') {
    // ISO-BMFF: the major brand, then compatible brands up to the box's size. HEIC shares the box.
    const boxSize = Math.min(((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0, bytes.length);
    const brands = [ascii(bytes, 8, 12)];
    for (let i = 16; i + 4 <= boxSize; i += 4) brands.push(ascii(bytes, i, i + 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'image/avif';
  }
  return null;
}

const SHARP_FORMAT: Record<AcceptedImageType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'heif',
};

export function variantWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  const largest = Math.min(width, MAX_VARIANT_WIDTH);
  if (!widths.includes(largest)) widths.push(largest);
  return widths;
}

/**
 * Checks an upload by its bytes and makes its variants: auto-rotated from EXIF orientation, then
 * re-encoded as WebP with no metadata at all (EXIF, GPS, XMP, ICC comments are dropped).
 */
export async function processImage(
  bytes: Uint8Array,
  limits: ImageLimits = IMAGE_LIMITS,
): Promise<{ ok: true; image: ProcessedImage } | { ok: false; error: ImageError }> {
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  if (bytes.length > limits.maxBytes) return { ok: false, error: 'too_large' };
  const mime = detectImageType(bytes);
  if (!mime) return { ok: false, error: 'unsupported_type' };

  let meta: Metadata;
  try {
    // The header only: no pixels are decoded yet.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  if (meta.format !== SHARP_FORMAT[mime] || (mime === 'image/avif' && meta.compression !== 'av1')) return { ok: false, error: 'unsupported_type' };
  if (!meta.width || !meta.height) return { ok: false, error: 'unreadable' };
  if (meta.width * meta.height > limits.maxPixels) return { ok: false, error: 'too_many_pixels' };

  // Orientations 5–8 swap the sides once rotated upright.
  const swap = (meta.orientation ?? 1) >= 5;
  const width = swap ? meta.height : meta.width;
  const height = swap ? meta.width : meta.height;

  // Decoding is where the memory goes: at most IMAGE_DECODE_SLOTS images at once per process.
  return decodeSlots.run(() => makeVariants(bytes, mime, width, height, limits));
}

/** Images decoded at the same time; further uploads wait (a 40 MP image is ~160 MB decoded). */
export const IMAGE_DECODE_SLOTS = 2;
const decodeSlots = createLimiter(IMAGE_DECODE_SLOTS);

async function makeVariants(
  bytes: Uint8Array,
  mime: AcceptedImageType,
  width: number,
  height: number,
  limits: ImageLimits,
): Promise<{ ok: true; image: ProcessedImage } | { ok: false; error: ImageError }> {
  try {
    // failOn 'error' refuses truncated or corrupt files instead of padding them with grey.
    const upright = await sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error' }).rotate().toBuffer();
    const variants = await Promise.all(
      variantWidths(width).map(async (w) => {
        const { data, info } = await sharp(upright, { limitInputPixels: limits.maxPixels })
          .resize({ width: w, withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, bytes: info.size, data: new Uint8Array(data) };
      }),
    );
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { ok: true, image: { sha256, mime, width, height, bytes: bytes.length, variants } };
  } catch {
    return { ok: false, error: 'unreadable' };
  }
}

export { variantKey, variantUrl } from './urls';
