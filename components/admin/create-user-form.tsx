'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { createUserAction } from '@/lib/actions/create-user';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { FormError, FormStatus } from './form-feedback';
import { OneTimeLink } from './one-time-link';
import { submitKeepingValues } from './submit-keeping-values';

const EMPTY = { name: '', email: '', role: 'editor', preferredLocale: 'en' };

type Option = { value: string; label: string };

/** Role and language choices come translated from the page, keeping the schema out of the browser. */
export function CreateUserForm({ roleOptions, localeOptions }: { roleOptions: Option[]; localeOptions: Option[] }) {
  const t = useTranslations('Users');
  const te = useTranslations();
  const [state, formAction, pending] = useActionState(createUserAction, null);
  // Controlled, so the form empties once the user is added, by adjusting state during render when
  // a new answer arrives.
  const [values, setValues] = useState(EMPTY);
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state?.ok) setValues(EMPTY);
  }
  const set = (field: keyof typeof EMPTY) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const error = (field: string) => (fieldErrors[field] ? te(fieldErrors[field]) : undefined);
  return (
    // Without React's reset after the action: it would put the selects back to their first option
    // on screen while their state still says otherwise.
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} noValidate className="mt-4 space-y-4">
      {state && !state.ok && !state.fieldErrors ? <FormError>{te(state.error)}</FormError> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label={t('name')} autoComplete="off" required value={values.name} onChange={set('name')} error={error('name')} />
        <TextField
          name="email"
          type="email"
          label={t('email')}
          autoComplete="off"
          required
          value={values.email}
          onChange={set('email')}
          error={error('email')}
        />
        <SelectField
          name="role"
          label={t('role')}
          options={roleOptions}
          value={values.role}
          onChange={set('role')}
          error={error('role')}
        />
        <SelectField
          name="preferredLocale"
          label={t('preferredLocale')}
          options={localeOptions}
          value={values.preferredLocale}
          onChange={set('preferredLocale')}
          error={error('preferredLocale')}
        />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? t('creating') : t('create')}
      </button>
      {state?.ok ? (
        <FormStatus>
          <p>{t('created')}</p>
          <OneTimeLink link={state.link} />
        </FormStatus>
      ) : null}
    </form>
  );
}
