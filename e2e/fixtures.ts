import { expect, type Page } from '@playwright/test';
import { demoStories } from '../db/seed/demo-stories';
import { E2E_PASSWORD } from '../playwright.config';

export { E2E_PASSWORD };

export const bilingualStory = demoStories.find((s) => s.en && s.ru && !s.ru.status && s.sourceLocale === 'en')!;
export const englishOnlyStory = demoStories.find((s) => s.en && !s.ru)!;
export const russianInReviewStory = demoStories.find((s) => s.en && s.ru?.status === 'in_review')!;
/** A bilingual story the translation tests change (the public tests read `bilingualStory`). */
export const storyToRetranslate = demoStories.filter((s) => s.en && s.ru && !s.ru.status && s.sourceLocale === 'en' && s !== bilingualStory).at(-1)!;

/**
 * Opens a story from the English news list the way a reader would: by its title, paging back.
 * Other tests publish meanwhile, which pushes old stories onto later pages, so each page is
 * loaded afresh and a story that slipped past the last page is looked for again.
 */
export async function openEnglishStory(page: Page, title: string) {
  let n = 1;
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await page.goto(n === 1 ? '/en/news' : `/en/news?page=${n}`);
    if (response?.status() === 404) {
      n = Math.max(1, n - 1);
      continue;
    }
    const link = page.getByRole('link', { name: title, exact: true });
    if (await link.count()) {
      await link.click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      return;
    }
    n++;
  }
  throw new Error(`"${title}" is not in the English news list`);
}

export async function signIn(page: Page, email: string, password = E2E_PASSWORD) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Direct access to the e2e server's database, for what the admin cannot do yet through its own
 * pages (the users page comes with the editorial workflow). Writes go through SQLite's WAL like
 * any other writer's.
 */
export async function withE2eDatabase<T>(fn: (db: import('better-sqlite3').Database) => T): Promise<T> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database('data/e2e/newsroom.db');
  db.pragma('busy_timeout = 5000');
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export async function createE2eUser(role: 'admin' | 'editor' | 'translator'): Promise<{ id: number; email: string; password: string }> {
  const { hashPassword } = await import('../lib/password');
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const password = 'a-long-e2e-password-42';
  const hash = await hashPassword(password);
  const id = await withE2eDatabase(
    (db) =>
      db.prepare("insert into users (email, name, password_hash, role) values (?, 'Temporary User', ?, ?)").run(email, hash, role)
        .lastInsertRowid,
  );
  return { id: Number(id), email, password };
}
