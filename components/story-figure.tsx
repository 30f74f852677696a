import { ResponsiveImage, type ResponsiveImageSource } from './responsive-image';

/** An image of a story as one language's readers see it: its alt text, caption and credit line. */
export type FigureImage = ResponsiveImageSource & {
  alt: string;
  caption: string;
  /** The whole credit line in the reader's language ("Photo: IOM, Kazakhstan, May 2021"), or ''. */
  credit: string;
};

/**
 * A story's picture with its caption and credit under it. Width and height are set (no layout
 * shift); the hero loads eagerly, every other figure lazily.
 */
export function StoryFigure({ image, sizes, priority = false, id, className }: { image: FigureImage; sizes: string; priority?: boolean; id?: string; className?: string }) {
  return (
    <figure id={id} className={className}>
      <ResponsiveImage image={image} alt={image.alt} sizes={sizes} priority={priority} className="h-auto w-full rounded" />
      {image.caption || image.credit ? (
        <figcaption className="mt-2 text-base leading-snug text-gray-700 not-italic">
          {image.caption ? <span>{image.caption}</span> : null}
          {image.caption && image.credit ? ' ' : null}
          {image.credit ? <span className="text-sm text-gray-700">{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
