import { expect, test } from '@playwright/test';
import { withE2eDatabase } from './fixtures';
import { contextFor } from './sessions';

// The e2e server runs with the default SESSION_IDLE_MINUTES.
const IDLE_MS = 30 * 60_000;

test('each admin request renews the session for the idle period; public pages never send a session cookie', async ({ browser }) => {
  const context = await contextFor(browser, 'editor');
  const page = await context.newPage();
  const expiry = async () => (await context.cookies()).find((c) => c.name.endsWith('authjs.session-token'))!.expires * 1000;

  await page.goto('/en/admin');
  const first = await expiry();
  expect(first).toBeGreaterThan(Date.now() + IDLE_MS - 2 * 60_000);
  expect(first).toBeLessThan(Date.now() + IDLE_MS + 60_000);

  await page.waitForTimeout(1500);
  const admin = await page.goto('/en/admin/stories');
  expect((await admin!.headersArray()).some((h) => h.name.toLowerCase() === 'set-cookie' && /session-token=[^;]/.test(h.value))).toBe(true);
  expect(await expiry()).toBeGreaterThan(first);

  for (const path of ['/en', '/en/news', '/ru/news']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect((await response!.headersArray()).filter((h) => h.name.toLowerCase() === 'set-cookie' && /session-token/.test(h.value)), path).toEqual([]);
  }
  await context.close();
});

test('a sign-in is counted and audited under the address the trusted proxy wrote, not one the client made up', async ({ browser }) => {
  // The e2e server trusts one proxy (TRUSTED_PROXY_HOPS=1) and the test plays it: the client
  // claimed 203.0.113.66, the proxy appended the address it saw, 192.0.2.77.
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.66, 192.0.2.77' } });
  const page = await context.newPage();
  const email = `nobody-${Date.now()}@example.org`;
  await page.goto('/en/admin/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That e-mail and password do not match an active account.' })).toBeVisible();
  const rows = await withE2eDatabase((db) =>
    db.prepare("select a.ip from audit_log a where a.action = 'auth.sign_in_failed' and json_extract(a.detail, '$.email') = ?").all(email),
  );
  expect(rows).toEqual([{ ip: '192.0.2.77' }]);
  const counted = await withE2eDatabase((db) => db.prepare("select key from sign_in_failures where scope = 'ip' and key in ('203.0.113.66', '192.0.2.77')").all());
  expect(counted).toContainEqual({ key: '192.0.2.77' });
  expect(counted).not.toContainEqual({ key: '203.0.113.66' });
  await context.close();
});
