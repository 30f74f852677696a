import { expect, test } from '@playwright/test';
import { createE2eUser, E2E_PASSWORD, englishOnlyStory, russianInReviewStory, signIn, withE2eDatabase } from './fixtures';

const accounts = [
  { email: 'admin@example.org', role: 'admin', name: 'Aigerim Admin' },
  { email: 'editor@example.org', role: 'editor', name: 'Daniyar Editor' },
  { email: 'translator@example.org', role: 'translator', name: 'Olga Translator' },
] as const;

test('an anonymous visit to the admin ends on the sign-in page', async ({ page }) => {
  await page.goto('/en/admin');
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?callbackUrl=%2Fen%2Fadmin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the newsroom' })).toBeVisible();
  await expect(page.getByText('Stories')).toHaveCount(0);
});

for (const account of accounts) {
  test(`the ${account.role} signs in, sees the dashboard with each story's status per language, and signs out`, async ({ page }) => {
    await page.goto('/en/admin');
    await signIn(page, account.email);
    await expect(page).toHaveURL(/\/en\/admin$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByText(`Signed in as ${account.name} (${account.role})`)).toBeVisible();

    const review = page.getByRole('region', { name: 'Waiting for review' });
    await expect(review.getByRole('link', { name: russianInReviewStory.ru!.title })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Recently published' }).getByRole('listitem')).toHaveCount(8);

    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Stories' }).click();
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader', { name: 'English' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Russian' })).toBeVisible();
    const untranslated = table.getByRole('row').filter({ hasText: englishOnlyStory.en!.title });
    await expect(untranslated.getByRole('cell', { name: 'Missing' })).toBeVisible();
    await expect(untranslated.getByRole('link', { name: 'English: Published' })).toBeVisible();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the newsroom' })).toBeVisible();
    await page.goto('/en/admin');
    await expect(page).toHaveURL(/\/en\/admin\/sign-in/);
  });
}

test('a wrong password is refused with a clear message and the e-mail stays typed', async ({ page }) => {
  await page.goto('/en/admin/sign-in');
  await signIn(page, 'editor@example.org', 'not-the-password');
  await expect(page.getByRole('alert').filter({ hasText: 'That e-mail and password do not match an active account.' })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in/);
  await expect(page.getByLabel('E-mail')).toHaveValue('editor@example.org');
  await expect(page.getByLabel('Password')).toHaveValue('');
  // The password can now be corrected without retyping the e-mail.
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('an unknown e-mail gets the same answer as a wrong password', async ({ page }) => {
  await page.goto('/en/admin/sign-in');
  await signIn(page, 'nobody@example.org', 'whatever-password');
  await expect(page.getByRole('alert').filter({ hasText: 'That e-mail and password do not match an active account.' })).toBeVisible();
});

test('empty fields are named, in the page language', async ({ page }) => {
  await page.goto('/ru/admin/sign-in');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByLabel('Электронная почта')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Заполните это поле.')).toHaveCount(2);
});

test('a Russian-speaking translator signs in on the Russian pages and returns where they were going', async ({ page }) => {
  await page.goto('/ru/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Вход в пресс-центр' })).toBeVisible();
  await page.getByLabel('Электронная почта').fill('translator@example.org');
  await page.getByLabel('Пароль').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/ru\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Обзор' })).toBeVisible();
  await expect(page.getByText('Вы вошли как Olga Translator (переводчик)')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ждут проверки' }).getByRole('link', { name: russianInReviewStory.ru!.title })).toBeVisible();
});

test('the sign-in page refuses to send anyone off-site afterwards', async ({ page }) => {
  await page.goto('/en/admin/sign-in?callbackUrl=https%3A%2F%2Fevil.example.org%2F');
  await signIn(page, 'admin@example.org');
  await expect(page).toHaveURL(/\/en\/admin$/);
});

test('a deactivated account loses the admin on its next request', async ({ page }) => {
  const user = await createE2eUser('editor');
  await page.goto('/en/admin/sign-in');
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  await withE2eDatabase((db) => db.prepare('update users set active = 0 where id = ?').run(user.id));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the newsroom' })).toBeVisible();
  // And it cannot sign in again.
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('alert').filter({ hasText: 'That e-mail and password do not match an active account.' })).toBeVisible();
});

test('a session ends everywhere when its version moves on', async ({ page }) => {
  const user = await createE2eUser('translator');
  await page.goto('/en/admin/sign-in');
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await withE2eDatabase((db) => db.prepare('update users set session_version = session_version + 1 where id = ?').run(user.id));
  await page.goto('/en/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the newsroom' })).toBeVisible();
});

test('the admin language switch keeps the page, and /admin remembers the choice on another device', async ({ page, browser }) => {
  const user = await createE2eUser('editor');
  await page.goto('/en/admin/sign-in');
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Stories' }).click();
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('button', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/stories$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Материалы' })).toBeVisible();
  expect(await withE2eDatabase((db) => db.prepare('select preferred_locale from users where id = ?').pluck().get(user.id))).toBe('ru');

  // Another browser that prefers English, and whose language cookie says English: once signed
  // in, `/admin` still goes to the Russian the user chose.
  const other = await browser.newContext({ locale: 'en-GB' });
  const second = await other.newPage();
  await second.goto('/en/news');
  await second.goto('/admin/stories');
  await expect(second).toHaveURL(/\/en\/admin\/sign-in/);
  await signIn(second, user.email, user.password);
  await expect(second).toHaveURL(/\/en\/admin\/stories$/);
  await second.goto('/admin/stories?status=draft');
  await expect(second).toHaveURL(/\/ru\/admin\/stories\?status=draft$/);
  await expect(second.getByRole('heading', { level: 1, name: 'Материалы' })).toBeVisible();

  // Back to English: the next `/admin` follows.
  await second.getByRole('navigation', { name: 'Администрирование' }).getByRole('button', { name: 'English' }).click();
  await expect(second).toHaveURL(/\/en\/admin\/stories\?status=draft$/);
  await second.goto('/admin');
  await expect(second).toHaveURL(/\/en\/admin$/);
  await other.close();
});
