import sharp from 'sharp';
import type { MediaText } from '../mutations/media';

export type DemoImage = {
  key: string;
  fileName: string;
  creditDate: string;
  en: MediaText;
  ru: MediaText;
  /** Two colours of the gradient and one of the shapes: each demo image looks different. */
  colours: [string, string, string];
};

// Credits follow the IOM digest's photos (reference/); the pictures themselves are drawn here.
export const demoImages: DemoImage[] = [
  {
    key: 'istanbul',
    fileName: 'istanbul-consultation.png',
    creditDate: '2021-05-26',
    colours: ['#0b3d91', '#4f9fd6', '#f2c14e'],
    en: {
      alt: 'Abstract illustration: blue gradient with three overlapping gold circles',
      caption: 'Placeholder for a photo of the regional consultation in Istanbul.',
      creditBy: 'IOM',
      creditPlace: 'Istanbul',
    },
    ru: {
      alt: 'Абстрактная иллюстрация: синий градиент и три пересекающихся золотых круга',
      caption: 'Иллюстрация вместо фотографии с региональной консультации в Стамбуле.',
      creditBy: 'МОМ',
      creditPlace: 'Стамбул',
    },
  },
  {
    key: 'kazakhstan',
    fileName: 'kazakhstan-field-visit.png',
    creditDate: '2021-05',
    colours: ['#1d6b50', '#9fd8b5', '#ffffff'],
    en: {
      alt: 'Abstract illustration: green gradient with white diagonal stripes',
      caption: 'Placeholder for a photo from a field visit in Kazakhstan.',
      creditBy: 'IOM',
      creditPlace: 'Kazakhstan',
    },
    ru: {
      alt: 'Абстрактная иллюстрация: зелёный градиент с белыми диагональными полосами',
      caption: 'Иллюстрация вместо фотографии с выезда в Казахстане.',
      creditBy: 'МОМ',
      creditPlace: 'Казахстан',
    },
  },
  {
    key: 'bishkek',
    fileName: 'bishkek-focal-points-retreat.png',
    creditDate: '2021-05',
    colours: ['#6a1b4d', '#e08eb5', '#fde2ef'],
    en: {
      alt: 'Abstract illustration: plum gradient with a row of pale pink squares',
      caption: 'Placeholder for a photo of the migration focal points retreat in Bishkek.',
      creditBy: 'IOM',
      creditPlace: 'Bishkek',
    },
    ru: {
      alt: 'Абстрактная иллюстрация: сливовый градиент с рядом бледно-розовых квадратов',
      caption: 'Иллюстрация вместо фотографии с выездного совещания координаторов по вопросам миграции в Бишкеке.',
      creditBy: 'МОМ',
      creditPlace: 'Бишкек',
    },
  },
  {
    key: 'tashkent',
    fileName: 'tashkent-border-health.png',
    creditDate: '2021-05-22',
    colours: ['#7a3e00', '#f0a04b', '#2b2b2b'],
    en: {
      alt: 'Abstract illustration: amber gradient with dark concentric rings',
      caption: 'Placeholder for a photo of the border health security project launch in Tashkent.',
      creditBy: 'IOM',
      creditPlace: 'Tashkent',
    },
    ru: {
      alt: 'Абстрактная иллюстрация: янтарный градиент с тёмными концентрическими кольцами',
      caption: 'Иллюстрация вместо фотографии с запуска проекта по охране здоровья на границах в Ташкенте.',
      creditBy: 'МОМ',
      creditPlace: 'Ташкент',
    },
  },
  {
    key: 'almaty',
    fileName: 'almaty-meeting.png',
    creditDate: '2021-05-28',
    colours: ['#233142', '#6c8eb2', '#e3e3e3'],
    en: {
      alt: 'Abstract illustration: slate gradient with a light grey triangle',
      caption: 'Placeholder for a photo of the meeting in Almaty.',
      creditBy: 'IOM',
      creditPlace: 'Almaty',
    },
    ru: {
      alt: 'Абстрактная иллюстрация: графитовый градиент со светло-серым треугольником',
      caption: 'Иллюстрация вместо фотографии со встречи в Алматы.',
      creditBy: 'МОМ',
      creditPlace: 'Алматы',
    },
  },
];

// Drawn on a 1440 × 960 canvas, rendered smaller: the demo needs variants, not big files.
const WIDTH = 1200;
const HEIGHT = 800;

function shapes(key: string, colour: string): string {
  switch (key) {
    case 'istanbul':
      return [420, 720, 1020].map((x) => `<circle cx="${x}" cy="480" r="260" fill="${colour}" fill-opacity="0.55"/>`).join('');
    case 'kazakhstan':
      return Array.from({ length: 8 }, (_, i) => `<rect x="${i * 220 - 400}" y="-200" width="70" height="1500" fill="${colour}" fill-opacity="0.35" transform="rotate(30 720 480)"/>`).join('');
    case 'bishkek':
      return Array.from({ length: 5 }, (_, i) => `<rect x="${130 + i * 250}" y="380" width="180" height="180" rx="12" fill="${colour}" fill-opacity="0.8"/>`).join('');
    case 'tashkent':
      return Array.from({ length: 6 }, (_, i) => `<circle cx="720" cy="480" r="${80 + i * 70}" fill="none" stroke="${colour}" stroke-width="18" stroke-opacity="0.6"/>`).join('');
    default:
      return `<polygon points="720,160 1120,800 320,800" fill="${colour}" fill-opacity="0.8"/>`;
  }
}

/** A PNG drawn from an SVG of our own (text-free shapes on a gradient): no downloads at seed time. */
export function renderDemoImage(image: DemoImage): Promise<Buffer> {
  const [from, to, shape] = image.colours;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 1440 960">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes(image.key, shape)}</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
}
