import { thumbnailOf } from '@/lib/media/summary';
import type { MediaVariant } from '@/db/schema';

/**
 * An image's smallest variant, for the admin's lists and previews: a few kilobytes, width and
 * height set. Without `alt` it is decorative (a file name or alt text stands beside it).
 */
export function Thumbnail({
  image,
  alt = '',
  lang,
  className,
}: {
  image: { sha256: string; width: number; height: number; variants: readonly MediaVariant[] };
  alt?: string;
  lang?: string;
  className?: string;
}) {
  const thumb = thumbnailOf(image);
  if (!thumb.src) return null;
  // Variants are made at upload (sharp); the smallest is the thumbnail, nothing to optimise on demand.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={thumb.src} width={thumb.width} height={thumb.height} alt={alt} lang={alt ? lang : undefined} loading="lazy" decoding="async" className={className} />;
}
