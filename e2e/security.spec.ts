import { expect, test, type Page } from '@playwright/test';
import { createE2eUser, signIn, withE2eDatabase } from './fixtures';

const INVALID = 'That e-mail and password do not match an active account.';
// The e2e server runs with the default SIGNIN_MAX_FAILURES.
const MAX_FAILURES = 10;

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ])
    expect(csp).toContain(directive);
  // No third-party origin anywhere in the policy.
  expect(csp).not.toMatch(/https?:|\*/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['permissions-policy']).toContain('geolocation=()');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-powered-by']).toBeUndefined();
  // SITE_URL is http in the tests: no HSTS.
  expect(headers['strict-transport-security']).toBeUndefined();
}

test('public and admin pages carry the security headers', async ({ request }) => {
  for (const path of ['/en', '/ru/news', '/en/admin/sign-in']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response.headers());
  }
});

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('the story editor works under the Content-Security-Policy without a single violation', async ({ page }) => {
  const violations = collectCspViolations(page);
  await page.goto('/en/admin/sign-in');
  await signIn(page, 'editor@example.org');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.goto('/en/admin/stories/new');
  await page.getByLabel('Title', { exact: true }).fill(`Headers check ${Date.now()}`);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/stories\/\d+$/);
  await page.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.type('Typed under a strict policy.');
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible({ timeout: 10_000 });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Text' })).toContainText('Typed under a strict policy.');
  expect(violations).toEqual([]);
});

test('after too many wrong passwords even the right one is refused, with the same message', async ({ browser }) => {
  test.slow();
  const user = await createE2eUser('translator');
  // An address of its own, so this lock-out does not count against the other tests' sign-ins.
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${1 + Math.floor(Math.random() * 250)}` } });
  const page = await context.newPage();
  await page.goto('/en/admin/sign-in');
  for (let i = 0; i < MAX_FAILURES; i++) {
    await signIn(page, user.email, `wrong-password-${i}`);
    await expect(page.getByRole('alert').filter({ hasText: INVALID })).toBeVisible();
    await page.reload();
  }
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('alert').filter({ hasText: INVALID })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toHaveCount(0);
  const locked = await withE2eDatabase(
    (db) => db.prepare("select count(*) as n from audit_log where action = 'auth.sign_in_locked' and entity_id = ?").get(user.id) as { n: number },
  );
  expect(locked.n).toBe(1);
  await context.close();
});

test('"Sign out everywhere" ends the session in another browser too', async ({ browser }) => {
  const user = await createE2eUser('editor');
  const [mine, other] = await Promise.all([browser.newContext(), browser.newContext()]);
  const here = await mine.newPage();
  const there = await other.newPage();
  for (const page of [here, there]) {
    await page.goto('/en/admin/sign-in');
    await signIn(page, user.email, user.password);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  }
  await here.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(here.getByRole('heading', { level: 1, name: 'Sign in to the newsroom' })).toBeVisible();
  await there.goto('/en/admin/stories');
  await expect(there.getByRole('heading', { level: 1, name: 'Sign in to the newsroom' })).toBeVisible();
  await here.goto('/en/admin');
  await expect(here.getByRole('heading', { level: 1, name: 'Sign in to the newsroom' })).toBeVisible();
  await Promise.all([mine.close(), other.close()]);
});
