import { expect, test } from '@playwright/test';
import { demoEvents } from '../db/seed/demo-sections';
import { contextFor } from './sessions';

const upcoming = demoEvents.find((e) => e.almatyProcess && e.startsAt.startsWith('2027') && e.ru)!;
const past = demoEvents.find((e) => e.almatyProcess && e.startsAt.startsWith('2021') && e.ru && !e.ru.status)!;

test('a reader finds an upcoming meeting, reads it in both languages and takes it into a calendar, without JavaScript', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto('/en');
  // The home page announces what is coming.
  await expect(page.getByRole('region', { name: 'Upcoming events' }).getByRole('link', { name: upcoming.en.title })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Upcoming' }).getByRole('link', { name: upcoming.en.title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Past events' }).getByRole('link', { name: past.en.title })).toBeVisible();
  // What is over is not announced as upcoming.
  await expect(page.getByRole('region', { name: 'Upcoming' }).getByRole('link', { name: past.en.title })).toHaveCount(0);

  await page.getByRole('region', { name: 'Upcoming' }).getByRole('link', { name: upcoming.en.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: upcoming.en.title })).toBeVisible();
  await expect(page.getByText(upcoming.en.fields.venue)).toBeVisible();
  await expect(page.getByText(upcoming.en.fields.participants)).toBeVisible();
  await expect(page.locator('time').first()).toContainText('2027');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').last().textContent()) ?? '{}') as { '@type': string; name: string; startDate: string };
  expect(jsonLd['@type']).toBe('Event');
  expect(jsonLd.name).toBe(upcoming.en.title);

  // The calendar file: text/calendar, the event in English, its start in UTC.
  const href = await page.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href');
  const ics = await page.request.get(href!);
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(ics.headers()['content-disposition']).toContain('.ics');
  const calendar = (await ics.text()).replace(/\r\n[ \t]/g, '');
  expect(calendar).toContain('BEGIN:VEVENT');
  expect(calendar).toContain(`SUMMARY;LANGUAGE=en:${upcoming.en.title.replace(/([,;])/g, '\\$1')}`);
  expect(calendar).toMatch(/DTSTART:2027\d{4}T\d{6}Z/);

  // The language switcher leads to the Russian page of the same event, and its file is Russian.
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1, name: upcoming.ru!.title })).toBeVisible();
  await expect(page.getByText(upcoming.ru!.fields.venue)).toBeVisible();
  const ruHref = await page.getByRole('link', { name: 'Добавить в календарь (.ics)' }).getAttribute('href');
  expect((await (await page.request.get(ruHref!)).text()).replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY;LANGUAGE=ru:${upcoming.ru!.title.replace(/([,;])/g, '\\$1')}`);

  // The Almaty Process's own meetings are listed in its section.
  await page.goto('/ru/almaty-process/events');
  await expect(page.getByRole('heading', { level: 1, name: 'Мероприятия Алматинского процесса' })).toBeVisible();
  await expect(page.getByRole('link', { name: upcoming.ru!.title })).toBeVisible();
  await expect(page.getByRole('link', { name: past.ru!.title })).toBeVisible();
});

test('an editor announces an event with its venue; it is on the events page once published', async ({ browser }) => {
  test.slow();
  const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
  const title = `Workshop on reintegration ${stamp}`;
  const editor = await (await contextFor(browser, 'editor')).newPage();
  await editor.goto('/en/admin/events');
  await editor.getByText('New event').click();
  // Nothing is created without its first day.
  await editor.getByLabel('Title').fill(title);
  await editor.getByRole('button', { name: 'Create draft' }).click();
  await expect(editor.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  await expect(editor.getByText('This field is required.')).toBeVisible();
  // Nothing typed is lost.
  await expect(editor.getByLabel('Title')).toHaveValue(title);
  await editor.getByLabel('First day').fill('2030-04-09');
  await editor.getByLabel('Starts at').fill('09:30');
  await editor.getByRole('button', { name: 'Create draft' }).click();
  await expect(editor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(editor.getByLabel('First day')).toHaveValue('2030-04-09');
  await expect(editor.getByLabel('Starts at')).toHaveValue('09:30');
  await editor.getByLabel('Venue').fill('Osh');
  await editor.getByLabel('Where').selectOption({ label: 'Kyrgyzstan' });
  await editor.getByLabel('Last day').fill('2030-04-08');
  await editor.getByRole('button', { name: 'Save' }).click();
  // An end before the start is refused and says so on the field.
  await expect(editor.getByText('The end cannot come before the start.')).toBeVisible();
  await editor.getByLabel('Last day').fill('2030-04-10');
  await editor.getByLabel('Ends at').fill('17:00');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible({ timeout: 10_000 });
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/en/events');
  await reader.getByRole('region', { name: 'Upcoming' }).getByRole('link', { name: title }).click();
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(reader.getByText('Osh, Kyrgyzstan')).toBeVisible();
  await expect(reader.locator('time').first()).toContainText('2030');
});
