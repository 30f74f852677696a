import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { users } from '@/db/schema';
import type { Db } from '@/db/client';
import { createTestDatabase } from './testing/db';

const session = vi.hoisted(() => ({ value: null as null | { user: { id: string; role: string; sessionVersion: number } } }));
vi.mock('./auth', () => ({ auth: async () => session.value }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`redirect:${url}`);
  },
  notFound: () => {
    throw new Error('notFound');
  },
}));

const { getCurrentUser, requirePageRole } = await import('./authz');

let db: Db;
let cleanup: () => void;
let userId: number;
beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  userId = db
    .insert(users)
    .values({ email: 'editor@example.org', name: 'Editor', passwordHash: 'x', role: 'editor' })
    .returning({ id: users.id })
    .get().id;
  // The JWT says "admin": the database, not the token, decides.
  session.value = { user: { id: String(userId), role: 'admin', sessionVersion: 0 } };
});
afterEach(() => cleanup());

describe('getCurrentUser', () => {
  it('re-reads the role from the database rather than trusting the session', async () => {
    expect(await getCurrentUser()).toMatchObject({ id: userId, role: 'editor' });
  });

  it('is null without a session', async () => {
    session.value = null;
    expect(await getCurrentUser()).toBeNull();
  });

  it('is null once the account is deactivated', async () => {
    db.update(users).set({ active: false }).where(eq(users.id, userId)).run();
    expect(await getCurrentUser()).toBeNull();
  });

  it('is null once the session version moved on (sign out everywhere, password change)', async () => {
    db.update(users).set({ sessionVersion: 1 }).where(eq(users.id, userId)).run();
    expect(await getCurrentUser()).toBeNull();
  });

  it('is null for an account that no longer exists', async () => {
    session.value = { user: { id: '9999', role: 'admin', sessionVersion: 0 } };
    expect(await getCurrentUser()).toBeNull();
  });
});

describe('requirePageRole', () => {
  it('sends an anonymous visitor to the sign-in page with the way back', async () => {
    session.value = null;
    await expect(requirePageRole('ru', ['editor'], '/ru/admin')).rejects.toThrow('redirect:/ru/admin/sign-in?callbackUrl=%2Fru%2Fadmin');
  });

  it('answers not found to a role the page is not for', async () => {
    await expect(requirePageRole('en', ['admin'], '/en/admin/users')).rejects.toThrow('notFound');
  });

  it('lets an allowed role through', async () => {
    expect(await requirePageRole('en', ['admin', 'editor'], '/en/admin')).toMatchObject({ id: userId, role: 'editor' });
  });
});
