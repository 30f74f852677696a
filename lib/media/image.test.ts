import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { detectImageType, IMAGE_LIMITS, processImage, variantWidths } from './image';

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer();

describe('detectImageType', () => {
  it('knows an image by its bytes, whatever its name says', async () => {
    expect(detectImageType(await png(4, 4))).toBe('image/png');
    const jpeg = await sharp({ create: { width: 4, height: 4, channels: 3, background: 'white' } }).jpeg().toBuffer();
    expect(detectImageType(jpeg)).toBe('image/jpeg');
    const webp = await sharp({ create: { width: 4, height: 4, channels: 3, background: 'white' } }).webp().toBuffer();
    expect(detectImageType(webp)).toBe('image/webp');
    const avif = await sharp({ create: { width: 16, height: 16, channels: 3, background: 'white' } }).avif().toBuffer();
    expect(detectImageType(avif)).toBe('image/avif');
  });

  it('does not recognise SVG, GIF or text', async () => {
    expect(detectImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(detectImageType(await sharp({ create: { width: 4, height: 4, channels: 3, background: 'white' } }).gif().toBuffer())).toBeNull();
    expect(detectImageType(new TextEncoder().encode('just some text in a file called photo.png'))).toBeNull();
  });
});

describe('processImage', () => {
  it('accepts a PNG renamed .jpg as a PNG: the name is never consulted', async () => {
    const result = await processImage(await png(50, 40));
    expect(result).toMatchObject({ ok: true, image: { mime: 'image/png', width: 50, height: 40 } });
  });

  it('refuses an SVG (even with a script), a text file and an empty file', async () => {
    const svg = new TextEncoder().encode('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    expect(await processImage(svg)).toEqual({ ok: false, error: 'unsupported_type' });
    expect(await processImage(new TextEncoder().encode('not an image'))).toEqual({ ok: false, error: 'unsupported_type' });
    expect(await processImage(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
  });

  it('refuses a file over the size limit before looking at it', async () => {
    expect(await processImage(new Uint8Array(IMAGE_LIMITS.maxBytes + 1))).toEqual({ ok: false, error: 'too_large' });
  });

  it('refuses an image with too many pixels, reading only its header', async () => {
    const big = await png(300, 200);
    expect(await processImage(big, { ...IMAGE_LIMITS, maxPixels: 59_999 })).toEqual({ ok: false, error: 'too_many_pixels' });
    expect((await processImage(big, { ...IMAGE_LIMITS, maxPixels: 60_000 })).ok).toBe(true);
  });

  it('refuses a truncated file', async () => {
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: 'red' } }).jpeg().toBuffer();
    expect(await processImage(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toEqual({ ok: false, error: 'unreadable' });
  });

  it('makes WebP variants at the standard widths, never wider than the original', async () => {
    const result = await processImage(await png(1000, 500));
    if (!result.ok) throw new Error(result.error);
    expect(result.image.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 160],
      [640, 320],
      [960, 480],
      [1000, 500],
    ]);
    for (const v of result.image.variants) expect((await sharp(v.data).metadata()).format).toBe('webp');

    const small = await processImage(await png(200, 100));
    if (!small.ok) throw new Error(small.error);
    expect(small.image.variants.map((v) => v.width)).toEqual([200]);
    expect(variantWidths(4000)).toEqual([320, 640, 960, 1280, 1920]);
  });

  it('strips EXIF, including GPS position, from every variant', async () => {
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: 'green' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Camera', Copyright: 'Someone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 15/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '76/1 54/1 0/1' } })
      .toBuffer();
    const before = await sharp(jpeg).metadata();
    expect(before.exif?.toString('latin1')).toContain('Camera');
    const result = await processImage(jpeg);
    if (!result.ok) throw new Error(result.error);
    for (const v of result.image.variants) {
      const meta = await sharp(v.data).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(Buffer.from(v.data).toString('latin1')).not.toContain('GPS');
      expect(Buffer.from(v.data).toString('latin1')).not.toContain('Camera');
    }
  });

  it('turns an image upright from its EXIF orientation before dropping it', async () => {
    const jpeg = await sharp({ create: { width: 400, height: 200, channels: 3, background: 'blue' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const result = await processImage(jpeg);
    if (!result.ok) throw new Error(result.error);
    expect([result.image.width, result.image.height]).toEqual([200, 400]);
    expect(result.image.variants.at(-1)).toMatchObject({ width: 200, height: 400 });
  });
});
