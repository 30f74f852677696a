import { createHmac } from 'node:crypto';
import type { Browser } from '@playwright/test';
import { E2E_AUTH_SECRET } from '../playwright.config';

/**
 * The tests as the server's operators: after writing to the database behind the app's back, ask
 * the server to render its cached public pages afresh (app/api/internal/revalidate, the token of
 * lib/internal-token.ts).
 */
export async function refreshAllPages(browser: Browser): Promise<void> {
  const token = createHmac('sha256', E2E_AUTH_SECRET).update('newsroom:revalidate').digest('base64url');
  const context = await browser.newContext();
  try {
    const response = await context.request.post('/api/internal/revalidate', { headers: { 'x-newsroom-internal': token }, data: { all: true } });
    if (response.status() !== 204) throw new Error(`revalidation answered ${response.status()}`);
  } finally {
    await context.close();
  }
}
