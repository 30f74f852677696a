import { expect, test } from '@playwright/test';
import { demoStories } from '../db/seed/demo-stories';

test('a reader without JavaScript narrows the English news to press releases of one year', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/news');
  const filters = page.getByRole('search', { name: 'Filter the news' });
  await filters.getByLabel('Kind').selectOption({ label: 'Press release' });
  await filters.getByLabel('Year').selectOption('2021');
  await filters.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\/en\/news\?kind=press_release&country=&topic=&year=2021$/);
  // The seed's English press releases of 2021 (tests running alongside publish only newer stories, or in 2001).
  const expected = demoStories.filter((s) => s.kind === 'press_release' && s.en && !s.en.status && s.publishedAt.startsWith('2021'));
  await expect(page.getByRole('status').filter({ hasText: /stor(y|ies)$/ })).toHaveText(`${expected.length} ${expected.length === 1 ? 'story' : 'stories'}`);
  for (const story of expected) await expect(page.getByRole('link', { name: story.en!.title, exact: true })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasNotText: 'Press release' })).toHaveCount(0);
  await expect(filters.getByLabel('Kind')).toHaveValue('press_release');
  await filters.getByRole('link', { name: 'Clear the filters' }).click();
  await expect(page).toHaveURL(/\/en\/news$/);
  await context.close();
});

test('the Russian news list names topics in Russian, finds a topic’s stories and says when nothing matches', async ({ page }) => {
  await page.goto('/ru/news');
  const filters = page.getByRole('search', { name: 'Отбор новостей' });
  await filters.getByLabel('Тема').selectOption({ label: 'Алматинский процесс' });
  await filters.getByRole('button', { name: 'Показать' }).click();
  await expect(page).toHaveURL(/topic=almaty-process/);
  const expected = demoStories.filter((s) => s.ru && !s.ru.status && s.topics.includes('almaty-process'));
  expect(expected.length).toBeGreaterThan(0);
  for (const story of expected) await expect(page.getByRole('link', { name: story.ru!.title, exact: true })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${expected.length} `));
  // A filter nobody can satisfy says so, in Russian.
  await page.goto('/ru/news?country=TM&kind=press_release&year=2001');
  await expect(page.getByText('Нет опубликованных материалов, отвечающих этим условиям.')).toBeVisible();
});
