import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { CurrentUser } from './authz';

const currentUser = vi.hoisted(() => ({ value: null as CurrentUser | null }));
vi.mock('./authz', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./authz')>()),
  getCurrentUser: async () => currentUser.value,
}));
vi.mock('./auth', () => ({ clientIp: () => '203.0.113.9' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

const { defineAction, fieldErrorsOf, formDataToObject } = await import('./action');

const user = (role: CurrentUser['role']): CurrentUser => ({ id: 7, email: `${role}@example.org`, name: role, role, preferredLocale: 'en' });

function form(entries: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const item of [v].flat()) fd.append(k, item);
  return fd;
}

describe('defineAction', () => {
  const handler = vi.fn(() => ({ ok: true as const }));
  const action = defineAction({
    roles: ['admin', 'editor'],
    schema: z.object({ title: z.string().trim().min(1, 'Errors.required') }),
    handler,
  });
  beforeEach(() => handler.mockClear());

  it('refuses an anonymous caller before reading the input', async () => {
    currentUser.value = null;
    expect(await action(null, form({ title: 'x' }))).toEqual({ ok: false, error: 'Errors.forbidden' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a role that is not allowed', async () => {
    currentUser.value = user('translator');
    expect(await action(null, form({ title: 'x' }))).toEqual({ ok: false, error: 'Errors.forbidden' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses invalid input with a message key per field, without calling the handler', async () => {
    currentUser.value = user('editor');
    expect(await action(null, form({ title: '   ' }))).toEqual({
      ok: false,
      error: 'Errors.invalidInput',
      fieldErrors: { title: 'Errors.required' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('hands validated input and the caller to the handler', async () => {
    currentUser.value = user('admin');
    expect(await action(null, form({ title: '  Hello ' }))).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledWith({ title: 'Hello' }, { user: user('admin'), ip: '203.0.113.9' });
  });
});

describe('formDataToObject', () => {
  it('collects repeated fields into arrays and skips Next’s own fields', () => {
    expect(formDataToObject(form({ a: '1', b: ['x', 'y'], $ACTION_ID_abc: '' }))).toEqual({ a: '1', b: ['x', 'y'] });
  });
});

describe('fieldErrorsOf', () => {
  it('keeps the first message key per field and hides messages that are not keys', () => {
    const schema = z.object({
      email: z.string().min(1, 'Errors.required').email('Errors.invalidEmail'),
      n: z.number(),
      typo: z.string().min(1, 'Errors.noSuchKey'),
    });
    const result = schema.safeParse({ email: '', n: 'x', typo: '' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual({ email: 'Errors.required', n: 'Errors.invalidField', typo: 'Errors.invalidField' });
    }
  });
});
