import 'server-only';
import { headers } from 'next/headers';
import { z } from 'zod';
import type { Role } from '@/db/schema';
import en from '@/messages/en.json';
import { clientIp } from './auth';
import { getCurrentUser, hasRole, type CurrentUser } from './authz';

/** Keys under messages' `Errors` namespace; the client translates them. */
export type ErrorKey = `Errors.${keyof (typeof en)['Errors'] & string}`;

export function isErrorKey(value: string): value is ErrorKey {
  return value.startsWith('Errors.') && Object.hasOwn(en.Errors, value.slice('Errors.'.length));
}

export type ActionFailure<F extends object = object> = { ok: false; error: ErrorKey; fieldErrors?: Record<string, ErrorKey> } & Partial<F>;

/**
 * What every action returns: success with a little typed data it means to show (a new version
 * number, a one-time link), or an error message key. Never rows, never the caller's input echoed.
 */
export type ActionResult<D extends object = object, F extends object = object> = ({ ok: true } & D) | ActionFailure<F>;

export type ActionContext = { user: CurrentUser; ip: string | null };

type ActionDefinition<S extends z.ZodType, R extends ActionResult<object, object>> = {
  /** Who may call it. Checked first, against the database, before any input is read. */
  roles: readonly Role[];
  schema: S;
  /** Reshapes the posted fields before validation (e.g. grouping a flat form). */
  prepare?: (raw: Record<string, unknown>) => unknown;
  /** Mutate in one synchronous transaction, audit inside it, revalidate after. */
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<R> | R;
};

/**
 * The one way to build a server action: role (re-read from the database) → validation (zod)
 * → handler. No action can skip a step. The roles ride along on the function so that the
 * authorization tests can enumerate every action and try every role below them.
 */
export function defineAction<S extends z.ZodType, R extends ActionResult<object, object> = ActionResult>(definition: ActionDefinition<S, R>) {
  async function action(_prev: R | ActionFailure | null, formData: FormData): Promise<R | ActionFailure> {
    const user = await getCurrentUser();
    if (!hasRole(user, definition.roles)) return { ok: false, error: 'Errors.forbidden' };
    const raw = formDataToObject(formData);
    const parsed = definition.schema.safeParse(definition.prepare ? definition.prepare(raw) : raw);
    if (!parsed.success) return { ok: false, error: 'Errors.invalidInput', fieldErrors: fieldErrorsOf(parsed.error) };
    const ip = clientIp(await headers());
    return definition.handler(parsed.data, { user, ip });
  }
  return Object.assign(action, { roles: definition.roles });
}

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    // Next adds $ACTION_* fields of its own to progressively enhanced forms.
    if (key.startsWith('$ACTION')) continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/**
 * Zod issues → one message key per field. A schema names the key in its issue message
 * (`z.string().min(1, 'Errors.required')`); anything else, or a key messages lack, falls back to
 * `Errors.invalidField`.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, ErrorKey> {
  const out: Record<string, ErrorKey> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || '_';
    if (out[field]) continue;
    out[field] = isErrorKey(issue.message) ? issue.message : 'Errors.invalidField';
  }
  return out;
}
