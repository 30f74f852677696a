import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { contextFor, type Who } from './sessions';

/**
 * What the XSS specs share (e2e/xss.spec.ts, e2e/xss-assets.spec.ts): pages that record any
 * dialog a payload opens, and the check that nothing ran.
 */

export type Guarded = { page: Page; dialogs: string[] };

/** Contexts a test opened; a spec closes them after each test (`test.afterEach(closeOpened)`). */
export const opened: BrowserContext[] = [];
export async function closeOpened() {
  await Promise.all(opened.splice(0).map((c) => c.close()));
}

/** A page that records any dialog a payload might open (and dismisses it so nothing blocks). */
export async function guardedPage(context: BrowserContext): Promise<Guarded> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, dialogs };
}

export async function open(browser: Browser, who: Who): Promise<Guarded> {
  const context = await contextFor(browser, who);
  opened.push(context);
  return guardedPage(context);
}

/** No payload ran on the page as it is now. */
export async function expectInert({ page, dialogs }: Guarded, where: string) {
  await page.waitForLoadState('load');
  // Event handlers such as onerror and ontoggle fire just after load.
  await page.waitForTimeout(150);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `window.__xss on ${where}`).toBeUndefined();
  expect(dialogs, `dialogs on ${where}`).toEqual([]);
  // Nor did any markup of ours become an element.
  expect(await page.locator('script:not([src]):not([type="application/ld+json"])').evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes('__xss=1') && !s.textContent.includes('self.__next_f')).length), where).toBe(0);
  // Structured data carries stored text as JSON, never as markup: it must parse, whole.
  for (const data of await page.locator('script[type="application/ld+json"]').allTextContents()) expect(() => JSON.parse(data), `JSON-LD on ${where}`).not.toThrow();
}

export async function visit(g: Guarded, url: string, status = 200) {
  const response = await g.page.goto(url);
  expect(response?.status(), url).toBe(status);
  await expectInert(g, url);
}
