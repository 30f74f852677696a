'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import type { SiteSettings } from '@/db/queries/site-settings';
import { saveSiteSettingsAction } from '@/lib/actions/save-site-settings';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { SOCIAL_NETWORKS } from '@/lib/validation/site-settings';
import { FormError, FormStatus } from './form-feedback';

const LOCALES = ['en', 'ru'] as const;

/** The settings as the form's flat fields (`siteName.en`, `social.x`). */
function flatten(settings: SiteSettings): Record<string, string> {
  const values: Record<string, string> = { donateUrl: settings.donateUrl };
  for (const l of LOCALES) {
    values[`siteName.${l}`] = settings.siteName[l];
    values[`tagline.${l}`] = settings.tagline[l];
    values[`footerText.${l}`] = settings.footerText[l];
  }
  for (const n of SOCIAL_NETWORKS) values[`social.${n}`] = settings.social[n] ?? '';
  return values;
}

export function SiteSettingsForm({ settings }: { settings: SiteSettings }) {
  const t = useTranslations('SettingsAdmin');
  const tl = useTranslations('Languages');
  const ts = useTranslations('Social');
  const te = useTranslations();
  const router = useRouter();
  const [state, formAction, pending] = useActionState(saveSiteSettingsAction, null);
  // Controlled, so a refused save keeps everything typed (React resets a form after its action).
  const [values, setValues] = useState(() => flatten(settings));
  const version = state?.ok ? state.version : settings.version;
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const field = (name: string) => ({
    name,
    value: values[name] ?? '',
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
    error: fieldErrors[name] ? te(fieldErrors[name]) : undefined,
  });

  return (
    <form action={formAction} noValidate className="mt-6 max-w-3xl space-y-8">
      <input type="hidden" name="version" value={version} />
      {state && !state.ok ? <FormError>{te(state.error)}</FormError> : null}
      {state?.ok ? <FormStatus>{t('saved')}</FormStatus> : null}
      {LOCALES.map((l) => {
        return (
          <fieldset key={l} className="space-y-4 rounded border border-gray-300 p-4">
            <legend className="px-1 text-lg font-semibold">{t('texts', { language: tl(l) })}</legend>
            <TextField {...field(`siteName.${l}`)} label={t('siteName')} lang={l} required maxLength={80} />
            <TextField {...field(`tagline.${l}`)} label={t('tagline')} hint={t('taglineHint')} lang={l} required maxLength={160} />
            <TextAreaField {...field(`footerText.${l}`)} label={t('footerText')} lang={l} required maxLength={500} />
          </fieldset>
        );
      })}
      <fieldset className="space-y-4 rounded border border-gray-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t('links')}</legend>
        <p className="text-sm text-gray-700">{t('linkHint')}</p>
        <TextField {...field('donateUrl')} type="url" label={t('donateUrl')} inputMode="url" />
        {SOCIAL_NETWORKS.map((n) => (
          <TextField key={n} {...field(`social.${n}`)} type="url" label={t('socialUrl', { network: ts(n) })} inputMode="url" />
        ))}
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {pending ? t('saving') : t('save')}
      </button>
    </form>
  );
}
