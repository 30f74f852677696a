import type { ContentLocale, MediaVariant } from '@/db/schema';
import { variantUrl } from './urls';

/** What the admin shows of an image when choosing or placing it: a thumbnail, its name, its alt text. */
export type MediaSummary = {
  id: number;
  name: string;
  sha256: string;
  width: number;
  height: number;
  variants: MediaVariant[];
  alt: Record<ContentLocale, string>;
};

/** The smallest variant: a thumbnail that costs a few kilobytes. */
export function thumbnailOf(image: { sha256: string; width: number; height: number; variants: readonly MediaVariant[] }): { src: string; width: number; height: number } {
  const smallest = [...image.variants].sort((a, b) => a.width - b.width)[0];
  if (!smallest) return { src: '', width: image.width, height: image.height };
  return { src: variantUrl(image.sha256, smallest.width), width: smallest.width, height: smallest.height };
}
