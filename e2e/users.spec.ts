import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createE2eUser, E2E_PASSWORD, signIn } from './fixtures';

const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;

async function openUsersAsAdmin(page: Page, locale: 'en' | 'ru' = 'en') {
  await page.goto(`/${locale}/admin/users`);
  if (locale === 'en') await signIn(page, 'admin@example.org');
  else {
    await page.getByLabel('Электронная почта').fill('admin@example.org');
    await page.getByLabel('Пароль').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).click();
  }
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin/users$`));
}

const userRow = (page: Page, email: string) => page.getByRole('row').filter({ hasText: email });

/** Opens a link in a browser context of its own: nobody signed in there. */
async function freshPage(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  return page;
}

async function setPassword(page: Page, password: string) {
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Repeat the new password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
}

test('an admin adds an editor, who sets a password from the one-time link and signs in', async ({ page, browser }) => {
  await openUsersAsAdmin(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  const email = uniqueEmail('newcomer');
  const form = page.getByRole('region', { name: 'Add a user' });
  await form.getByLabel('Name', { exact: true }).fill('Nadia Newcomer');
  await form.getByLabel('E-mail', { exact: true }).fill(email.toUpperCase());
  await form.getByLabel('Role', { exact: true }).selectOption({ label: 'editor' });
  await form.getByRole('button', { name: 'Add user' }).click();

  const status = form.getByRole('status');
  await expect(status).toContainText('User added. Hand them this one-time link');
  const link = await status.getByRole('textbox', { name: 'One-time link to set a password' }).inputValue();
  expect(link).toMatch(/^http:\/\/localhost:\d+\/en\/admin\/set-password\/[A-Za-z0-9_-]{43}$/);
  // The form is ready for the next person; the new one is in the table, e-mail lower-cased.
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('');
  const row = userRow(page, email);
  await expect(row.getByRole('rowheader')).toHaveText('Nadia Newcomer');
  await expect(row.getByRole('cell', { name: 'editor', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Active', exact: true })).toBeVisible();

  const newcomer = await freshPage(browser, link);
  await expect(newcomer.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
  await expect(newcomer.getByText(`as ${email}`)).toBeVisible();
  await newcomer.getByLabel('New password', { exact: true }).fill('too short');
  await newcomer.getByLabel('Repeat the new password', { exact: true }).fill('too short');
  await newcomer.getByRole('button', { name: 'Set password' }).click();
  await expect(newcomer.getByLabel('New password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(newcomer.getByText('Use at least 12 characters.')).toBeVisible();

  await setPassword(newcomer, 'nadia-picked-this-one');
  await expect(newcomer.getByText('Do not use your name in your password.')).toBeVisible();
  await setPassword(newcomer, 'qwertyuiopasdfghjkl');
  await expect(newcomer.getByText('This password is one of the most used and easy to guess.', { exact: false })).toBeVisible();

  await setPassword(newcomer, 'tulips-by-the-river-42');
  await expect(newcomer).toHaveURL(/\/en\/admin\/sign-in\?passwordSet=1$/);
  await expect(newcomer.getByRole('status')).toHaveText('Your password is set. Sign in with it now.');
  await signIn(newcomer, email, 'tulips-by-the-river-42');
  await expect(newcomer.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(newcomer.getByText('Signed in as Nadia Newcomer (editor)')).toBeVisible();
  // An editor is not offered the admin's pages.
  await expect(newcomer.getByRole('link', { name: 'Users' })).toHaveCount(0);

  // The link was for one use only.
  await newcomer.goto(link);
  await expect(newcomer.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
  await expect(newcomer.getByText('This link has expired or was already used — ask an administrator for a new one.')).toBeVisible();
  await newcomer.context().close();
});

test('a role change and a deactivation reach the user’s open session on its next request', async ({ page, browser }) => {
  test.slow();
  const user = await createE2eUser('editor');
  const theirs = await freshPage(browser, '/en/admin');
  await signIn(theirs, user.email, user.password);
  await expect(theirs.getByText('Signed in as Temporary User (editor)')).toBeVisible();

  await openUsersAsAdmin(page);
  const row = userRow(page, user.email);
  await row.getByRole('combobox', { name: 'Role of Temporary User' }).selectOption({ label: 'translator' });
  await row.getByRole('button', { name: /^Change role/ }).click();
  await expect(row.getByRole('status')).toHaveText('Role changed. It applies from their next page.');
  await expect(row.getByRole('cell', { name: 'translator', exact: true })).toBeVisible();

  // Their next request: the session from before the change no longer counts.
  await theirs.reload();
  await expect(theirs.getByRole('heading', { level: 1, name: 'Sign in to the newsroom' })).toBeVisible();
  await signIn(theirs, user.email, user.password);
  await expect(theirs.getByText('Signed in as Temporary User (translator)')).toBeVisible();

  page.once('dialog', (d) => void d.accept());
  await row.getByRole('button', { name: /^Deactivate/ }).click();
  await expect(row.getByRole('status')).toHaveText('Deactivated. Their sessions have ended.');
  await expect(row.getByRole('cell', { name: 'Deactivated', exact: true })).toBeVisible();
  await theirs.reload();
  await expect(theirs.getByRole('heading', { level: 1, name: 'Sign in to the newsroom' })).toBeVisible();
  await signIn(theirs, user.email, user.password);
  await expect(theirs.getByRole('alert').filter({ hasText: 'That e-mail and password do not match an active account.' })).toBeVisible();

  // And back again.
  await row.getByRole('button', { name: /^Reactivate/ }).click();
  await expect(row.getByRole('status')).toHaveText('Reactivated. They can sign in again.');
  await signIn(theirs, user.email, user.password);
  await expect(theirs.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await theirs.context().close();
});

test('a new password link works once, and replaces the one before it', async ({ page, browser }) => {
  const user = await createE2eUser('translator');
  await openUsersAsAdmin(page);
  const row = userRow(page, user.email);
  const linkBox = row.getByRole('textbox', { name: 'One-time link to set a password' });
  await row.getByRole('button', { name: /^New password link/ }).click();
  await expect(row.getByRole('status')).toContainText('New one-time link created');
  const first = await linkBox.inputValue();
  await row.getByRole('button', { name: /^New password link/ }).click();
  await expect(linkBox).not.toHaveValue(first);
  const second = await linkBox.inputValue();

  const holder = await freshPage(browser, first);
  await expect(holder.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();

  await holder.goto(second);
  await setPassword(holder, 'a-brand-new-password');
  await expect(holder.getByRole('status')).toHaveText('Your password is set. Sign in with it now.');
  await signIn(holder, user.email, user.password);
  await expect(holder.getByRole('alert').filter({ hasText: 'That e-mail and password do not match an active account.' })).toBeVisible();
  await holder.getByLabel('Password').fill('a-brand-new-password');
  await holder.getByRole('button', { name: 'Sign in' }).click();
  await expect(holder.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  await holder.goto(second);
  await expect(holder.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible();
  await holder.context().close();
});

test('an admin cannot deactivate or demote themself', async ({ page }) => {
  await openUsersAsAdmin(page);
  const own = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Aigerim Admin (you)' }) });
  await expect(own.getByRole('cell', { name: 'admin', exact: true })).toBeVisible();
  await expect(own.getByRole('button', { name: /^Deactivate/ })).toHaveCount(0);
  await expect(own.getByRole('combobox')).toHaveCount(0);
});

test('the users page in Russian names a taken e-mail on its field', async ({ page }) => {
  await openUsersAsAdmin(page, 'ru');
  await expect(page.getByRole('heading', { level: 1, name: 'Пользователи' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Электронная почта' })).toBeVisible();
  await expect(page.getByText(/\(\d+ пользовател(ь|я|ей)\)/)).toBeVisible();
  const form = page.getByRole('region', { name: 'Добавить пользователя' });
  await form.getByLabel('Имя', { exact: true }).fill('Двойник');
  await form.getByLabel('Электронная почта', { exact: true }).fill('Editor@Example.org');
  await form.getByLabel('Роль', { exact: true }).selectOption('translator');
  await form.getByLabel('Язык интерфейса', { exact: true }).selectOption('ru');
  await form.getByRole('button', { name: 'Добавить' }).click();
  const email = form.getByLabel('Электронная почта', { exact: true });
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Этот адрес электронной почты уже есть у другого пользователя.');
  // What was typed stays, to be corrected.
  await expect(form.getByLabel('Имя', { exact: true })).toHaveValue('Двойник');
  // The choices too, on screen as in the form (React's reset after an action put them back to the first).
  await expect(form.getByLabel('Роль', { exact: true })).toHaveValue('translator');
  await expect(form.getByLabel('Язык интерфейса', { exact: true })).toHaveValue('ru');
});

for (const role of ['editor', 'translator'] as const) {
  for (const path of ['/en/admin/users', '/en/admin/audit']) {
    test(`a signed-in ${role} visiting ${path} gets the not-found page`, async ({ page }) => {
      await page.goto('/en/admin/sign-in');
      await signIn(page, `${role}@example.org`);
      await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('table')).toHaveCount(0);
    });
  }
}

test('an anonymous visit to the users page ends on the sign-in page', async ({ page }) => {
  await page.goto('/en/admin/users');
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?callbackUrl=%2Fen%2Fadmin%2Fusers$/);
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('axe finds no WCAG 2.1 AA violations on the users page with a link shown, nor on the set-password pages', async ({ page, browser }) => {
  // Several full axe runs: over 30 s on a busy two-core machine.
  test.slow();
  await openUsersAsAdmin(page);
  const form = page.getByRole('region', { name: 'Add a user' });
  await form.getByLabel('Name', { exact: true }).fill('Axe Checked');
  await form.getByLabel('E-mail', { exact: true }).fill(uniqueEmail('axe'));
  await form.getByRole('button', { name: 'Add user' }).click();
  const link = await form.getByRole('textbox', { name: 'One-time link to set a password' }).inputValue();
  await expectNoAxeViolations(page);

  const holder = await freshPage(browser, link.replace('/en/', '/ru/'));
  await expect(holder.getByRole('heading', { level: 1, name: 'Задайте пароль' })).toBeVisible();
  await holder.getByRole('button', { name: 'Задать пароль' }).click();
  await expect(holder.getByLabel('Новый пароль', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(holder);
  await holder.goto('/ru/admin/set-password/not-a-real-token');
  await expect(holder.getByRole('heading', { level: 1, name: 'Эта ссылка больше не действует' })).toBeVisible();
  await expectNoAxeViolations(holder);
  await holder.context().close();
});

test('on a 375 px phone the admin’s tables scroll in their own box, never the page', async ({ browser }) => {
  test.slow();
  const page = await (await browser.newContext({ viewport: { width: 375, height: 700 } })).newPage();
  await openUsersAsAdmin(page);
  await page.goto('/en/admin/stories');
  const storyHref = await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().getAttribute('href');
  const revisions = `${storyHref!.replace(/\?.*$/, '')}/revisions`;
  for (const path of ['/en/admin/users', '/en/admin/stories', revisions, '/en/admin/translations', '/en/admin/audit', '/en/admin/documents', '/en/admin/pages', '/en/admin/events']) {
    await page.goto(path);
    await expect(page.getByRole('table').first(), path).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(375);
  }
});
