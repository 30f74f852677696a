'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { signInAction } from '@/lib/actions/sign-in';
import type { Locale } from '@/i18n/routing';
import { TextField } from '@/components/ui/text-field';

export function SignInForm({ locale, callbackUrl }: { locale: Locale; callbackUrl: string }) {
  const t = useTranslations('SignIn');
  const te = useTranslations();
  const [state, formAction, pending] = useActionState(signInAction, null);
  // Kept in state so a refused attempt leaves the e-mail typed (React resets the form after an action).
  const [email, setEmail] = useState('');
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const formError = state && !state.ok && !state.fieldErrors ? te(state.error) : null;
  return (
    <form action={formAction} noValidate className="mt-6 space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {formError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {formError}
        </p>
      ) : null}
      <TextField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldErrors.email ? te(fieldErrors.email) : undefined}
      />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        autoComplete="current-password"
        required
        error={fieldErrors.password ? te(fieldErrors.password) : undefined}
      />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
