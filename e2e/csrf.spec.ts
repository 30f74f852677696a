import { expect, test } from '@playwright/test';
import { insertE2eEntry } from './db';
import { withE2eDatabase } from './fixtures';
import { apiFor, BASE_URL, contextFor } from './sessions';

/**
 * Cross-site request forgery: another site making a signed-in editor's browser post to us.
 * Session cookies are SameSite=Lax (not sent on cross-site posts at all); on top of that Next
 * refuses a Server Action whose Origin is not this host, and the upload route does the same.
 * Here a genuine save, captured from the editor's browser, is replayed with the editor's cookie
 * and a foreign Origin: what a forged post that still carried the cookie would look like.
 */
test('a save replayed with another site’s Origin is refused and changes nothing; the same bytes from this site go through', async ({ browser }) => {
  test.slow();
  const title = `CSRF check ${Date.now()}`;
  const storyId = await insertE2eEntry({
    translations: [{ locale: 'en', title, summary: 'Original summary', body: { type: 'doc', content: [] }, status: 'draft', publishedAt: null }],
  });
  const summaryInDb = () =>
    withE2eDatabase((db) => db.prepare("select summary, version from entry_translations where entry_id = ? and locale = 'en'").get(storyId) as { summary: string; version: number });

  // The browser's own save request, caught on its way out (and not sent)...
  const context = await contextFor(browser, 'editor');
  const page = await context.newPage();
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route(`**/en/admin/stories/${storyId}`, async (route) => {
    const request = route.request();
    if (request.method() === 'POST' && request.headers()['next-action']) {
      captured ??= { headers: request.headers(), body: request.postDataBuffer()! };
      // Neither this save nor the editor's retries of it reach the server.
      await route.abort();
    } else await route.continue();
  });
  await page.goto(`/en/admin/stories/${storyId}`);
  await page.getByLabel('Summary').fill('Forged summary');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => captured !== undefined, { timeout: 15_000 }).toBe(true);
  await page.close();
  expect(await summaryInDb()).toEqual({ summary: 'Original summary', version: 1 });

  // ...sent again with the editor's cookie, as a page on another site would make the browser do.
  const api = await apiFor(browser, 'editor');
  const send = (origin: string) =>
    api.post(`/en/admin/stories/${storyId}`, {
      headers: { ...captured!.headers, origin },
      data: captured!.body,
      maxRedirects: 0,
    });
  const forged = await send('https://evil.example.org');
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await summaryInDb()).toEqual({ summary: 'Original summary', version: 1 });

  // The same bytes from this site's own origin are a valid save: only the origin made the difference.
  const genuine = await send(BASE_URL);
  expect(genuine.status()).toBe(200);
  expect(await summaryInDb()).toEqual({ summary: 'Forged summary', version: 2 });
  await api.dispose();
  await context.close();
});

test('an upload posted with another site’s Origin is refused, even with an editor’s cookie', async ({ browser }) => {
  const api = await apiFor(browser, 'editor');
  const response = await api.post('/api/media', {
    headers: { origin: 'https://evil.example.org' },
    multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('x') } },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ ok: false, error: 'Errors.forbidden' });
  await api.dispose();
});

test('the session cookie is HttpOnly and SameSite=Lax', async ({ browser }) => {
  const context = await contextFor(browser, 'editor');
  const session = (await context.cookies()).find((c) => /authjs\.session-token/.test(c.name));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  await context.close();
});
