import type { MediaVariant } from '@/db/schema';
import { variantUrl } from '@/lib/media/urls';

export type ResponsiveImageSource = { sha256: string; width: number; height: number; variants: readonly MediaVariant[] };

/**
 * An uploaded image at the size the layout needs: the browser picks a WebP variant from srcset
 * and sizes; width and height reserve its box so nothing shifts while it loads. Lazy unless
 * `priority` (the hero above the fold). `alt` is the reader's locale's alt text; an empty alt
 * marks the image as decorative.
 */
export function ResponsiveImage({
  image,
  alt,
  sizes = '100vw',
  priority = false,
  className,
}: {
  image: ResponsiveImageSource;
  alt: string;
  sizes?: string;
  priority?: boolean;
  className?: string;
}) {
  const variants = [...image.variants].sort((a, b) => a.width - b.width);
  const largest = variants.at(-1);
  // The fallback src: the variant nearest 960 px, enough for a browser without srcset.
  const fallback = variants.find((v) => v.width >= 960) ?? largest;
  return (
    // The variants are made once at upload (sharp), so next/image's on-demand optimizer is not needed.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={fallback ? variantUrl(image.sha256, fallback.width) : undefined}
      srcSet={variants.map((v) => `${variantUrl(image.sha256, v.width)} ${v.width}w`).join(', ')}
      sizes={sizes}
      width={largest?.width ?? image.width}
      height={largest?.height ?? image.height}
      alt={alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={className ?? 'h-auto max-w-full'}
    />
  );
}
