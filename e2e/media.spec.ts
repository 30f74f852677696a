import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { signIn } from './fixtures';

async function signInAs(page: Page, email: string) {
  await page.goto('/en/admin/sign-in');
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
}

/** A PNG no earlier run uploaded (the library stores the same bytes once). */
async function uniquePng(): Promise<Buffer> {
  const r = Math.floor(Math.random() * 256);
  const g = Math.floor(Math.random() * 256);
  return sharp({ create: { width: 1100, height: 700, channels: 3, background: { r, g, b: Date.now() % 256 } } }).png().toBuffer();
}

test('an editor uploads a PNG, sees it in the library, describes it in both languages, and its variant is served for ever', async ({ page }) => {
  test.slow();
  await signInAs(page, 'editor@example.org');
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Media' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Media library' })).toBeVisible();

  const name = `e2e-photo-${Date.now()}.png`;
  await page.getByLabel('Choose images').setInputFiles({ name, mimeType: 'image/png', buffer: await uniquePng() });
  const progress = page.getByRole('progressbar', { name: `Uploading ${name}` });
  await expect(page.getByText(`${name}: uploaded.`)).toBeVisible({ timeout: 15_000 });
  await expect(progress).toHaveAttribute('value', await progress.getAttribute('max').then(String));

  const card = page.getByRole('listitem').filter({ hasText: name });
  await expect(card.getByText('No alt text', { exact: true })).toBeVisible();
  await card.getByRole('link', { name: `Edit ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit image: ${name}` })).toBeVisible();

  const alt = `Volunteers hand out water at a border post ${Date.now()}`;
  await page.getByRole('group', { name: 'In English' }).getByLabel('Alt text').fill(alt);
  await page.getByRole('group', { name: 'In English' }).getByLabel('Photographer or organisation').fill('IOM');
  await page.getByRole('group', { name: 'In English' }).getByLabel('Place').fill('Kazakhstan');
  await page.getByRole('group', { name: 'In Russian' }).getByLabel('Alt text').fill('Волонтёры раздают воду на пограничном посту');
  await page.getByRole('group', { name: 'In Russian' }).getByLabel('Photographer or organisation').fill('МОМ');
  await page.getByRole('group', { name: 'In Russian' }).getByLabel('Place').fill('Казахстан');
  await page.getByLabel('Date taken').fill('2021-05');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('group', { name: 'In Russian' }).getByLabel('Alt text')).toHaveValue('Волонтёры раздают воду на пограничном посту');
  await expect(page.getByText('Photo: IOM, Kazakhstan, May 2021')).toBeVisible();
  await expect(page.getByText('Фото: МОМ, Казахстан, май 2021')).toBeVisible();
  const image = page.getByRole('img', { name: alt });
  await expect(image).toHaveAttribute('srcset', /320w.*640w.*960w.*1100w/);

  const src = await image.getAttribute('src');
  expect(src).toMatch(/^\/media\/images\/[0-9a-f]{64}\/960\.webp$/);
  const response = await page.request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/webp');
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');

  // Found by its alt text in the library, and no longer among those missing it.
  await page.getByRole('link', { name: 'Back to the media library' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(alt);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('1 image', { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: alt })).toBeVisible();
  await page.goto(`/en/admin/media?missingAlt=ru&q=${encodeURIComponent(alt)}`);
  await expect(page.getByText('0 images', { exact: true })).toBeVisible();
});

test('an image chosen before the page’s script has arrived (a slow network) is uploaded once it has', async ({ page }) => {
  test.slow();
  await signInAs(page, 'editor@example.org');
  // Hold back the page's JavaScript until the file has been chosen.
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto('/en/admin/media', { waitUntil: 'commit' });
  const name = `e2e-early-${Date.now()}.png`;
  await page.getByLabel('Choose images').setInputFiles({ name, mimeType: 'image/png', buffer: await uniquePng() });
  release();
  await expect(page.getByText(`${name}: uploaded.`)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('listitem').filter({ hasText: name }).getByRole('link', { name: `Edit ${name}` })).toBeVisible();
});

test('an SVG is refused with a message, whatever it is called', async ({ page }) => {
  await signInAs(page, 'editor@example.org');
  await page.goto('/en/admin/media');
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
  await page.getByLabel('Choose images').setInputFiles([
    { name: 'logo.svg', mimeType: 'image/svg+xml', buffer: svg },
    { name: 'disguised.png', mimeType: 'image/png', buffer: svg },
  ]);
  for (const name of ['logo.svg', 'disguised.png']) {
    await expect(page.getByText(`${name}: not uploaded. This file is not a JPEG, PNG, WebP or AVIF image, so it was not uploaded. SVG and other formats are not accepted.`)).toBeVisible();
  }
  await expect(page.getByRole('listitem').filter({ hasText: 'disguised.png' }).getByRole('link')).toHaveCount(0);
});

test('a translator gets the not-found page at the media library and no link to it', async ({ page }) => {
  await signInAs(page, 'translator@example.org');
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Media' })).toHaveCount(0);
  const response = await page.goto('/en/admin/media');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  const upload = await page.request.post('/api/media', { multipart: { file: { name: 'a.png', mimeType: 'image/png', buffer: await uniquePng() } } });
  expect(upload.status()).toBe(403);
});

test('an anonymous upload is refused', async ({ request }) => {
  const upload = await request.post('/api/media', { multipart: { file: { name: 'a.png', mimeType: 'image/png', buffer: await uniquePng() } } });
  expect(upload.status()).toBe(403);
  expect(await upload.json()).toEqual({ ok: false, error: 'Errors.forbidden' });
});

test('axe finds no WCAG 2.1 AA violations on the media library and an image’s page', async ({ page }) => {
  test.slow();
  await signInAs(page, 'editor@example.org');
  for (const locale of ['en', 'ru']) {
    await page.goto(`/${locale}/admin/media`);
    // The seeded demo images.
    await expect(page.getByRole('img').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.goto('/en/admin/media');
  await page.getByRole('link', { name: /^Edit / }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Edit image: / })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
