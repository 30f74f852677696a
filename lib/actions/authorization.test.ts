import { readdirSync } from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, glossaryTerms, revisions, entries, entryTranslations, translationPublications, users, type Role } from '@/db/schema';
import { createTestDatabase } from '../testing/db';
import type { CurrentUser } from '../authz';

const currentUser = vi.hoisted(() => ({ value: null as CurrentUser | null }));
vi.mock('../authz', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../authz')>()),
  getCurrentUser: async () => currentUser.value,
}));
vi.mock('../auth', () => ({ clientIp: () => null, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`redirect:${url}`);
  },
}));

/** Anonymous by nature: they authorise by what they are given (credentials, a token), not a role. */
const ANONYMOUS_BY_DESIGN = new Set(['signInAction', 'signOutAction', 'setPasswordAction']);
const ROLES: Role[] = ['translator', 'editor', 'admin'];

/** Who each action is for. A new action fails the first test until it is listed here. */
const EXPECTED_ROLES: Record<string, readonly Role[]> = {
  createStoryAction: ['admin', 'editor'],
  createPageAction: ['admin', 'editor'],
  createEntryAction: ['admin', 'editor'],
  saveStoryAction: ['admin', 'editor', 'translator'],
  changeTranslationStatusAction: ['admin', 'editor', 'translator'],
  restoreRevisionAction: ['admin', 'editor'],
  startTranslationAction: ['admin', 'editor', 'translator'],
  markSourceChangeAction: ['admin', 'editor', 'translator'],
  saveGlossaryTermAction: ['admin', 'editor'],
  deleteGlossaryTermAction: ['admin', 'editor'],
  createUserAction: ['admin'],
  changeUserRoleAction: ['admin'],
  deactivateUserAction: ['admin'],
  reactivateUserAction: ['admin'],
  resetUserPasswordAction: ['admin'],
  signOutEverywhereAction: ['admin', 'editor', 'translator'],
  switchAdminLanguageAction: ['admin', 'editor', 'translator'],
  saveSiteSettingsAction: ['admin'],
  updateMediaAction: ['admin', 'editor'],
  deleteMediaAction: ['admin', 'editor'],
  updateDocumentAction: ['admin', 'editor'],
  removeDocumentFileAction: ['admin', 'editor'],
  deleteDocumentAction: ['admin', 'editor'],
};

type Action = ((prev: null, formData: FormData) => Promise<{ ok: boolean; error?: string }>) & { roles?: readonly Role[] };

// Every action file in this folder, so that a new action cannot be left out of this test.
const files = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const actions: [string, Action][] = [];
for (const file of files) {
  const mod = (await import(`./${path.basename(file, '.ts')}`)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) if (name.endsWith('Action') && typeof value === 'function') actions.push([name, value as Action]);
}

let cleanup: () => void;
let db: ReturnType<typeof createTestDatabase>['db'];
beforeAll(() => ({ db, cleanup } = createTestDatabase()));
afterAll(() => cleanup());

function rowCounts() {
  return [users, entries, entryTranslations, revisions, translationPublications, auditLog, glossaryTerms].map((t) => db.select({ n: count() }).from(t).get()?.n);
}

/** A form that would pass validation for most actions, so only the role check can stop it. */
function plausibleForm(): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries({ id: '1', en: 'term', ru: 'термин', translationId: '1', storyId: '1', revisionId: '1', baseVersion: '1', userId: '1', transition: 'publish', kind: 'story', sourceLocale: 'en', locale: 'en', uiLocale: 'en', title: 'T', body: '{"type":"doc","content":[]}', slug: 'x', role: 'admin', email: 'x@example.org', name: 'X' })) fd.set(k, v);
  return fd;
}

describe('every server action', () => {
  it('is found here, and declares who may call it unless anonymous by design', () => {
    expect(actions.length).toBeGreaterThanOrEqual(7);
    for (const [name, action] of actions) {
      if (ANONYMOUS_BY_DESIGN.has(name)) continue;
      expect(action.roles, `${name} must be built with defineAction`).toBeDefined();
      expect([...(action.roles ?? [])].sort(), `${name}: list its roles in EXPECTED_ROLES`).toEqual([...(EXPECTED_ROLES[name] ?? [])].sort());
    }
  });

  for (const [name, action] of actions.filter(([n]) => !ANONYMOUS_BY_DESIGN.has(n))) {
    const allowed = action.roles ?? [];
    const refused = ROLES.filter((r) => !allowed.includes(r));
    it(`${name} refuses an anonymous caller${refused.length ? ` and ${refused.join(', ')}` : ''}, changing nothing`, async () => {
      const before = rowCounts();
      for (const role of [null, ...refused]) {
        currentUser.value = role ? { id: 1, email: `${role}@example.org`, name: role, role, preferredLocale: 'en' } : null;
        const result = await action(null, plausibleForm());
        expect(result, `${name} as ${role ?? 'anonymous'}`).toEqual({ ok: false, error: 'Errors.forbidden' });
      }
      expect(rowCounts()).toEqual(before);
    });
  }
});
