import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createE2eUser, E2E_PASSWORD, signIn, withE2eDatabase } from './fixtures';

async function signInAsAdmin(page: Page, path: string) {
  await page.goto(path);
  await signIn(page, 'admin@example.org');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
}

/** The rows of the log's table, without its header. */
const entries = (page: Page) => page.getByRole('table').getByRole('row').filter({ has: page.getByRole('cell') });
const filters = (page: Page) => page.getByRole('search', { name: 'Filters' });

/** Today's date in Almaty, as a date input wants it. */
const almatyDate = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000));

test('the audit log shows sign-ins and user changes, newest first, and filters by action', async ({ page }) => {
  const user = await createE2eUser('editor');
  await page.goto('/en/admin/users');
  await signIn(page, 'admin@example.org');
  const row = page.getByRole('row').filter({ hasText: user.email });
  page.once('dialog', (d) => void d.accept());
  await row.getByRole('button', { name: /^Deactivate/ }).click();
  await expect(row.getByRole('status')).toHaveText('Deactivated. Their sessions have ended.');

  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  // Newest first: the deactivation just made comes before the admin's sign-in.
  const deactivation = entries(page).filter({ hasText: 'User deactivated' }).filter({ hasText: `User #${user.id}` });
  await expect(deactivation).toHaveCount(1);
  await expect(deactivation.getByRole('cell', { name: 'Aigerim Admin' })).toBeVisible();
  const texts = await entries(page).allInnerTexts();
  const deactivatedAt = texts.findIndex((t) => t.includes(`User #${user.id}`) && t.includes('User deactivated'));
  expect(deactivatedAt).toBeGreaterThanOrEqual(0);
  // This test's own sign-in, made before the deactivation, is listed after it (tests running
  // alongside may sign the admin in again meanwhile: those come first).
  const signedInAfter = texts.findIndex((t, i) => i > deactivatedAt && t.includes('Signed in') && t.includes('Aigerim Admin'));
  expect(signedInAfter).toBeGreaterThan(deactivatedAt);
  // The record links to the users page.
  await expect(deactivation.getByRole('link', { name: `User #${user.id}` })).toHaveAttribute('href', `/en/admin/users#user-${user.id}`);

  await filters(page).getByLabel('Action').selectOption({ label: 'Signed in' });
  await filters(page).getByRole('button', { name: 'Show entries' }).click();
  await expect(page).toHaveURL(/[?&]action=auth\.sign_in(&|$)/);
  await expect(filters(page).getByLabel('Action')).toHaveValue('auth.sign_in');
  const whats = await entries(page).getByRole('cell', { name: 'Signed in', exact: true }).count();
  expect(whats).toBeGreaterThan(0);
  await expect(entries(page)).toHaveCount(whats);

  await filters(page).getByLabel('Who').selectOption({ label: 'Aigerim Admin' });
  await filters(page).getByRole('button', { name: 'Show entries' }).click();
  await expect(entries(page).first().getByRole('cell', { name: 'Aigerim Admin' })).toBeVisible();
  await expect(entries(page).filter({ hasNotText: 'Aigerim Admin' })).toHaveCount(0);

  // Nothing has happened tomorrow yet.
  await filters(page).getByLabel('From').fill(almatyDate(1));
  await filters(page).getByRole('button', { name: 'Show entries' }).click();
  await expect(page.getByText('No entries match these filters.')).toBeVisible();
  await filters(page).getByLabel('From').fill(almatyDate());
  await filters(page).getByRole('button', { name: 'Show entries' }).click();
  await expect(entries(page).first()).toBeVisible();

  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/audit$/);
});

test('a refused sign-in is logged as anonymous, with the address tried', async ({ page, browser }) => {
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto('/en/admin/sign-in');
  const tried = `nobody-${Date.now()}@example.org`;
  await signIn(stranger, tried, 'wrong-password-123');
  await expect(stranger.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
  await stranger.context().close();

  await signInAsAdmin(page, '/en/admin/audit?action=auth.sign_in_failed');
  const entry = entries(page).filter({ hasText: tried });
  await expect(entry.getByRole('cell', { name: 'anonymous', exact: true })).toBeVisible();
  await expect(entry.getByRole('cell', { name: 'Sign-in refused', exact: true })).toBeVisible();
});

test('the log pages by 50 and keeps its filters from page to page', async ({ page }) => {
  const action = `e2e.bulk_${Date.now()}`;
  await withE2eDatabase((db) => {
    const insert = db.prepare("insert into audit_log (action, entity_type, entity_id, at) values (?, 'story', ?, ?)");
    for (let i = 0; i < 60; i++) insert.run(action, i + 1, Date.now() - i * 1000);
  });
  await signInAsAdmin(page, `/en/admin/audit?action=${action}`);
  await expect(page.getByText('60 entries')).toBeVisible();
  await expect(entries(page)).toHaveCount(50);
  // An action messages do not name shows as its key; entries without a user are the system's.
  await expect(entries(page).first().getByRole('cell', { name: action })).toBeVisible();
  await expect(entries(page).first().getByRole('cell', { name: 'system', exact: true })).toBeVisible();
  await expect(entries(page).first().getByRole('cell', { name: 'Story #1', exact: true })).toBeVisible();
  const pages = page.getByRole('navigation', { name: 'Pages of the audit log' });
  await expect(pages.getByText('Page 1 of 2')).toBeVisible();
  await pages.getByRole('link', { name: /Older entries/ }).click();
  await expect(page).toHaveURL(new RegExp(`\\?action=${action.replace('.', '\\.')}&page=2$`));
  await expect(entries(page)).toHaveCount(10);
  await expect(entries(page).last().getByRole('cell', { name: 'Story #60', exact: true })).toBeVisible();
  expect((await page.goto(`/en/admin/audit?action=${action}&page=3`))?.status()).toBe(404);
});

test('the audit log speaks Russian on the Russian pages', async ({ page }) => {
  await page.goto('/ru/admin/audit');
  await page.getByLabel('Электронная почта').fill('admin@example.org');
  await page.getByLabel('Пароль').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Журнал действий' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Когда' })).toBeVisible();
  await expect(entries(page).getByRole('cell', { name: 'Вход в систему', exact: true }).first()).toBeVisible();
  await expect(page.getByText(/^\d+ (запись|записи|записей)$/)).toBeVisible();
  // Dates and times are written the Russian way.
  await expect(entries(page).first().getByRole('rowheader')).toHaveText(/\d{1,2} [а-я]+\.? \d{4}.*\d{2}:\d{2}:\d{2}/);
});

test('axe finds no WCAG 2.1 AA violations on the audit log', async ({ page }) => {
  await signInAsAdmin(page, '/en/admin/audit');
  await expect(entries(page).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filters work as a plain form', async ({ page }) => {
    await signInAsAdmin(page, '/en/admin/audit');
    await filters(page).getByLabel('Action').selectOption({ label: 'Signed in' });
    await filters(page).getByRole('button', { name: 'Show entries' }).click();
    await expect(page).toHaveURL(/[?&]action=auth\.sign_in(&|$)/);
    await expect(entries(page).filter({ hasNotText: 'Signed in' })).toHaveCount(0);
  });
});
