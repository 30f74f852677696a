import { expect, request as playwrightRequest, type APIRequestContext, type Browser, type BrowserContext } from '@playwright/test';
import { signIn } from './fixtures';

export type Role = 'admin' | 'editor' | 'translator';
export type Who = 'anonymous' | Role;
export const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
const states = new Map<string, Promise<StorageState>>();

/** The demo account of a role (or any e-mail and password), signed in once per worker and reused. */
export function sessionOf(browser: Browser, role: Role, email = `${role}@example.org`, password?: string): Promise<StorageState> {
  const key = `${email}\n${password ?? ''}`;
  if (!states.has(key)) {
    states.set(
      key,
      (async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto('/en/admin/sign-in');
        await signIn(page, email, password);
        // The first sign-in after the server starts can be slow on a busy machine (scrypt, cold routes).
        await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({ timeout: 30_000 });
        const state = await context.storageState();
        await context.close();
        return state;
      })(),
    );
  }
  return states.get(key)!;
}

export async function contextFor(browser: Browser, who: Who): Promise<BrowserContext> {
  return browser.newContext(who === 'anonymous' ? {} : { storageState: await sessionOf(browser, who) });
}

export async function apiFor(browser: Browser, who: Who): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: BASE_URL, ...(who === 'anonymous' ? {} : { storageState: await sessionOf(browser, who) }) });
}
