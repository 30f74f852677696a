// Where variants live, without sharp: client components (thumbnails in the editor) need the URLs too.

export function variantKey(sha256: string, width: number): string {
  return `images/${sha256}/${width}.webp`;
}

/** The public URL of a variant; its name changes with its content, so it may be cached for ever. */
export function variantUrl(sha256: string, width: number): string {
  return `/media/${variantKey(sha256, width)}`;
}
