import { expect as baseExpect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { signIn } from './fixtures';

// A long journey on two shared cores: give each step room rather than fail on a slow moment.
const expect = baseExpect.configure({ timeout: 15_000 });

/** A PNG no earlier run uploaded (the library stores the same bytes once). */
async function uniquePng(): Promise<Buffer> {
  const pixel = () => Math.floor(Math.random() * 256);
  return sharp({ create: { width: 1000, height: 640, channels: 3, background: { r: pixel(), g: pixel(), b: Date.now() % 256 } } }).png().toBuffer();
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();

test('an editor puts an uploaded photo at the top of a story and in its text; the Russian version waits for Russian alt text; readers see it with its credit; the library keeps it', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const name = `border-post-${stamp}.png`;
  const enAlt = `Volunteers hand out water at a border post ${stamp}`;
  const ruAlt = `Волонтёры раздают воду на пограничном посту ${stamp}`;
  const title = `Water at the Zhibek Zholy checkpoint ${stamp}`;

  await page.goto('/en/admin/sign-in');
  await signIn(page, 'editor@example.org');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  // Upload, with a progress bar, then describe it in English only (and credit it in both languages).
  await page.goto('/en/admin/media');
  await page.getByLabel('Choose images').setInputFiles({ name, mimeType: 'image/png', buffer: await uniquePng() });
  await expect(page.getByRole('progressbar', { name: `Uploading ${name}` })).toBeVisible();
  await expect(page.getByText(`${name}: uploaded.`)).toBeVisible();
  await page.getByRole('link', { name: `Edit ${name}` }).click();
  const mediaPage = page.url();
  const english = page.getByRole('group', { name: 'In English' });
  const russian = page.getByRole('group', { name: 'In Russian' });
  await english.getByLabel('Alt text').fill(enAlt);
  await english.getByLabel('Caption').fill('Water for families waiting to cross.');
  await english.getByLabel('Photographer or organisation').fill('IOM');
  await english.getByLabel('Place').fill('Kazakhstan');
  await russian.getByLabel('Photographer or organisation').fill('МОМ');
  await russian.getByLabel('Place').fill('Казахстан');
  await page.getByLabel('Date taken').fill('2021-05');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // A story with the photo as its hero, chosen with the keyboard.
  await page.goto('/en/admin/stories/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/stories\/\d+$/);
  const editorUrl = page.url();
  await page.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.type('IOM staff met the families at the checkpoint.');

  const hero = page.getByRole('group', { name: 'Hero image' });
  await expect(hero).toContainText('No hero image.');
  await hero.getByRole('button', { name: 'Choose hero image' }).focus();
  await page.keyboard.press('Enter');
  const heroDialog = page.getByRole('dialog', { name: 'Choose the hero image' });
  await expect(heroDialog).toBeVisible();
  await expect(heroDialog.getByRole('searchbox', { name: 'Search the media library' })).toBeFocused();
  await page.keyboard.type(name);
  await expect(heroDialog.getByRole('status')).toHaveText('1 image');
  const choice = heroDialog.getByRole('button', { name: new RegExp(name) });
  await expect(choice).toContainText(enAlt);
  await choice.focus();
  await page.keyboard.press('Enter');
  await expect(heroDialog).toHaveCount(0);
  await expect(hero.getByRole('button', { name: 'Change hero image' })).toBeFocused();
  await expect(hero).toContainText(name);
  await expect(hero.getByRole('img', { name: enAlt })).toBeVisible();

  // The same photo in the text, after the paragraph. Escape first: the picker closes and changes nothing.
  const toolbar = page.getByRole('toolbar', { name: 'Text formatting' });
  await toolbar.getByRole('button', { name: 'Image' }).click();
  const bodyDialog = page.getByRole('dialog', { name: 'Insert an image from the media library' });
  await expect(bodyDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(bodyDialog).toHaveCount(0);
  await expect(toolbar.getByRole('button', { name: 'Image' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Text' }).click();
  await toolbar.getByRole('button', { name: 'Image' }).click();
  await bodyDialog.getByRole('searchbox', { name: 'Search the media library' }).fill(name);
  await bodyDialog.getByRole('button', { name: new RegExp(name) }).click();
  const body = page.getByRole('textbox', { name: 'Text' });
  await expect(body).toContainText(`Image: ${name}`);
  await expect(body.getByRole('img', { name: enAlt })).toBeVisible();
  await saved(page);

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();
  const enUrl = await page.getByRole('link', { name: 'View on the site' }).getAttribute('href');

  // The Russian version starts as a copy: same picture, no picking again; it cannot go out without Russian alt text.
  await page.getByRole('link', { name: /^Russian/ }).click();
  await page.getByRole('button', { name: 'Start the Russian version' }).click();
  await expect(page).toHaveURL(/\?lang=ru$/);
  const ruEditor = page.url();
  await page.getByLabel('Title', { exact: true }).fill(`Вода на пункте пропуска «Жибек Жолы» ${stamp}`);
  await expect(page.getByRole('textbox', { name: 'Text' })).toContainText(`Image: ${name}`);
  await expect(page.getByRole('textbox', { name: 'Text' })).toContainText('No Russian alt text yet');
  await expect(page.getByRole('group', { name: 'Hero image' })).toContainText('No Russian alt text yet');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'cannot be published or scheduled yet' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('Images without Russian alt text:');
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toHaveCount(0);
  const visitor = await browser.newPage();
  const ruSlug = await page.getByLabel('Address (slug)').inputValue();
  expect((await visitor.goto(`/ru/news/${ruSlug}`))?.status()).not.toBe(200);

  // The message links the image's page in the library; add the Russian alt text there and publish.
  await refusal.getByRole('link', { name: `Add alt text to ${name} in the media library` }).click();
  await expect(page).toHaveURL(mediaPage);
  await page.getByRole('group', { name: 'In Russian' }).getByLabel('Alt text').fill(ruAlt);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.goto(ruEditor);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();

  // Readers: the hero (eager) and the figure in the text (lazy), each with srcset, alt text, caption and credit.
  await visitor.goto(enUrl!);
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const images = visitor.getByRole('main').getByRole('img', { name: enAlt });
  await expect(images).toHaveCount(2);
  for (const img of [images.first(), images.last()]) {
    await expect(img).toHaveAttribute('srcset', /\/media\/images\/[0-9a-f]{64}\/320\.webp 320w, .*\/1000\.webp 1000w$/);
    await expect(img).toHaveAttribute('width', '1000');
    await expect(img).toHaveAttribute('height', '640');
  }
  await expect(images.first()).toHaveAttribute('loading', 'eager');
  await expect(images.last()).toHaveAttribute('loading', 'lazy');
  await expect(visitor.getByRole('figure').first()).toContainText('Water for families waiting to cross. Photo: IOM, Kazakhstan, May 2021');
  expect(await images.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  await visitor.goto(`/ru/news/${ruSlug}`);
  await expect(visitor.getByRole('main').getByRole('img', { name: ruAlt })).toHaveCount(2);
  await expect(visitor.getByText('Фото: МОМ, Казахстан, май 2021').first()).toBeVisible();

  // The news list shows a small, lazy thumbnail beside the title.
  await visitor.goto('/en/news');
  const card = visitor.getByRole('article').filter({ has: visitor.getByRole('link', { name: title }) });
  const thumbnail = card.locator('img');
  await expect(thumbnail).toHaveAttribute('loading', 'lazy');
  await expect(thumbnail).toHaveAttribute('sizes', /10rem/);

  // The library refuses to delete it and names the story, linked.
  await page.goto(mediaPage);
  await expect(page.getByRole('region', { name: 'Where it is used' }).getByRole('link', { name: `Story: ${title}` })).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Delete image' }).click();
  const inUse = page.getByRole('alert').filter({ hasText: 'This image is in use and cannot be deleted.' });
  await expect(inUse).toBeVisible();
  await expect(inUse).toContainText('hero image; in the English and Russian texts');
  await inUse.getByRole('link', { name: `Story: ${title}` }).click();
  await expect(page).toHaveURL(editorUrl);

  // Its Russian alt text cannot be taken away while the Russian page shows it.
  await page.goto(mediaPage);
  await page.getByRole('group', { name: 'In Russian' }).getByLabel('Alt text').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('A published or scheduled story in this language shows this image, so its alt text cannot be removed.')).toBeVisible();
});

test('an image leaves the text by its own button, and the revisions name the hero chosen', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/en/admin/sign-in');
  await signIn(page, 'editor@example.org');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.goto('/en/admin/stories/new');
  await page.getByLabel('Title', { exact: true }).fill(`Focal points meet in Bishkek ${Date.now()}`);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/stories\/\d+$/);
  const body = page.getByRole('textbox', { name: 'Text' });
  await body.click();
  await page.keyboard.type('Two half-days of discussion.');

  await page.getByRole('toolbar', { name: 'Text formatting' }).getByRole('button', { name: 'Image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert an image from the media library' });
  await dialog.getByRole('searchbox', { name: 'Search the media library' }).fill('bishkek');
  await dialog.getByRole('button', { name: /bishkek-focal-points-retreat\.png/ }).click();
  await expect(body).toContainText('Image: bishkek-focal-points-retreat.png');
  await body.getByRole('button', { name: 'Remove image bishkek-focal-points-retreat.png' }).click();
  await expect(body).not.toContainText('bishkek-focal-points-retreat.png');
  await expect(body).toContainText('Two half-days of discussion.');

  await page.getByRole('button', { name: 'Choose hero image' }).click();
  const heroDialog = page.getByRole('dialog', { name: 'Choose the hero image' });
  await heroDialog.getByRole('searchbox', { name: 'Search the media library' }).fill('almaty-meeting');
  await heroDialog.getByRole('button', { name: /almaty-meeting\.png/ }).click();
  await saved(page);

  await page.getByRole('link', { name: 'Revisions' }).click();
  const diff = page.getByRole('region', { name: /Changes from version \d+ to version \d+/ });
  await expect(diff.getByRole('term').filter({ hasText: 'Hero image' })).toBeVisible();
  await expect(diff.locator('ins', { hasText: 'Image: almaty-meeting.png' })).toBeVisible();
});

test('the picker’s list is for signed-in staff: a translator may search it, an anonymous caller may not', async ({ page, request }) => {
  const anonymous = await request.get('/api/media');
  expect(anonymous.status()).toBe(403);
  expect(await anonymous.json()).toEqual({ ok: false, error: 'Errors.forbidden' });

  await page.goto('/en/admin/sign-in');
  await signIn(page, 'translator@example.org');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const listed = await page.request.get(`/api/media?q=${encodeURIComponent('field visit in Kazakhstan')}`);
  expect(listed.status()).toBe(200);
  expect(listed.headers()['cache-control']).toContain('no-store');
  const body = (await listed.json()) as { ok: true; items: { name: string; alt: { en: string; ru: string } }[] };
  expect(body.items.map((i) => i.name)).toEqual(['kazakhstan-field-visit.png']);
  expect(body.items[0]!.alt.ru).toContain('зелёный градиент');
});
