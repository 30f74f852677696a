import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ResponsiveImage } from './responsive-image';

const sha = 'a'.repeat(64);
const image = {
  sha256: sha,
  width: 1000,
  height: 500,
  variants: [
    { width: 640, height: 320, bytes: 1 },
    { width: 320, height: 160, bytes: 1 },
    { width: 1000, height: 500, bytes: 1 },
    { width: 960, height: 480, bytes: 1 },
  ],
};

describe('ResponsiveImage', () => {
  it('offers every variant in srcset with sizes, sets width and height, and loads lazily', () => {
    const html = renderToStaticMarkup(<ResponsiveImage image={image} alt="Delegates at the Almaty Process meeting" sizes="(min-width: 768px) 50vw, 100vw" />);
    expect(html).toContain(`srcSet="/media/images/${sha}/320.webp 320w, /media/images/${sha}/640.webp 640w, /media/images/${sha}/960.webp 960w, /media/images/${sha}/1000.webp 1000w"`);
    expect(html).toContain('sizes="(min-width: 768px) 50vw, 100vw"');
    expect(html).toContain(`src="/media/images/${sha}/960.webp"`);
    expect(html).toContain('width="1000"');
    expect(html).toContain('height="500"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('alt="Delegates at the Almaty Process meeting"');
  });

  it('loads a hero above the fold at once', () => {
    const html = renderToStaticMarkup(<ResponsiveImage image={image} alt="Делегаты" priority />);
    expect(html).toContain('loading="eager"');
    expect(html).toContain('fetchPriority="high"');
    expect(html).toContain('alt="Делегаты"');
  });

  it('keeps an empty alt for a decorative image rather than leaving it out', () => {
    expect(renderToStaticMarkup(<ResponsiveImage image={image} alt="" />)).toContain('alt=""');
  });
});
