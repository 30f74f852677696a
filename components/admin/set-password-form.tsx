'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { Locale } from '@/i18n/routing';
import { setPasswordAction } from '@/lib/actions/set-password';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/password';
import { TextField } from '@/components/ui/text-field';
import { FormError } from './form-feedback';

export function SetPasswordForm({ token, locale }: { token: string; locale: Locale }) {
  const t = useTranslations('SetPassword');
  const te = useTranslations();
  const [state, formAction, pending] = useActionState(setPasswordAction, null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} noValidate className="mt-6 space-y-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      {state && !state.ok && !state.fieldErrors ? <FormError>{te(state.error)}</FormError> : null}
      <TextField
        name="password"
        type="password"
        label={t('password')}
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        error={fieldErrors.password ? te(fieldErrors.password) : undefined}
      />
      <TextField
        name="confirm"
        type="password"
        label={t('confirm')}
        autoComplete="new-password"
        required
        error={fieldErrors.confirm ? te(fieldErrors.confirm) : undefined}
      />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
