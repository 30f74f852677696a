'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { signInAction } from '@/lib/actions/sign-in';
import type { Locale } from '@/i18n/routing';

export function SignInForm({ locale, callbackUrl }: { locale: Locale; callbackUrl: string }) {
  const t = useTranslations('SignIn');
  const te = useTranslations();
  const [state, formAction, pending] = useActionState(signInAction, null);
  // Kept in state so a refused attempt leaves the e-mail typed (React resets the form after an action).
  const [email, setEmail] = useState('');
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const formError = state && !state.ok && !state.fieldErrors ? te(state.error as 'Errors.invalidCredentials') : null;
  return (
    <form action={formAction} noValidate className="mt-6 space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {formError}
        </p>
      ) : null}
      <div>
        <label htmlFor="email" className="block font-semibold">
          {t('email')}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? 'email-error' : undefined}
          className="mt-1 w-full rounded border border-gray-500 px-3 py-2"
        />
        {fieldErrors.email ? (
          <p id="email-error" className="mt-1 text-red-800">
            {te(fieldErrors.email as 'Errors.required')}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="password" className="block font-semibold">
          {t('password')}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? 'password-error' : undefined}
          className="mt-1 w-full rounded border border-gray-500 px-3 py-2"
        />
        {fieldErrors.password ? (
          <p id="password-error" className="mt-1 text-red-800">
            {te(fieldErrors.password as 'Errors.required')}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
