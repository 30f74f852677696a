import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signIn } from './fixtures';

// The tests save the one settings record in turn: run in parallel, they would refuse each other's saves.
test.describe.configure({ mode: 'serial' });

test('an admin renames the site and links its Telegram channel; every public page shows it, in each language', async ({ page }) => {
  await page.goto('/en/admin/settings');
  await signIn(page, 'admin@example.org');
  await expect(page.getByRole('heading', { level: 1, name: 'Site settings' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations).toEqual([]);

  const russian = page.getByRole('group', { name: 'Texts in Russian' });
  await russian.getByLabel('Site name').fill('Новости ООН: Центральная Азия');
  await russian.getByLabel('Footer text').fill('Региональный офис ООН, Алматы.');
  await page.getByLabel('Telegram page').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Save settings' }).click();

  // Refused, with the field named, and nothing typed is lost.
  await expect(page.getByText('Enter a full https:// address, or leave it empty.')).toBeVisible();
  await expect(page.getByLabel('Telegram page')).toHaveAttribute('aria-invalid', 'true');
  await expect(russian.getByLabel('Site name')).toHaveValue('Новости ООН: Центральная Азия');

  await page.getByLabel('Telegram page').fill('https://t.me/un_central_asia');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible();

  await page.goto('/ru');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Новости ООН: Центральная Азия' })).toBeVisible();
  await expect(page).toHaveTitle('Новости ООН: Центральная Азия');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByText('Региональный офис ООН, Алматы.')).toBeVisible();
  await expect(footer.getByRole('navigation', { name: 'Социальные сети' }).getByRole('link', { name: 'Telegram' })).toHaveAttribute(
    'href',
    'https://t.me/un_central_asia',
  );
  // The English site keeps its own name.
  await page.goto('/en/news');
  await expect(page.getByRole('banner').getByRole('link', { name: 'UN Central Asia Newsroom' })).toBeVisible();

  // And the change is on record.
  await page.goto('/en/admin/audit');
  await expect(page.getByRole('cell', { name: 'Site settings changed' }).first()).toBeVisible();
});

test('two admins editing the settings at once: the second save is refused, not silently overwritten', async ({ browser }) => {
  const pages = await Promise.all(
    [0, 1].map(async () => {
      const page = await (await browser.newContext()).newPage();
      await page.goto('/en/admin/settings');
      await signIn(page, 'admin@example.org');
      await expect(page.getByRole('heading', { level: 1, name: 'Site settings' })).toBeVisible();
      return page;
    }),
  );
  const [first, second] = pages as [typeof pages[0], typeof pages[0]];
  await first.getByLabel('Donate link').fill('https://example.org/donate');
  await first.getByRole('button', { name: 'Save settings' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible();

  await second.getByLabel('Donate link').fill('https://example.org/other');
  await second.getByRole('button', { name: 'Save settings' }).click();
  await expect(second.getByRole('alert').filter({ hasText: 'Someone else saved the settings' })).toBeVisible();
  await expect(second.getByLabel('Donate link')).toHaveValue('https://example.org/other');
});

test('editors and translators cannot open the settings', async ({ page }) => {
  for (const email of ['editor@example.org', 'translator@example.org']) {
    await page.context().clearCookies();
    await page.goto('/en/admin/settings');
    await signIn(page, email);
    await expect(page).not.toHaveURL(/sign-in/);
    const response = await page.goto('/en/admin/settings');
    expect(response?.status()).toBe(404);
    await expect(page.getByLabel('Site name')).toHaveCount(0);
    await page.goto('/en/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Settings' })).toHaveCount(0);
  }
});
